/**
 * Types of semkit's PLS-SEM (partial least squares path modelling, the SmartPLS / seminr kind).
 */
import type { BootstrapInterval } from "../inference/resampling/bootstrapIntervals.ts";

/** Outer (measurement) mode: A = correlation weights (`=~`), B = regression weights (`<~`). */
export type PlsMode = "A" | "B";

/** Inner weighting scheme of the PLS algorithm. */
export type PlsScheme = "path" | "centroid" | "factorial";

/** One construct of a PLS model. */
export interface PlsConstruct {
  readonly name: string;
  /** Indicator names (for an interaction: the names of its generated indicators). */
  readonly items: readonly string[];
  readonly mode: PlsMode;
  /** For an interaction construct `X:Z`: the two constructs it multiplies. */
  readonly interaction?: readonly [string, string];
}

/** A structural path `from → to` (lavaan `to ~ from`). */
export interface PlsPath {
  readonly from: string;
  readonly to: string;
}

/** A PLS model: constructs in declaration order and structural paths. */
export interface PlsSpec {
  readonly constructs: readonly PlsConstruct[];
  readonly paths: readonly PlsPath[];
}

/** Options of {@link pls}. */
export interface PlsOptions {
  /** Items to reverse-code as min + max − x. */
  readonly reverse?: readonly string[];
  /** Response scale used by `reverse`. */
  readonly scale?: { readonly min: number; readonly max: number };
  /** Extra missing-value codes (as in `sem()`). */
  readonly missingCodes?: readonly string[];
  /** Missing values: replace by the item mean (seminr's default) or drop incomplete rows. */
  readonly missing?: "mean" | "listwise";
  /** Inner weighting scheme (default "path"). */
  readonly scheme?: PlsScheme;
  /** Consistent PLS (PLSc, Dijkstra & Henseler 2015) for the `=~` constructs. */
  readonly consistent?: boolean;
  /** Maximum number of iterations (default 300, seminr's). */
  readonly maxIterations?: number;
  /** Stop when Σ|w_new − w_old| < 10^−stopCriterion (default 7, seminr's). */
  readonly stopCriterion?: number;
  /** Interaction terms: two-stage (default) or product indicators. */
  readonly interaction?: "twoStage" | "productIndicator";
  /** Interaction score scaling: unit SD (SmartPLS, default) or seminr's raw product SD. */
  readonly interactionScale?: "standardized" | "raw";
  /** f²: re-estimate without the path (seminr, default) or use the full model's scores. */
  readonly fSquared?: "reestimate" | "fixedScores";
  /** Bootstrap draws (0 = none). */
  readonly bootstrap?: number;
  /** Bootstrap seed. */
  readonly seed?: number;
  /** Bootstrap confidence level (default 0.95). */
  readonly level?: number;
  /** Interval type reported in `ci.lower`/`ci.upper` (default "percentile"). */
  readonly ci?: "percentile" | "bca";
}

/** A dense named matrix, row-major. */
export interface NamedMatrix {
  readonly rows: readonly string[];
  readonly cols: readonly string[];
  /** values[i][j]; null where undefined. */
  readonly values: readonly (readonly (number | null)[])[];
}

/** A row of an estimate table, with bootstrap columns when requested. */
export interface PlsRow {
  readonly lhs: string;
  readonly op?: string;
  readonly rhs: string;
  readonly est: number;
  readonly se?: number;
  readonly "ci.lower"?: number;
  readonly "ci.upper"?: number;
}

/** Reliability of one construct. */
export interface PlsReliability {
  readonly alpha: number;
  readonly rhoC: number;
  readonly rhoA: number;
  readonly AVE: number;
}

/** Bootstrap results of a PLS model. */
export interface PlsBootstrap {
  readonly draws: number;
  readonly failed: number;
  readonly seed: number;
  readonly level: number;
  /** Interval summaries by statistic key, e.g. "Loyalty~Image", "Image=~IMAG1", "Image<-IMAG1", "Loyalty~>Image" (indirect), "htmt:Image|Quality". */
  readonly stats: ReadonlyMap<string, BootstrapInterval>;
  /** The draws of every statistic (NaN for failed draws), by the same keys. */
  readonly raw: ReadonlyMap<string, Float64Array>;
}

/** Result of {@link pls}. */
export interface PlsResult {
  readonly spec: PlsSpec;
  readonly nobs: number;
  /** seminr's 0-based iteration count. */
  readonly iterations: number;
  readonly converged: boolean;
  readonly scheme: PlsScheme;
  readonly consistent: boolean;
  readonly missing: { readonly method: "mean" | "listwise"; readonly rowsDropped: number; readonly valuesReplaced: number };
  readonly items: readonly string[];
  readonly constructs: readonly string[];
  readonly paths: readonly PlsRow[];
  readonly loadings: readonly PlsRow[];
  readonly weights: readonly PlsRow[];
  readonly r2: Readonly<Record<string, number>>;
  readonly r2adj: Readonly<Record<string, number>>;
  readonly reliability: Readonly<Record<string, PlsReliability>>;
  readonly htmt: { readonly names: readonly string[]; readonly matrix: readonly (readonly (number | null)[])[] };
  readonly fornellLarcker: NamedMatrix;
  readonly crossLoadings: NamedMatrix;
  readonly constructCorrelations: NamedMatrix;
  readonly totalEffects: NamedMatrix;
  readonly totalIndirectEffects: NamedMatrix;
  readonly f2: readonly PlsRow[];
  readonly vifItems: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly vifAntecedents: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly itCriteria: Readonly<Record<string, { readonly AIC: number; readonly BIC: number }>>;
  readonly fit: { readonly srmr: number; readonly dULS: number; readonly dG: number };
  /** Construct scores, n × constructs, row-major (columns in `constructs` order). */
  readonly scores: Float64Array;
  readonly bootstrap?: PlsBootstrap;
  readonly warnings: readonly string[];
}
