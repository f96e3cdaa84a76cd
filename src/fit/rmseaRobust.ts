/**
 * Robust RMSEA point estimate (lavaan's `rmsea.robust`): the non-centrality is estimated from the
 * unscaled χ² and the scaling factor ĉ of the robust test,
 *   RMSEA = sqrt(max(χ²/(N·df) − ĉ/N, 0)) · sqrt(G),   0 when df = 0.
 * With ĉ = 1 this is the ordinary RMSEA (lavaan's `lav_fit_rmsea` with `c.hat`).
 * Source: Brosseau-Liard, Savalei & Li (2012), Multivariate Behavioral Research 47, 904–930, eq. 6;
 * Savalei (2018) for FIML (with the corrected statistic); lavaan 0.6-14 R/lav_fit_rmsea.R.
 * @param chisq unscaled model χ² (for FIML: the corrected statistic of `fimlCorrected`)
 * @param df model degrees of freedom
 * @param n total sample size N
 * @param cHat scaling factor ĉ of the robust test
 * @param groups number of groups G (default 1)
 * @returns robust RMSEA ≥ 0; NaN when an input is NaN
 * @throws never
 * @example
 * rmseaRobust(85.3055217703309, 24, 301, 0.979041654967902); // 0.0924986322151285 (lavaan, HS1939 MLR)
 */
export function rmseaRobust(chisq: number, df: number, n: number, cHat: number, groups = 1): number {
  if ([chisq, df, n, cHat, groups].some(Number.isNaN)) return Number.NaN;
  if (!(df > 0)) return 0;
  return Math.sqrt(Math.max(chisq / n / df - cHat / n, 0)) * Math.sqrt(groups);
}
