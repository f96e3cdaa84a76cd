import { noncentralChisqCdf } from "../distributions/noncentralChisqCdf.ts";

/**
 * p-value of the robust test of not-close fit (lavaan's `rmsea.notclose.pvalue.robust`):
 * H₀ RMSEA ≥ ε₀, with T = χ²/ĉ and λ = N·df·ε₀²/(ĉ·G), p = P(χ²_df(λ) ≤ T); NaN when df = 0.
 * Source: MacCallum, Browne & Sugawara (1996), Psychological Methods 1, 130–149; robust version
 * Brosseau-Liard, Savalei & Li (2012); lavaan 0.6-14 R/lav_fit_rmsea.R (lav_fit_rmsea_notclosefit).
 * @param chisqScaled scaled statistic T = χ²/ĉ
 * @param df model degrees of freedom
 * @param n total sample size N
 * @param cHat scaling factor ĉ
 * @param groups number of groups G (default 1)
 * @param h0 RMSEA under H₀ (default 0.08)
 * @returns p-value; NaN when undefined
 * @throws never
 * @example
 * rmseaNotCloseFitRobust(87.1316571031165, 24, 301, 0.979041654967902); // 0.849362280477873 (lavaan)
 */
export function rmseaNotCloseFitRobust(chisqScaled: number, df: number, n: number, cHat: number, groups = 1, h0 = 0.08): number {
  if (!Number.isFinite(chisqScaled) || !Number.isFinite(df) || !Number.isFinite(n) || !Number.isFinite(cHat)) return Number.NaN;
  if (!(df > 0)) return Number.NaN;
  return noncentralChisqCdf(chisqScaled, df, (n * df * h0 * h0) / (cHat * groups), false);
}
