/**
 * Relative fit index (RFI, Bollen's ρ₁).
 *
 * RFI = (χ²₀/df₀ − χ²/df) / (χ²₀/df₀); 1 when either part is negative or df = 0;
 * NaN when df > df₀ (lavaan's lav_fit_rfi).
 * Source: Bollen (1986), Psychometrika 51, 375–377; Jöreskog & Sörbom (1993), LISREL 8;
 * lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param chisqNull baseline χ²₀
 * @param dfNull baseline degrees of freedom df₀
 * @returns RFI
 * @throws never
 * @example
 * rfi(85.3055217703309, 24, 918.851589292384, 36); // 0.860741077072046
 */
export function rfi(chisq: number, df: number, chisqNull: number, dfNull: number): number {
  if ([chisq, df, chisqNull, dfNull].some(Number.isNaN)) return Number.NaN;
  if (df > dfNull) return Number.NaN;
  if (df > 0 && dfNull > 0) {
    const t1 = chisqNull / dfNull - chisq / df;
    const t2 = chisqNull / dfNull;
    if (!Number.isFinite(t1) || !Number.isFinite(t2)) return Number.NaN;
    if (t1 < 0 || t2 < 0) return 1;
    return t1 / t2;
  }
  return 1;
}
