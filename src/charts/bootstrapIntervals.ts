import jStat from "jstat";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";

/** Percentile and BCa intervals of a bootstrap distribution. */
export interface BootstrapIntervals {
  readonly percentile: [number, number];
  /** BCa interval; equals the bias-corrected (BC) interval when no jackknife values are given. */
  readonly bca: [number, number];
  /** Bias correction z0 = Φ⁻¹(share of draws below the estimate). */
  readonly z0: number;
  /** Acceleration from the jackknife (0 without jackknife values). */
  readonly acceleration: number;
}

/** Type-7 quantile (R's default) of sorted values. */
function quantile7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p, lo = Math.floor(h), hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Percentile and bias-corrected accelerated (BCa) bootstrap confidence intervals of one statistic.
 * @param draws bootstrap replicates of the statistic
 * @param estimate the statistic on the full sample
 * @param jackknife leave-one-out values of the statistic (for the acceleration; omit for a BC interval)
 * @param level confidence level (default .95)
 * @returns percentile and BCa intervals, z0 and the acceleration
 * @throws OptionError when there are fewer than 2 finite draws or the level is not in (0, 1); OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example bootstrapIntervals(draws, 0.135, jack).bca
 * Source: Efron & Tibshirani (1993), An Introduction to the Bootstrap, eq. 13.5 (percentile), 14.9–14.15 (BCa:
 * α₁ = Φ(z0 + (z0 + z_α)/(1 − a(z0 + z_α))), a = Σ(θ̄ − θ₍ᵢ₎)³ / (6 (Σ(θ̄ − θ₍ᵢ₎)²)^{3/2})); quantiles of type 7.
 */
export function bootstrapIntervals(draws: readonly number[], estimate: number, jackknife?: readonly number[], level = 0.95): BootstrapIntervals {
  checkArg("bootstrapIntervals", "draws", draws, "array");
  checkArg("bootstrapIntervals", "estimate", estimate, "number");
  checkArg("bootstrapIntervals", "jackknife", jackknife, "array", true);
  const sorted = draws.filter((d) => Number.isFinite(d)).sort((a, b) => a - b);
  if (sorted.length < 2) throw new OptionError(message.chartEmpty("bootstrapIntervals", "fewer than 2 finite bootstrap draws"));
  if (!(level > 0 && level < 1)) throw new OptionError(message.chartBadLevel(level));
  const alpha = (1 - level) / 2;
  const percentile: [number, number] = [quantile7(sorted, alpha), quantile7(sorted, 1 - alpha)];
  let below = 0;
  for (const d of sorted) if (d < estimate) below++;
  const share = Math.min(Math.max(below / sorted.length, 0.5 / sorted.length), 1 - 0.5 / sorted.length);
  const z0 = jStat.normal.inv(share, 0, 1);
  let a = 0;
  if (jackknife !== undefined && jackknife.length > 1) {
    const mean = jackknife.reduce((s, v) => s + v, 0) / jackknife.length;
    let num = 0, den = 0;
    for (const v of jackknife) { const d = mean - v; num += d * d * d; den += d * d; }
    a = den > 0 ? num / (6 * den ** 1.5) : 0;
  }
  const adj = (p: number): number => {
    const z = jStat.normal.inv(p, 0, 1);
    return jStat.normal.cdf(z0 + (z0 + z) / (1 - a * (z0 + z)), 0, 1);
  };
  const bca: [number, number] = [quantile7(sorted, adj(alpha)), quantile7(sorted, adj(1 - alpha))];
  return { percentile, bca, z0, acceleration: a };
}
