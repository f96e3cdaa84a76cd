import { nearZero } from "./nearZero.ts";

/**
 * Robust comparative fit index (lavaan's `cfi.robust`): the CFI with the non-centralities
 * estimated as χ² − ĉ·df for the model and χ²₀ − ĉ₀·df₀ for the baseline, ĉ and ĉ₀ being the
 * scaling factors of the two robust tests.
 *
 * CFI = 1 − max(χ² − ĉ df, 0) / max(χ² − ĉ df, χ²₀ − ĉ₀ df₀, 0); when df = 0 or either scaling
 * factor is exactly 1, the ordinary CFI (lavaan's `lav_fit_cfi` with `c.hat`).
 * Source: Brosseau-Liard & Savalei (2014), Multivariate Behavioral Research 49, 460–470, eq. 9;
 * lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq unscaled model χ² (for FIML: the corrected statistic of `fimlCorrected`)
 * @param df model degrees of freedom
 * @param chisqNull unscaled baseline χ²₀
 * @param dfNull baseline degrees of freedom
 * @param cHat scaling factor ĉ of the model test
 * @param cHatNull scaling factor ĉ₀ of the baseline test
 * @returns robust CFI in [0, 1]; NaN when an input is NaN
 * @throws never
 * @example
 * cfiRobust(85.3055217703309, 24, 918.851589292384, 36, 0.979041654967902, 1.04405257713015); // 0.929863919252189 (lavaan, HS1939 MLR)
 */
export function cfiRobust(chisq: number, df: number, chisqNull: number, dfNull: number, cHat: number, cHatNull: number): number {
  if ([chisq, df, chisqNull, dfNull, cHat, cHatNull].some(Number.isNaN)) return Number.NaN;
  const robust = df > 0 && cHat !== 1 && cHatNull !== 1;
  const c = robust ? cHat : 1, c0 = robust ? cHatNull : 1;
  const t1 = Math.max(chisq - c * df, 0);
  const t2 = Math.max(chisq - c * df, chisqNull - c0 * dfNull, 0);
  if (nearZero(t1) && nearZero(t2)) return 1;
  return 1 - t1 / t2;
}
