import { noncentralChisqCdf } from "../distributions/noncentralChisqCdf.ts";

/**
 * p-value of the robust test of close fit (lavaan's `rmsea.pvalue.robust`): H₀ RMSEA ≤ ε₀, with
 * the scaled statistic T = χ²/ĉ referred to a non-central χ² with
 *   λ = N·df·ε₀² / (ĉ·G),   p = P(χ²_df(λ) > T);  NaN when df = 0.
 * Source: Browne & Cudeck (1993); robust version Brosseau-Liard, Savalei & Li (2012);
 * lavaan 0.6-14 R/lav_fit_rmsea.R (lav_fit_rmsea_closefit with c.hat).
 * @param chisqScaled scaled statistic T = χ²/ĉ
 * @param df model degrees of freedom
 * @param n total sample size N
 * @param cHat scaling factor ĉ
 * @param groups number of groups G (default 1)
 * @param h0 RMSEA under H₀ (default 0.05)
 * @returns p-value; NaN when undefined
 * @throws never
 * @example
 * rmseaCloseFitRobust(87.1316571031165, 24, 301, 0.979041654967902); // 0.000514592605546649 (lavaan)
 */
export function rmseaCloseFitRobust(chisqScaled: number, df: number, n: number, cHat: number, groups = 1, h0 = 0.05): number {
  if (!Number.isFinite(chisqScaled) || !Number.isFinite(df) || !Number.isFinite(n) || !Number.isFinite(cHat)) return Number.NaN;
  if (!(df > 0)) return Number.NaN;
  return noncentralChisqCdf(chisqScaled, df, (n * df * h0 * h0) / (cHat * groups), true);
}
