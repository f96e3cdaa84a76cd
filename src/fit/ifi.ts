import { nearZero } from "./nearZero.ts";

/**
 * Incremental fit index (IFI, Bollen's Δ₂).
 *
 * IFI = (χ²₀ − χ²) / (χ²₀ − df); 1 when the denominator is negative, NaN when it is
 * zero (lavaan's lav_fit_ifi).
 * Source: Bollen (1989), Sociological Methods & Research 17, 303–316; lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param chisqNull baseline χ²₀
 * @param dfNull baseline degrees of freedom df₀ (unused by the formula; kept for a uniform signature)
 * @returns IFI
 * @throws never
 * @example
 * ifi(85.3055217703309, 24, 918.851589292384, 36); // 0.931490849986857
 */
export function ifi(chisq: number, df: number, chisqNull: number, dfNull: number): number {
  if ([chisq, df, chisqNull, dfNull].some(Number.isNaN)) return Number.NaN;
  const t1 = chisqNull - chisq;
  const t2 = chisqNull - df;
  if (!Number.isFinite(t1) || !Number.isFinite(t2)) return Number.NaN;
  if (t2 < 0) return 1;
  if (nearZero(t2)) return Number.NaN;
  return t1 / t2;
}
