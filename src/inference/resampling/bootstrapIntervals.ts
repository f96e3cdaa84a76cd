import { OptionError } from "../../errors.ts";
import { message } from "../../messages.ts";
import { normInter } from "./normInter.ts";
import { checkArg } from "../../options/checkArg.ts";
import { normalQuantile } from "../../distributions/normalQuantile.ts";
import { normalCdf } from "../../distributions/normalCdf.ts";

/** Bootstrap summary of one statistic. */
export interface BootstrapInterval {
  /** Replicates used (finite values). */
  readonly n: number;
  readonly mean: number;
  /** Standard deviation of the replicates (n − 1 denominator, as lavaan's bootstrap SE). */
  readonly se: number;
  readonly percentile: readonly [number, number];
  /** Bias-corrected percentile interval (AMOS "bias-corrected"; lavaan "bca.simple"). */
  readonly bc: readonly [number, number];
  /** Bias-corrected and accelerated interval; null when no jackknife acceleration was given. */
  readonly bca: readonly [number, number] | null;
}

/**
 * Percentile, bias-corrected (BC) and BCa intervals of one statistic from its bootstrap replicates.
 *
 *   percentile: quantiles α/2 and 1 − α/2 of the replicates;
 *   BC / BCa:  quantiles Φ( z₀ + (z₀ + z_α) / (1 − a(z₀ + z_α)) ), z₀ = Φ⁻¹(#{t* < t̂} / R),
 *              with a = 0 for BC and the jackknife acceleration for BCa.
 * Quantiles use boot's `norm.inter` interpolation, as lavaan.
 *
 * Source: Efron (1987), eqs. 2.3 and 2.4; Efron & Tibshirani (1993), ch. 13–14; lavaan 0.6
 * `parameterEstimates(boot.ci.type = "perc" | "bca.simple")`.
 * @param replicates bootstrap replicates (NaN entries — failed draws — are skipped)
 * @param estimate the full-sample estimate t̂
 * @param level confidence level, e.g. 0.95
 * @param acceleration jackknife acceleration a for BCa, or null to skip BCa
 * @returns mean, SE and the intervals (NaN when fewer than 2 replicates)
 * @throws OptionError when replicates is not an array or typed array, or estimate, level or acceleration
 *   (unless null) is not a number, or the level is not between 0 and 1
 * @example
 * bootstrapInterval(draws, 0.14, 0.95, null).percentile;
 */
export function bootstrapInterval(replicates: ArrayLike<number>, estimate: number, level: number, acceleration: number | null): BootstrapInterval {
  checkArg("bootstrapInterval", "replicates", replicates, "arraylike");
  checkArg("bootstrapInterval", "estimate", estimate, "number");
  checkArg("bootstrapInterval", "level", level, "number");
  if (acceleration !== null) checkArg("bootstrapInterval", "acceleration", acceleration, "number");
  if (!(level > 0 && level < 1)) throw new OptionError(message.ciBadLevel(level));
  const finite: number[] = [];
  for (let i = 0; i < replicates.length; i++) { const v = replicates[i]!; if (Number.isFinite(v)) finite.push(v); }
  const sorted = Float64Array.from(finite).sort();
  const n = sorted.length;
  const nan = [Number.NaN, Number.NaN] as const;
  if (n < 2) return { n, mean: n === 1 ? sorted[0]! : Number.NaN, se: Number.NaN, percentile: nan, bc: nan, bca: acceleration === null ? null : nan };
  let s = 0;
  for (const v of sorted) s += v;
  const mean = s / n;
  let ss = 0;
  for (const v of sorted) ss += (v - mean) * (v - mean);
  const se = Math.sqrt(ss / (n - 1));
  const lo = (1 - level) / 2, hi = 1 - lo;
  const percentile = [normInter(sorted, lo), normInter(sorted, hi)] as const;
  if (se === 0) return { n, mean, se, percentile, bc: percentile, bca: acceleration === null ? null : percentile };
  let below = 0;
  for (const v of sorted) if (v < estimate) below++;
  const z0 = normalQuantile(below / n);
  const adjusted = (a: number): readonly [number, number] => {
    const at = (p: number): number => { const z = normalQuantile(p); return normInter(sorted, normalCdf(z0 + (z0 + z) / (1 - a * (z0 + z)))); };
    return [at(lo), at(hi)];
  };
  return { n, mean, se, percentile, bc: adjusted(0), bca: acceleration === null ? null : adjusted(acceleration) };
}
