/**
 * Types of the simulation module: a population model written in lavaan syntax with fixed
 * values (as lavaan's `simulateData`), and the options that shape the generated data.
 */
import type { Dataset } from "../data/types.ts";
import type { ParTable } from "../partable/types.ts";
import { optionKeys } from "../options/optionKeys.ts";

/** A per-variable setting: one value for all, one per observed variable (model order), or by name. */
export type PerVariable = number | readonly number[] | Readonly<Record<string, number>>;

/** Missing values to impose on the simulated data. */
export interface MissingSpec {
  /** "MCAR" (default): every cell of `variables` is missing with probability `rate`.
   *  "MAR": the probability depends on the (always observed) `predictor` through a logistic curve. */
  readonly mechanism?: "MCAR" | "MAR";
  /** Expected proportion of missing cells in each variable of `variables`, in [0, 1). */
  readonly rate: number;
  /** Variables that receive missing values (default: every observed variable; for MAR all but the predictor). */
  readonly variables?: readonly string[];
  /** MAR only: the variable that drives missingness (default: the first observed variable). Never missing. */
  readonly predictor?: string;
  /** MAR only: logistic slope per standard deviation of the predictor (default 1; negative = low values go missing). */
  readonly slope?: number;
}

/** The accepted keys of a `MissingSpec`. */
export const MISSING_SPEC_KEYS = optionKeys<MissingSpec>({
  mechanism: true, rate: true, variables: true, predictor: true, slope: true,
});

/** How to build the population model (lavaan `simulateData` options). */
export interface PopulationOptions {
  /** Residual variances are chosen so that every observed and latent variance is 1 (lavaan `standardized = TRUE`).
   *  Unspecified loadings then default to 0.7 instead of 1. Default false, as lavaan. */
  readonly standardized?: boolean;
  /** Model means and intercepts (default false; switched on when the syntax has `~ 1`). */
  readonly meanstructure?: boolean;
  /** Number of groups (taken from `n` when it is an array). Default 1. */
  readonly groups?: number;
  /** Group labels (default "G1", "G2", … as lavaan). */
  readonly groupLabels?: readonly string[];
}

/** The accepted keys of `populationModel()` options. */
export const POPULATION_OPTION_KEYS = optionKeys<PopulationOptions>({
  standardized: true, meanstructure: true, groups: true, groupLabels: true,
});

/** Options of `simulateData`. */
export interface SimulateOptions extends PopulationOptions {
  /** Sample size, or one per group. */
  readonly n: number | readonly number[];
  /** Seed of the random numbers (default 1): the same seed gives the same data on every platform. */
  readonly seed?: number;
  /** Random-number stream (default 0): replication i of a Monte Carlo study uses stream i. */
  readonly stream?: number;
  /** Observed variables to cut into ordered categories (true = all). Variables with `|` thresholds in the
   *  syntax are always cut at those thresholds (raw scale). */
  readonly ordered?: boolean | readonly string[];
  /** Thresholds on the standardized scale for `ordered` variables: one increasing list for all, or by name.
   *  Default five points at −1.5, −0.5, 0.5, 1.5 SD. Categories are coded 1, 2, …, K. */
  readonly thresholds?: readonly number[] | Readonly<Record<string, readonly number[]>>;
  /** Skewness per observed variable (Vale–Maurelli; default 0). */
  readonly skew?: PerVariable;
  /** Excess kurtosis per observed variable (Vale–Maurelli; default 0). */
  readonly kurtosis?: PerVariable;
  /** Missing values (MCAR or MAR). */
  readonly missing?: MissingSpec;
}

/** The accepted keys of `simulateData()` options. */
export const SIMULATE_OPTION_KEYS = optionKeys<SimulateOptions>({
  n: true, seed: true, stream: true, ordered: true, thresholds: true, skew: true, kurtosis: true,
  missing: MISSING_SPEC_KEYS, standardized: true, meanstructure: true, groups: true, groupLabels: true,
});

/** One population parameter (every row of the population parameter table, with its value). */
export interface PopulationParameter {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  readonly group: number;
  readonly value: number;
}

/** The population: model-implied moments and thresholds of every group. */
export interface PopulationModel {
  /** Observed variables in lavaan's order (the data columns). */
  readonly names: readonly string[];
  readonly groups: readonly string[];
  /** p×p covariance matrix per group (row-major). */
  readonly sigma: readonly Float64Array[];
  /** p means per group (zeros without a mean structure). */
  readonly mu: readonly Float64Array[];
  /** Thresholds written in the syntax (`y | t1 + t2`), per group, by variable, sorted. */
  readonly thresholds: readonly ReadonlyMap<string, Float64Array>[];
  /** Every parameter with its population value (defaults and computed residual variances included). */
  readonly parameters: readonly PopulationParameter[];
  /** The parameter table the values come from. */
  readonly partable: ParTable;
  readonly warnings: readonly string[];
}

/** Simulated data: a Dataset (usable wherever semkit accepts data) plus the population it came from. */
export interface SimulatedData extends Dataset {
  readonly population: PopulationModel;
  readonly warnings: readonly string[];
}
