/**
 * Types of the Monte Carlo power module.
 */
import type { DataOptions } from "../simulate/dataPlan.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { DATA_OPTION_KEYS } from "../simulate/dataPlan.ts";

/** Options of `power()`. */
export interface PowerOptions {
  /** Sample sizes to study, e.g. [100, 200, 300]. */
  readonly n: readonly number[];
  /** Replications per sample size (e.g. 500 or 1000). */
  readonly reps: number;
  /** Seed (default 1). Replication r at sample size n always uses the same random numbers, whatever the
   *  number of worker threads. */
  readonly seed?: number;
  /** Estimator of the analysis model (only "ML" for now). */
  readonly estimator?: "ML";
  /** Significance level of the Wald tests (default 0.05). */
  readonly alpha?: number;
  /** Confidence level for the coverage of the intervals (default 0.95). */
  readonly ciLevel?: number;
  /** Power to reach when suggesting a sample size (default 0.80). */
  readonly power?: number;
  /** Parameters to study: "LOY~SAT", "SAT=~sat2", "F1~~F2", a label, or a `:=` name. Default: every free
   *  regression and every `:=` definition (else every free loading and covariance). */
  readonly targets?: readonly string[];
  /** The population values are standardized (residual variances solved so that variances are 1). Default false. */
  readonly standardized?: boolean;
  /** Shape of the simulated data: skew/kurtosis (Vale–Maurelli), ordered/thresholds, missing (analysed listwise). */
  readonly data?: DataOptions;
  /** Analysis model: fix latent variances to 1 instead of the first loadings (lavaan std.lv). */
  readonly stdLv?: boolean;
  /** Analysis model: model means and intercepts. */
  readonly meanstructure?: boolean;
  /** Bootstrap draws within each replication (percentile intervals for the tests and coverage); 0 = delta/Wald
   *  (default). Multiplies the run time by about bootstrap + 1. */
  readonly bootstrap?: number;
  /** Called after each finished replication with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The accepted keys of `power()` options. */
export const POWER_OPTION_KEYS = optionKeys<PowerOptions>({
  n: true, reps: true, seed: true, estimator: true, alpha: true, ciLevel: true, power: true, targets: true,
  standardized: true, data: DATA_OPTION_KEYS, stdLv: true, meanstructure: true, bootstrap: true, onProgress: true,
});

/** One studied parameter. */
export interface PowerTarget {
  /** As written in the results, e.g. "LOY~SAT" or "indirect". */
  readonly name: string;
  /** "parameter" (a free row of the analysis model) or "defined" (a `:=` definition). */
  readonly kind: "parameter" | "defined";
  /** Population value in the analysis model's metric: the estimate from fitting the analysis model to the
   *  population moments (equal to the population model's value when both models agree). */
  readonly population: number;
}

/** Monte Carlo summary of one target at one sample size (over the converged replications). */
export interface TargetSummary {
  readonly name: string;
  readonly population: number;
  /** Mean of the estimates. */
  readonly mean: number;
  /** mean − population. */
  readonly bias: number;
  /** bias / population (NaN when the population value is 0, |value| ≤ 1e-10). */
  readonly relativeBias: number;
  /** Standard deviation of the estimates over replications (the empirical standard error). */
  readonly sd: number;
  /** Mean of the estimated standard errors (NaN with bootstrap). */
  readonly meanSe: number;
  /** Share of replications with p < α (or, with bootstrap, a (1 − α) percentile interval excluding 0). */
  readonly power: number;
  /** Share of replications whose confidence interval (level `ciLevel`) contains the population value. */
  readonly coverage: number;
}

/** Mean fit over the converged replications at one sample size. */
export interface FitSummary {
  readonly chisq: number;
  readonly df: number;
  /** Share of replications whose χ² test rejects the model at α. */
  readonly chisqRejection: number;
  readonly cfi: number;
  readonly tli: number;
  readonly rmsea: number;
  readonly srmr: number;
}

/** Results at one sample size. */
export interface PowerRow {
  readonly n: number;
  readonly reps: number;
  /** Replications whose estimation converged with a positive-definite information matrix. */
  readonly converged: number;
  readonly convergenceRate: number;
  /** Share of converged replications with a negative variance estimate (Heywood case). */
  readonly improperRate: number;
  readonly targets: readonly TargetSummary[];
  readonly fit: FitSummary;
}

/** The design of a power study, as checked by powerSettings and repeated on its result. */
export interface PowerDesign {
  /** Sample sizes, sorted, without duplicates. */
  readonly n: readonly number[];
  readonly reps: number;
  readonly seed: number;
  readonly alpha: number;
  readonly ciLevel: number;
  /** Requested power. */
  readonly power: number;
  readonly bootstrap: number;
}

/** The result of `power()`. */
export interface PowerResult extends PowerDesign {
  readonly targets: readonly PowerTarget[];
  /** One row per sample size, in increasing n. */
  readonly rows: readonly PowerRow[];
  /** The smallest studied n at which each target (and all of them: `all`) reaches the requested power; null when none. */
  readonly recommended: { readonly all: number | null; readonly byTarget: Readonly<Record<string, number | null>> };
  /** Fit of the analysis model to the population moments: the ML discrepancy F₀ (χ² ≈ N·F₀ + df), df and the
   *  population RMSEA √(F₀/df); F₀ = 0 when the analysis model is correctly specified. */
  readonly populationFit: { readonly fml: number; readonly df: number; readonly rmsea: number };
  readonly warnings: readonly string[];
}
