import { brentRoot } from "./brentRoot.ts";
import { noncentralChisqCdf } from "../distributions/noncentralChisqCdf.ts";

/**
 * Confidence interval of the robust RMSEA (lavaan's `rmsea.ci.lower.robust` / `.upper.robust`):
 * the non-centrality λ is found for the scaled statistic T = χ²/ĉ as in the ordinary interval,
 * then rescaled by ĉ.
 *
 * Lower: λ_L solves P(χ²_df(λ) ≤ T) = 1 − α/2 on [0, T] (0 if df < 1 or P(χ²_df ≤ T) < 1 − α/2).
 * Upper: λ_U solves P(χ²_df(λ) ≤ T) = α/2 on [0, max(N, 4T)] (0 if df < 1 or there is no sign
 * change). Bound = sqrt(ĉ·λ/(N·df))·sqrt(G). lavaan solves with R's uniroot (tolerance ≈ 1.2e-4
 * in λ); this kernel solves to 1e-12.
 * Source: Brosseau-Liard, Savalei & Li (2012), Multivariate Behavioral Research 47, 904–930;
 * Browne & Cudeck (1993); lavaan 0.6-14 R/lav_fit_rmsea.R (lav_fit_rmsea_ci with c.hat).
 * @param chisqScaled scaled statistic T = χ²/ĉ (for FIML: the corrected statistic over ĉ)
 * @param df model degrees of freedom
 * @param n total sample size N
 * @param cHat scaling factor ĉ
 * @param groups number of groups G (default 1)
 * @param level confidence level (default 0.90)
 * @returns [lower, upper]; NaN entries when an input is not finite
 * @throws never
 * @example
 * rmseaCiRobust(87.1316571031165, 24, 301, 0.979041654967902); // [0.0720677494425926, 0.113781310945942] (lavaan)
 */
export function rmseaCiRobust(chisqScaled: number, df: number, n: number, cHat: number, groups = 1, level = 0.9): [number, number] {
  if (!Number.isFinite(chisqScaled) || !Number.isFinite(df) || !Number.isFinite(n) || !Number.isFinite(cHat)) return [Number.NaN, Number.NaN];
  const upperPerc = 1 - (1 - level) / 2;
  const lowerPerc = (1 - level) / 2;
  const cdf = (lambda: number): number => noncentralChisqCdf(chisqScaled, df, lambda);
  const scale = (lambda: number): number => Math.sqrt((cHat * lambda) / (n * df)) * Math.sqrt(groups);
  const lower = df < 1 || cdf(0) - upperPerc < 0 ? 0 : scale(brentRoot((l) => cdf(l) - upperPerc, 0, chisqScaled));
  const nRmsea = Math.max(n, chisqScaled * 4);
  const upper = df < 1 || cdf(nRmsea) - lowerPerc > 0 || cdf(0) - lowerPerc < 0
    ? 0 : scale(brentRoot((l) => cdf(l) - lowerPerc, 0, nRmsea));
  return [lower, upper];
}
