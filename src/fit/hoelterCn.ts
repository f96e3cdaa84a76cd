import { chisqQuantile } from "../distributions/chisqQuantile.ts";

/**
 * Hoelter's critical N: the largest sample size at which the model χ² would not be
 * rejected at level α.
 *
 * CN = χ²_{1−α}(df) / (χ²/N) + 1; NaN when df = 0 and χ² ≈ 0 (lavaan's lav_fit_cn).
 * Source: Hoelter (1983), Sociological Methods & Research 11, 325–344; lavaan 0.6-14 R/lav_fit_other.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param n total sample size N
 * @param alpha significance level (0.05 for cn_05, 0.01 for cn_01)
 * @returns critical N
 * @throws never
 * @example
 * hoelterCn(85.3055217703309, 24, 301, 0.05); // 129.490200300916 (lavaan)
 */
export function hoelterCn(chisq: number, df: number, n: number, alpha = 0.05): number {
  if (df === 0 && chisq < Number.EPSILON) return Number.NaN;
  return chisqQuantile(1 - alpha, df) / (chisq / n) + 1;
}
