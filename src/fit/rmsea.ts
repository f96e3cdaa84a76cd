/**
 * Root mean square error of approximation (RMSEA) point estimate.
 *
 * RMSEA = sqrt(max(χ²/(N·df) − 1/N, 0)) · sqrt(G), and 0 when df = 0; N is the total
 * sample size (ML, normal likelihood) and G the number of groups (lavaan's lav_fit_rmsea).
 * Source: Steiger & Lind (1980), Psychometric Society meeting; Steiger (1990),
 * Multivariate Behavioral Research 25, 173–180; multigroup factor sqrt(G): Steiger (1998),
 * Structural Equation Modeling 5, 411–419; lavaan 0.6-14 R/lav_fit_rmsea.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param n total sample size N
 * @param groups number of groups G (default 1)
 * @returns RMSEA ≥ 0; NaN when an input is NaN
 * @throws never
 * @example
 * rmsea(85.3055217703309, 24, 301); // 0.0921214845104378 (lavaan, HS1939 CFA)
 */
export function rmsea(chisq: number, df: number, n: number, groups = 1): number {
  if ([chisq, df, n, groups].some(Number.isNaN)) return Number.NaN;
  if (!(df > 0)) return 0;
  return Math.sqrt(Math.max(chisq / n / df - 1 / n, 0)) * Math.sqrt(groups);
}
