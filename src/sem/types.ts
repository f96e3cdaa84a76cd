import type { ParTable } from "../partable/types.ts";
import type { MlSolution } from "./estimateModel.ts";

/** Estimators semkit knows. This issue implements "ML"; the estimator issue adds the others. */
export type Estimator = "ML" | "MLR" | "MLM" | "GLS" | "ULS" | "WLSMV" | "DWLS";

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
  /** Uncorrelated exogenous latent variables (lavaan `orthogonal`). */
  readonly orthogonal?: boolean;
  /** Missing-data handling: "listwise" (default). */
  readonly missing?: "listwise" | "fiml" | "ml";
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
  /** Scale of reverse-coded items (inferred from the data when absent). */
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

/** One row of `parameterEstimates()`, with lavaan's column names. */
export interface ParameterEstimate {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  readonly block: number;
  readonly group: number;
  readonly label: string;
  readonly est: number;
  readonly se: number | null;
  readonly z: number | null;
  readonly pvalue: number | null;
  readonly "ci.lower": number | null;
  readonly "ci.upper": number | null;
  readonly "std.lv": number | null;
  readonly "std.all": number | null;
  readonly "std.nox": number | null;
}

/** Model-implied moments of one group. */
export interface ImpliedMoments {
  readonly group: string;
  readonly names: readonly string[];
  /** p×p, as nested arrays. */
  readonly cov: number[][];
  /** p means, when the model has a mean structure. */
  readonly mean: number[] | null;
}

/** One modification index, with lavaan's column names. */
export interface ModificationIndex {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  readonly group: number;
  readonly mi: number;
  readonly epc: number;
  readonly "sepc.lv": number;
  readonly "sepc.all": number;
  readonly "sepc.nox": number;
}

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
  summary(options?: { fitMeasures?: boolean; standardized?: boolean; rsquare?: boolean }): string;
}
