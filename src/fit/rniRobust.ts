import { nearZero } from "./nearZero.ts";

/**
 * Robust relative non-centrality index (lavaan's `rni.robust`): 1 − (χ² − ĉ df)/(χ²₀ − ĉ₀ df₀),
 * NaN when the baseline non-centrality is (near) zero; with ĉ or ĉ₀ exactly 1, the ordinary RNI
 * (lavaan's `lav_fit_rni` with `c.hat`).
 * Source: McDonald & Marsh (1990), Psychological Bulletin 107, 247–255; robust version after
 * Brosseau-Liard & Savalei (2014); lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq unscaled model χ² (for FIML: the corrected statistic)
 * @param df model degrees of freedom
 * @param chisqNull unscaled baseline χ²₀
 * @param dfNull baseline degrees of freedom
 * @param cHat scaling factor ĉ of the model test
 * @param cHatNull scaling factor ĉ₀ of the baseline test
 * @returns robust RNI; NaN when undefined
 * @throws never
 * @example
 * rniRobust(85.3055217703309, 24, 918.851589292384, 36, 0.979041654967902, 1.04405257713015); // 0.929863919252189 (lavaan)
 */
export function rniRobust(chisq: number, df: number, chisqNull: number, dfNull: number, cHat: number, cHatNull: number): number {
  if ([chisq, df, chisqNull, dfNull, cHat, cHatNull].some(Number.isNaN)) return Number.NaN;
  const robust = df > 0 && cHat !== 1 && cHatNull !== 1;
  const c = robust ? cHat : 1, c0 = robust ? cHatNull : 1;
  const t1 = chisq - c * df;
  const t2 = chisqNull - c0 * dfNull;
  if (nearZero(t2) || !Number.isFinite(t1) || !Number.isFinite(t2)) return Number.NaN;
  return 1 - t1 / t2;
}
