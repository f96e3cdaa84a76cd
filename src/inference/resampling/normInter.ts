import { normalQuantile } from "../../distributions/normalQuantile.ts";

/**
 * Quantiles of bootstrap replicates with normal-scale interpolation between order statistics, as the
 * R package boot's `norm.inter` (used by lavaan for percentile and bias-corrected intervals): for a
 * probability α the order statistic r = (R + 1)α is taken; when r is not a whole number the value is
 * interpolated between t₍k₎ and t₍k+1₎ (k = ⌊r⌋) linearly in Φ⁻¹ of k/(R+1), α and (k+1)/(R+1).
 * Extreme ranks (k = 0 or k = R) return the smallest or largest replicate.
 *
 * Source: Davison & Hinkley (1997), eq. 5.8 and §5.2.3; boot 1.3 `norm.inter`; lavaan `lav_object_summary`.
 * @param sorted finite replicates sorted ascending (length R ≥ 1)
 * @param alpha probability in (0, 1)
 * @returns the interpolated quantile
 * @throws nothing (NaN for an empty sample)
 * @example
 * normInter(Float64Array.from([1, 2, 3, 4]), 0.4); // r = 2 → 2
 */
export function normInter(sorted: Float64Array, alpha: number): number {
  const R = sorted.length;
  if (R === 0 || Number.isNaN(alpha)) return Number.NaN;
  const rk = (R + 1) * alpha;
  const k = Math.trunc(rk);
  if (k === rk && k >= 1 && k <= R) return sorted[k - 1]!;
  if (k <= 0) return sorted[0]!;
  if (k >= R) return sorted[R - 1]!;
  const z = normalQuantile(alpha), zk = normalQuantile(k / (R + 1)), zk1 = normalQuantile((k + 1) / (R + 1));
  const tk = sorted[k - 1]!, tk1 = sorted[k]!;
  return tk + ((z - zk) / (zk1 - zk)) * (tk1 - tk);
}
