import { nearZero } from "./nearZero.ts";

/**
 * Relative noncentrality index (RNI): the CFI without truncation at zero.
 *
 * RNI = 1 − (χ² − df) / (χ²₀ − df₀); NaN when the baseline non-centrality is zero
 * or an input is not finite (lavaan's lav_fit_rni).
 * Source: McDonald & Marsh (1990), Psychological Bulletin 107, 247–255; lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param chisqNull baseline χ²₀
 * @param dfNull baseline degrees of freedom df₀
 * @returns RNI (may exceed 1)
 * @throws never
 * @example
 * rni(85.3055217703309, 24, 918.851589292384, 36); // 0.93055965179893
 */
export function rni(chisq: number, df: number, chisqNull: number, dfNull: number): number {
  const t1 = chisq - df;
  const t2 = chisqNull - dfNull;
  if (!Number.isFinite(t1) || !Number.isFinite(t2) || nearZero(t2)) return Number.NaN;
  return 1 - t1 / t2;
}
