/**
 * Tucker–Lewis index (TLI), identical to the non-normed fit index (NNFI).
 *
 * TLI = 1 − [(χ² − df)·df₀] / [(χ²₀ − df₀)·df], not truncated (can exceed 1);
 * 1 when df = 0 or the denominator is zero (lavaan ≥ 0.5-21 form, lav_fit_tli).
 * Source: Tucker & Lewis (1973), Psychometrika 38, 1–10; Bentler & Bonett (1980),
 * Psychological Bulletin 88, 588–606; lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param chisqNull baseline χ²₀
 * @param dfNull baseline degrees of freedom df₀
 * @returns TLI; NaN when an input is NaN or not finite
 * @throws never
 * @example
 * tli(85.3055217703309, 24, 918.851589292384, 36); // 0.895839477698395
 */
export function tli(chisq: number, df: number, chisqNull: number, dfNull: number): number {
  if ([chisq, df, chisqNull, dfNull].some(Number.isNaN)) return Number.NaN;
  const t1 = (chisq - df) * dfNull;
  const t2 = (chisqNull - dfNull) * df;
  if (df > 0 && Math.abs(t2) > 0) return 1 - t1 / t2;
  if (!Number.isFinite(t1) || !Number.isFinite(t2)) return Number.NaN;
  return 1;
}
