import { brentRoot } from "./brentRoot.ts";
import { noncentralChisqCdf } from "../distributions/noncentralChisqCdf.ts";

/**
 * Confidence interval of the RMSEA by inverting the non-central χ² distribution in its
 * non-centrality λ, as lavaan does.
 *
 * Lower: λ_L solves P(χ²_df(λ) ≤ χ²) = 1 − α/2 on [0, χ²] (0 if df < 1 or the central
 * probability is already below 1 − α/2). Upper: λ_U solves P(χ²_df(λ) ≤ χ²) = α/2 on
 * [0, max(N, 4χ²)] (0 if df < 1 or no sign change, lavaan's convention). Bound =
 * sqrt(λ/(N·df))·sqrt(G). lavaan uses R's uniroot (tolerance ≈ 1.2e-4 in λ); this kernel
 * solves to 1e-12, so bounds agree with lavaan to about 1e-6 relative.
 * Source: Browne & Cudeck (1993), in Bollen & Long (Eds.), Testing Structural Equation
 * Models, 136–162; Steiger (1998) for the sqrt(G) factor; lavaan 0.6-14 R/lav_fit_rmsea.R.
 * @param chisq model χ²
 * @param df model degrees of freedom
 * @param n total sample size N
 * @param groups number of groups G (default 1)
 * @param level confidence level (default 0.90)
 * @returns [lower, upper]; NaN entries when the root cannot be bracketed
 * @throws never
 * @example
 * rmseaCi(85.3055217703309, 24, 301); // [0.0714184904402184, 0.113678016812222] (lavaan)
 */
export function rmseaCi(chisq: number, df: number, n: number, groups = 1, level = 0.9): [number, number] {
  if (!Number.isFinite(chisq) || !Number.isFinite(df) || !Number.isFinite(n)) return [Number.NaN, Number.NaN];
  const upperPerc = 1 - (1 - level) / 2;
  const lowerPerc = (1 - level) / 2;
  const cdf = (lambda: number): number => noncentralChisqCdf(chisq, df, lambda);
  const scale = (lambda: number): number => Math.sqrt(lambda / (n * df)) * Math.sqrt(groups);

  let lower: number;
  if (df < 1 || cdf(0) - upperPerc < 0) {
    lower = 0;
  } else {
    lower = scale(brentRoot((l) => cdf(l) - upperPerc, 0, chisq));
  }

  let upper: number;
  const nRmsea = Math.max(n, chisq * 4);
  if (df < 1 || cdf(nRmsea) - lowerPerc > 0 || cdf(0) - lowerPerc < 0) {
    upper = 0;
  } else {
    upper = scale(brentRoot((l) => cdf(l) - lowerPerc, 0, nRmsea));
  }
  return [lower, upper];
}
