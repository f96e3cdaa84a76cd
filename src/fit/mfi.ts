/**
 * McDonald's fit index (MFI, centrality index).
 *
 * MFI = exp(−½·(χ² − df)/N).
 * Source: McDonald (1989), Journal of Classification 6, 97–103; lavaan 0.6-14 R/lav_fit_other.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param n total sample size N
 * @returns MFI
 * @throws never
 * @example
 * mfi(85.3055217703309, 24, 301); // 0.903177285930826 (lavaan)
 */
export function mfi(chisq: number, df: number, n: number): number {
  return Math.exp((-0.5 * (chisq - df)) / n);
}
