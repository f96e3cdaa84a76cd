/**
 * Robust Tucker–Lewis index (lavaan's `tli.robust` = `nnfi.robust`): the TLI with the model and
 * baseline non-centralities estimated as χ² − ĉ·df and χ²₀ − ĉ₀·df₀.
 *
 * TLI = 1 − [(χ² − ĉ df) df₀] / [(χ²₀ − ĉ₀ df₀) df]; 1 when df = 0 (or the denominator is 0 with
 * finite terms); with ĉ or ĉ₀ exactly 1, the ordinary TLI (lavaan's `lav_fit_tli` with `c.hat`).
 * Source: Brosseau-Liard & Savalei (2014), Multivariate Behavioral Research 49, 460–470, eq. 10;
 * lavaan 0.6-14 R/lav_fit_cfi.R.
 * @param chisq unscaled model χ² (for FIML: the corrected statistic)
 * @param df model degrees of freedom
 * @param chisqNull unscaled baseline χ²₀
 * @param dfNull baseline degrees of freedom
 * @param cHat scaling factor ĉ of the model test
 * @param cHatNull scaling factor ĉ₀ of the baseline test
 * @returns robust TLI (may exceed 1); NaN when an input is NaN
 * @throws never
 * @example
 * tliRobust(85.3055217703309, 24, 918.851589292384, 36, 0.979041654967902, 1.04405257713015); // 0.894795878878283 (lavaan)
 */
export function tliRobust(chisq: number, df: number, chisqNull: number, dfNull: number, cHat: number, cHatNull: number): number {
  if ([chisq, df, chisqNull, dfNull, cHat, cHatNull].some(Number.isNaN)) return Number.NaN;
  const robust = df > 0 && cHat !== 1 && cHatNull !== 1;
  const c = robust ? cHat : 1, c0 = robust ? cHatNull : 1;
  const t1 = (chisq - c * df) * dfNull;
  const t2 = (chisqNull - c0 * dfNull) * df;
  if (df > 0 && Math.abs(t2) > 0) return 1 - t1 / t2;
  if (!Number.isFinite(t1) || !Number.isFinite(t2)) return Number.NaN;
  return 1;
}
