import type { ParTable } from "../../partable/types.ts";
import type { BootstrapInterval } from "./bootstrapIntervals.ts";
import { optionKeys } from "../../options/optionKeys.ts";

/** Which bootstrap interval fills `ci.lower` / `ci.upper`. */
export type BootstrapCiType = "percentile" | "bc" | "bca";

/** Options of the nonparametric bootstrap. */
export interface BootstrapOptions {
  /** Number of bootstrap draws (default 1000). */
  readonly draws?: number;
  /** Seed; draw d uses the random stream (seed, d), so results do not depend on how draws are split over workers. Default 1. */
  readonly seed?: number;
  /** Interval reported as ci.lower/ci.upper (default "percentile", as lavaan). "bca" also runs the n jackknife fits. */
  readonly type?: BootstrapCiType;
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /** Leave out draws with a negative variance or an out-of-range standardized correlation (default false: counted, kept, as lavaan). */
  readonly dropInadmissible?: boolean;
  /** Called after each finished draw (and jackknife fit) with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The accepted keys of `BootstrapOptions` (bootstrap() also takes the `sem()` options). */
export const BOOTSTRAP_OPTION_KEYS = optionKeys<BootstrapOptions>({
  draws: true, seed: true, type: true, level: true, dropInadmissible: true, onProgress: true,
});

/** What one statistic of the bootstrap refers to. */
export interface BootstrapTarget {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  readonly group: number;
  readonly label: string;
  /** Partable row (≥ 0) or, for a `:=` parameter, −1 − its index among the definitions. */
  readonly source: number;
}

/**
 * Everything a bootstrap draw needs, as plain data (structured-clone safe, so it can be sent to workers):
 * the parameter table, θ̂ and the complete-case data of each group.
 */
export interface BootstrapSetup {
  readonly pt: ParTable;
  readonly thetaHat: Float64Array;
  /** Observed variables (columns of the group matrices), = pt.ov. */
  readonly names: readonly string[];
  readonly groupLabels: readonly string[];
  /** Complete cases per group, row-major n_g × p. */
  readonly groupData: readonly Float64Array[];
  readonly nobs: readonly number[];
  /** Parameters bootstrapped: every parameterEstimates() row except R² (op "r2"). */
  readonly targets: readonly BootstrapTarget[];
}

/** Per-draw outcome codes. */
export const enum DrawStatus { Ok = 0, NotConverged = 1, Inadmissible = 2 }

/** Raw bootstrap output: one row of 2K statistics per draw (K unstandardized estimates, then K std.all values). */
export interface BootstrapDraws {
  readonly draws: number;
  /** Statistics per draw (2K each); rows of failed draws are NaN. */
  readonly values: Float64Array;
  readonly status: Uint8Array;
  /** Leave-one-out estimates (N × 2K) for BCa, or null. */
  readonly jackknife: Float64Array | null;
}

/** Bootstrap results of one parameter (a parameterEstimates() row). */
export interface BootstrapEstimate {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  readonly group: number;
  readonly label: string;
  readonly est: number;
  /** Bootstrap standard error (SD of the replicates). */
  readonly se: number;
  /** Interval of the requested type. */
  readonly "ci.lower": number;
  readonly "ci.upper": number;
  readonly boot: BootstrapInterval;
  /** The same for the completely standardized value (std.all). */
  readonly "std.all": number;
  readonly "std.all.se": number;
  readonly "std.all.ci.lower": number;
  readonly "std.all.ci.upper": number;
  readonly bootStd: BootstrapInterval;
}

/** Result of `bootstrap`. */
export interface BootstrapResult {
  readonly draws: number;
  readonly seed: number;
  readonly type: BootstrapCiType;
  readonly level: number;
  /** Draws used for the summaries. */
  readonly used: number;
  /** Draws whose estimation did not converge (left out, as lavaan does). */
  readonly notConverged: number;
  /** Converged draws with a negative variance or an out-of-range standardized correlation. */
  readonly inadmissible: number;
  readonly estimates: readonly BootstrapEstimate[];
  /** Raw replicates (rows = draws, 2K columns: estimates then std.all, in `estimates` order). */
  readonly replicates: Float64Array;
  /** The fit's warnings (prefixed "fit: "), then the draws': not converged, inadmissible, too few usable. */
  readonly warnings: readonly string[];
}
