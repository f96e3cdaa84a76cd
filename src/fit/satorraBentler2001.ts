/**
 * Scaled χ² difference of two nested robust (MLR or MLM) fits: cd = (d₀c₀ − d₁c₁)/(d₀ − d₁), T = (T₀ − T₁)/cd on
 * d₀ − d₁ df, with T the unscaled (standard) statistics and c the scaling factors of the restricted (0) and the less
 * restricted (1) model. This is lavaan's `lavTestLRT(..., method = "satorra.bentler.2001")`, its default for the
 * Satorra–Bentler and Yuan–Bentler scaled tests; the "Chisq diff" column it prints.
 * Source: Satorra & Bentler (2001), "A scaled difference chi-square test statistic for moment structure analysis",
 * Psychometrika 66, eq. (5); lavaan lav_test_diff_SatorraBentler2001().
 * @param t0 unscaled χ² of the restricted model
 * @param d0 its df
 * @param c0 its scaling factor (`chisq.scaling.factor`)
 * @param t1 unscaled χ² of the less restricted model
 * @param d1 its df
 * @param c1 its scaling factor
 * @returns the scaled difference (NaN when d₀ = d₁ or cd ≤ 0)
 * @throws never
 * @example satorraBentler2001(120, 50, 1.1, 100, 45, 1.05); // 12.903
 */
export function satorraBentler2001(t0: number, d0: number, c0: number, t1: number, d1: number, c1: number): number {
  if (d0 === d1) return Number.NaN;
  const cd = (d0 * c0 - d1 * c1) / (d0 - d1);
  return cd > 0 ? (t0 - t1) / cd : Number.NaN;
}
