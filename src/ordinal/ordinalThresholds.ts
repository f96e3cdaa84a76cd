import { normalQuantile } from "../distributions/normalQuantile.ts";

/**
 * Sample thresholds of one ordinal variable: probit of the cumulative proportions, τ_k = Φ⁻¹(Σ_{c≤k} n_c / N),
 * k = 1 … K−1 — the univariate ML estimates (lavaan 0.6-14's lav_uvord_th; its nlminb fit starts at and
 * returns these values when there are no covariates).
 *
 * Source: Olsson (1979), Psychometrika 44, 443–460, two-step estimator, eq. (13); Muthén (1984), eq. (4).
 * @param counts the K category counts, in category order (all > 0)
 * @returns the K−1 thresholds
 * @throws never (an empty category gives a ±Infinity or repeated threshold; callers check counts first)
 * @example
 * ordinalThresholds(new Float64Array([10, 30, 60])); // [Φ⁻¹(0.1), Φ⁻¹(0.4)] = [-1.2816, -0.2533]
 */
export function ordinalThresholds(counts: ArrayLike<number>): Float64Array {
  const K = counts.length;
  let total = 0;
  for (let c = 0; c < K; c++) total += counts[c]!;
  const th = new Float64Array(Math.max(K - 1, 0));
  let cum = 0;
  for (let c = 0; c < K - 1; c++) {
    cum += counts[c]! / total; // cumulative sum of proportions, as R's cumsum(y.prop)
    th[c] = normalQuantile(cum);
  }
  return th;
}
