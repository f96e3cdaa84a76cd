import { noncentralChisqCdf } from "../distributions/noncentralChisqCdf.ts";

/**
 * p-value of the test of close fit, H₀: RMSEA ≤ h0 (lavaan's rmsea.pvalue).
 *
 * p = P(χ²_df(λ₀) > χ²) with λ₀ = N·df·h0²/G; NaN when df = 0.
 * Source: Browne & Cudeck (1993), in Bollen & Long (Eds.), Testing Structural Equation
 * Models, 136–162; multigroup λ₀: Dudgeon (2004), Structural Equation Modeling 11, 305–319,
 * eq. 16; lavaan 0.6-14 R/lav_fit_rmsea.R (lav_fit_rmsea_closefit).
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param n total sample size N
 * @param groups number of groups G (default 1)
 * @param h0 RMSEA under H₀ (default 0.05)
 * @returns p-value
 * @throws never
 * @example
 * rmseaCloseFit(85.3055217703309, 24, 301); // 0.00066123677800245 (lavaan)
 */
export function rmseaCloseFit(chisq: number, df: number, n: number, groups = 1, h0 = 0.05): number {
  if (!Number.isFinite(chisq) || !Number.isFinite(df) || !Number.isFinite(n)) return Number.NaN;
  if (!(df > 0)) return Number.NaN;
  const ncp = (n * df * h0 * h0) / groups;
  return noncentralChisqCdf(chisq, df, ncp, true);
}
