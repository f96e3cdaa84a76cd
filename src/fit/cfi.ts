import { nearZero } from "./nearZero.ts";

/**
 * Comparative fit index (CFI) of a model against its baseline (independence) model.
 *
 * CFI = 1 − max(χ² − df, 0) / max(χ² − df, χ²₀ − df₀, 0); 1 when both
 * non-centralities are zero (lavaan's lav_fit_cfi).
 * Source: Bentler (1990), Psychological Bulletin 107, 238–246, eq. 9; lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param chisqNull baseline χ²₀
 * @param dfNull baseline degrees of freedom df₀
 * @returns CFI in [0, 1]; NaN when an input is NaN
 * @throws never
 * @example
 * cfi(85.3055217703309, 24, 918.851589292384, 36); // 0.93055965179893 (lavaan, HS1939 CFA)
 */
export function cfi(chisq: number, df: number, chisqNull: number, dfNull: number): number {
  if ([chisq, df, chisqNull, dfNull].some(Number.isNaN)) return Number.NaN;
  const t1 = Math.max(chisq - df, 0);
  const t2 = Math.max(chisq - df, chisqNull - dfNull, 0);
  if (nearZero(t1) && nearZero(t2)) return 1;
  return 1 - t1 / t2;
}
