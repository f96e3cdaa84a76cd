/**
 * Parsimony normed fit index (PNFI).
 *
 * PNFI = (df/df₀)·(χ²₀ − χ²)/χ²₀; NaN unless df₀ > 0 and χ²₀ > 0 (lavaan's lav_fit_pnfi).
 * Source: James, Mulaik & Brett (1982), Causal Analysis, Sage; lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param chisqNull baseline χ²₀
 * @param dfNull baseline degrees of freedom df₀
 * @returns PNFI
 * @throws never
 * @example
 * pnfi(85.3055217703309, 24, 918.851589292384, 36); // 0.60477381203202
 */
export function pnfi(chisq: number, df: number, chisqNull: number, dfNull: number): number {
  if ([chisq, df, chisqNull, dfNull].some(Number.isNaN)) return Number.NaN;
  if (dfNull > 0 && chisqNull > 0) return (df / dfNull) * ((chisqNull - chisq) / chisqNull);
  return Number.NaN;
}
