import { nearZero } from "./nearZero.ts";

/**
 * Normed fit index (NFI).
 *
 * NFI = (χ²₀ − χ²) / χ²₀; 1 when df = 0; NaN when df > df₀ or χ²₀ = 0 (lavaan's lav_fit_nfi).
 * Source: Bentler & Bonett (1980), Psychological Bulletin 88, 588–606; lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param chisqNull baseline χ²₀
 * @param dfNull baseline degrees of freedom df₀
 * @returns NFI
 * @throws never
 * @example
 * nfi(85.3055217703309, 24, 918.851589292384, 36); // 0.90716071804803
 */
export function nfi(chisq: number, df: number, chisqNull: number, dfNull: number): number {
  if ([chisq, df, chisqNull, dfNull].some(Number.isNaN)) return Number.NaN;
  if (df > dfNull || nearZero(chisqNull)) return Number.NaN;
  if (df > 0) return (chisqNull - chisq) / chisqNull;
  return 1;
}
