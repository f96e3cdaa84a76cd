export type { Estimator } from "../estimate/estimator.ts";
export type { ParameterEstimate, ModificationIndex } from "../inference/types.ts";
export type { ImpliedMoments } from "../representation/types.ts";
import type { Estimator } from "../estimate/estimator.ts";
import type { ParameterEstimate, ModificationIndex } from "../inference/types.ts";
import type { ImpliedMoments } from "../representation/types.ts";
import type { ParTable } from "../partable/types.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";


/** Options of `sem()` and `cfa()`, with lavaan's meanings in camelCase. */
export interface SemOptions {
  readonly estimator?: Estimator;
  /** Fix latent variances to 1 and free all loadings (lavaan `std.lv`). */
  readonly stdLv?: boolean;
  /** Model means and intercepts (lavaan `meanstructure`); on by default with groups. */
  readonly meanstructure?: boolean;
  /** Name of the grouping column for a multiple-group model. */
  readonly group?: string;
  /** Parameter types constrained equal across groups (lavaan `group.equal`). */
  readonly groupEqual?: readonly string[];
  /** Parameters released from `groupEqual` (lavaan `group.partial`), e.g. "visual=~x2". */
  readonly groupPartial?: readonly string[];
  /** Treat exogenous observed covariates as fixed (lavaan `fixed.x`, default true). */
  readonly fixedX?: boolean;
  /**
   * Standardize the continuous observed variables within each group before fitting (lavaan `std.ov`): z-scores
   * over the cases used, with the n − 1 standard deviation of R's `scale()`.
   */
  readonly stdOv?: boolean;
  /** Free intercepts of the observed variables (lavaan `int.ov.free`, default true; `growth()` fixes them at 0). */
  readonly intOvFree?: boolean;
  /** Free intercepts (means) of the latent variables (lavaan `int.lv.free`, default false; true in `growth()`). */
  readonly intLvFree?: boolean;
  /** Uncorrelated exogenous latent variables (lavaan `orthogonal`). */
  readonly orthogonal?: boolean;
  /**
   * Missing-data handling: "listwise" (default), "ml" / "fiml" (full-information ML; with fixed.x, rows missing an
   * exogenous covariate are deleted with a warning, as lavaan), or "ml.x" (FIML that keeps those rows and treats
   * the covariates as random in the likelihood, lavaan's `missing = "ml.x"`).
   */
  readonly missing?: "listwise" | "fiml" | "ml" | "ml.x";
  /** Standard errors: "standard" (expected information, default) or "none". */
  readonly se?: "standard" | "none" | "bootstrap";
  /** Bootstrap draws when `se: "bootstrap"` (lavaan `bootstrap`, default 1000). */
  readonly bootstrap?: number;
  /** Seed of the bootstrap (lavaan `iseed`, default 1); draws are reproducible per (seed, draw). */
  readonly seed?: number;
  /** Interval type of ci.lower/ci.upper with `se: "bootstrap"`: "percentile" (default), "bc" or "bca". */
  readonly bootstrapCi?: "percentile" | "bc" | "bca";
  /** Ordinal indicators: true for every observed variable, or their names (lavaan `ordered`); use with "WLSMV". */
  readonly ordered?: boolean | readonly string[];
  /** Extra missing-value codes in the data, e.g. ["-99", "."]. */
  readonly missingCodes?: readonly string[];
  /** Items to reverse-code as min + max − x before fitting. */
  readonly reverse?: readonly string[];
  /**
   * Response scale of the items: reverse-coded items use it (inferred from the data when absent), and a value of
   * a factor indicator outside it is a DataError, reversed or not.
   */
  readonly scale?: { readonly min: number; readonly max: number };
  /** Cluster variable of a two-level model (lavaan `cluster`); not supported yet, so giving it is an error. */
  readonly cluster?: string;
  /** Rotation of ESEM blocks (lavaan `rotation`): "geomin" (default), "oblimin", "quartimin", "varimax", "quartimax", "promax". */
  readonly rotation?: "geomin" | "oblimin" | "quartimin" | "varimax" | "quartimax" | "promax";
  /** lavaan `rotation.args`: orthogonal (default: varimax only), rowWeights ("kaiser" for varimax/promax, else "none"),
   *  stdOv (true), geominEpsilon (0.001), obliminGamma (0), promaxKappa (4), rstarts (30 random starts, seeded by `seed`). */
  readonly rotationArgs?: {
    readonly orthogonal?: boolean;
    readonly rowWeights?: "none" | "kaiser";
    readonly stdOv?: boolean;
    readonly geominEpsilon?: number;
    readonly obliminGamma?: number;
    readonly promaxKappa?: number;
    readonly rstarts?: number;
  };
}

/** The accepted keys of `sem()` / `cfa()` options (lavaan's dotted names are aliases, see `LAVAAN_OPTION_ALIASES`). */
export const SEM_OPTION_KEYS = optionKeys<SemOptions>({
  estimator: true, stdLv: true, meanstructure: true, group: true, groupEqual: true, groupPartial: true, fixedX: true,
  orthogonal: true, missing: true, se: true, bootstrap: true, seed: true, bootstrapCi: true, ordered: true,
  missingCodes: true, reverse: true, scale: SCALE_OPTION_KEYS, stdOv: true, intOvFree: true, intLvFree: true, cluster: true, rotation: true, rotationArgs: true,
});

/** Options of a fit's `summary()`: which blocks to print, as lavaan's `summary(fit, ...)`. */
export interface SummaryOptions {
  readonly fitMeasures?: boolean;
  readonly standardized?: boolean;
  readonly rsquare?: boolean;
}

/** The accepted keys of `summary()` options (lavaan's `fit.measures` is an alias of `fitMeasures`). */
export const SUMMARY_OPTION_KEYS = optionKeys<SummaryOptions>({ fitMeasures: true, standardized: true, rsquare: true });




/** A fitted SEM/CFA (readonly). */
export interface SemFit {
  readonly converged: boolean;
  readonly iterations: number;
  readonly estimator: Estimator;
  /** Cases used per group. */
  readonly nobs: readonly number[];
  /** Total cases used. */
  readonly ntotal: number;
  /**
   * lavaan's `npar` (lavInspect): free parameter rows, counting parameters held equal by labels
   * or group.equal separately. `fitMeasures().npar` is the effective count after equalities.
   */
  readonly npar: number;
  readonly groups: readonly string[];
  readonly partable: ParTable;
  /** Estimated free parameters θ̂. */
  readonly theta: Float64Array;
  readonly warnings: readonly string[];
  /**
   * The warnings (a subset of `warnings`) that make the solution inadmissible or unreliable: non-convergence,
   * negative variances (Heywood cases), non-positive-definite matrices, a singular information matrix, fewer
   * cases than variables or parameters, collinear items. Empty for an admissible solution; analyses built on
   * the fit repeat these next to their verdicts.
   */
  readonly problems: readonly string[];
  /** The estimation stage's output (matrices, implied moments, evaluator, sample statistics), for extensions. */
  readonly solution: MlSolution;
  parameterEstimates(): readonly ParameterEstimate[];
  standardizedSolution(): readonly ParameterEstimate[];
  fitMeasures(): Readonly<Record<string, number>>;
  implied(): readonly ImpliedMoments[];
  residuals(type?: "raw" | "cor"): readonly ImpliedMoments[];
  /**
   * lavaan's modindices() (ML family, GLS, ULS, WLSMV), sorted by decreasing mi.
   */
  modificationIndices(): readonly ModificationIndex[];
  summary(options?: SummaryOptions): string;
}
