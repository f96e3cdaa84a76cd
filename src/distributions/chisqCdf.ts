import { incompleteGamma } from "./incompleteGamma.ts";

/**
 * Central chi-square distribution function, lower or upper tail, computed
 * directly (the upper tail is not formed as 1 − lower, so small p-values keep
 * their relative precision).
 *
 * P(X ≤ x) = P(df/2, x/2), the regularized lower incomplete gamma function.
 * Source: Abramowitz & Stegun (1964), 26.4.19.
 * @param x quantile
 * @param df degrees of freedom, df > 0 (df = 0 is the point mass at 0)
 * @param upper when true return P(X > x)
 * @returns the probability; NaN for NaN input or df < 0
 * @throws never
 * @example
 * chisqCdf(3.841458820694124, 1, true); // ≈ 0.05
 */
export function chisqCdf(x: number, df: number, upper = false): number {
  if (typeof x !== "number" || typeof df !== "number" || Number.isNaN(x) || !(df >= 0)) return Number.NaN;
  if (df === 0) {
    const lower = x >= 0 ? 1 : 0;
    return upper ? 1 - lower : lower;
  }
  if (x <= 0) return upper ? 1 : 0;
  const [p, q] = incompleteGamma(df / 2, x / 2);
  return upper ? q : p;
}
