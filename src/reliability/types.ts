/**
 * Result types of the reliability module (psych `alpha` and McDonald's ω).
 * Field names follow psych's columns in camelCase; psych's NA is `null`.
 */

/** Whole-scale statistics (psych `alpha()$total`). */
export interface AlphaTotal {
  /** Cronbach's α from the covariances (`raw_alpha`). */
  readonly rawAlpha: number;
  /** α from the correlations (`std.alpha`). */
  readonly stdAlpha: number;
  /** Guttman's λ6 with smc (`G6(smc)`). */
  readonly g6Smc: number;
  /** Mean inter-item correlation (`average_r`). */
  readonly averageR: number;
  /** Signal/noise ratio (`S/N`). */
  readonly signalNoise: number;
  /** Asymptotic standard error of α (`ase`, Duhachek & Iacobucci 2004). */
  readonly ase: number;
  /** Mean of the person scores (row means of the available items). */
  readonly mean: number;
  /** Standard deviation of the person scores. */
  readonly sd: number;
  /** Median inter-item correlation (`median_r`). */
  readonly medianR: number;
}

/** Statistics of the scale with one item left out (psych `alpha()$alpha.drop`). */
export interface AlphaDropRow {
  readonly item: string;
  readonly rawAlpha: number;
  readonly stdAlpha: number;
  readonly g6Smc: number;
  readonly averageR: number;
  readonly signalNoise: number;
  /** `alpha se`; null for two-item scales (psych NA). */
  readonly alphaSe: number | null;
  /** `var.r`; null when only one correlation is left (psych NA). */
  readonly varR: number | null;
  readonly medR: number;
}

/** Item statistics (psych `alpha()$item.stats`). */
export interface AlphaItemStats {
  readonly item: string;
  /** Number of observed values. */
  readonly n: number;
  /** Correlation of the item with the total score (`raw.r`). */
  readonly rawR: number;
  /** Item–total correlation if all items were standardized (`std.r`). */
  readonly stdR: number;
  /** Item–total correlation corrected for item overlap and reliability (`r.cor`). */
  readonly rCor: number;
  /** Correlation of the item with the rest of the scale (`r.drop`). */
  readonly rDrop: number;
  readonly mean: number;
  readonly sd: number;
}

/** A confidence interval for α. */
export interface AlphaInterval {
  readonly lower: number;
  readonly alpha: number;
  readonly upper: number;
}

/** Percentile bootstrap interval for α. */
export interface AlphaBootstrap {
  readonly lower: number;
  readonly median: number;
  readonly upper: number;
  /** Number of resamples. */
  readonly nBoot: number;
  readonly seed: number;
  /** Resamples whose α was not finite (left out of the interval; a warning says how many). */
  readonly failed: number;
}

/** Everything `alpha()` returns. */
export interface AlphaResult {
  /** Item names in analysis order. */
  readonly items: readonly string[];
  /** Number of rows used (psych's `nsub`: all rows, including rows with missing values). */
  readonly nObs: number;
  readonly total: AlphaTotal;
  readonly alphaDrop: readonly AlphaDropRow[];
  readonly itemStats: readonly AlphaItemStats[];
  /** Feldt 95% interval (psych `alpha.ci`). */
  readonly feldt: AlphaInterval;
  /** Percentile bootstrap interval when `nBoot > 0`. */
  readonly boot?: AlphaBootstrap;
  /** Items reversed before the analysis (by `reverse` or by `checkKeys`). */
  readonly reversed: readonly string[];
  /** Items with a negative loading on the first principal component (before `checkKeys` reversal). */
  readonly negativeItems: readonly string[];
  readonly warnings: readonly string[];
}

/** McDonald's ω total from a one-factor ULS (minres) solution. */
export interface OmegaResult {
  readonly items: readonly string[];
  /** ω_t = (Σλ)² / ((Σλ)² + Σψ). */
  readonly omega: number;
  /** Standardized loadings λ. */
  readonly loadings: readonly number[];
  /** Uniquenesses ψ = 1 − λ². */
  readonly uniquenesses: readonly number[];
  /** Iterations used by the one-factor fit. */
  readonly iterations: number;
  readonly converged: boolean;
  readonly warnings: readonly string[];
}

/** The reliability results of one named scale. */
export interface ScaleReliability {
  /** Scale label, e.g. "SQ". */
  readonly name: string;
  readonly alpha: AlphaResult;
  readonly omega: OmegaResult;
}
