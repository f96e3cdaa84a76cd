import { fQuantile } from "../../distributions/fQuantile.ts";

/**
 * Feldt's confidence interval for coefficient α, as psych's `alpha.ci` (2.2.9):
 * lower = 1 − (1 − α) F⁻¹(1 − p/2; N − 1, (N − 1)(k − 1)),
 * upper = 1 − (1 − α) F⁻¹(p/2; N − 1, (N − 1)(k − 1))
 * (Feldt, Woodruff & Salih 1987, eq. 6).
 *
 * @param alpha coefficient α
 * @param nObs number of observations N (psych uses all rows of the data)
 * @param nVar number of items k
 * @param pVal two-sided error rate (0.05 for a 95% interval)
 * @returns `{ lower, alpha, upper }`
 * @throws never
 * @example
 * feldtInterval(0.8, 480, 4).lower; // ≈ 0.769
 */
export function feldtInterval(alpha: number, nObs: number, nVar: number, pVal = 0.05): { lower: number; alpha: number; upper: number } {
  const df1 = nObs - 1, df2 = (nObs - 1) * (nVar - 1);
  const upper = 1 - (1 - alpha) * fQuantile(pVal / 2, df1, df2);
  const lower = 1 - (1 - alpha) * fQuantile(1 - pVal / 2, df1, df2);
  return { lower, alpha, upper };
}
