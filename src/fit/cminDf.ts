/**
 * Normed chi-square, χ²/df (AMOS's CMIN/DF; not part of lavaan's fitMeasures()).
 *
 * Source: Wheaton, Muthén, Alwin & Summers (1977), Sociological Methodology 8, 84–136;
 * Arbuckle, IBM SPSS Amos User's Guide (CMIN/DF).
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @returns χ²/df; NaN when df = 0
 * @throws never
 * @example
 * cminDf(85.3055217703309, 24); // 3.554396740430454
 */
export function cminDf(chisq: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  return chisq / df;
}
