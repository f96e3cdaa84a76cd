import { chisqCdf } from "./chisqCdf.ts";
import { logGamma } from "./logGamma.ts";

const REL_EPS = 1e-17;
const MAX_TERMS = 100000;

/**
 * Non-central chi-square distribution function (lower or upper tail), as R's
 * `pchisq(x, df, ncp)` used by lavaan for the RMSEA confidence interval and the
 * close-fit tests.
 *
 * Poisson mixture of central chi-squares: P(X ≤ x) = Σ_j e^{−λ/2}(λ/2)^j/j! · P(χ²_{df+2j} ≤ x),
 * summed outward from the Poisson mode until the remaining weight is negligible. Both
 * tails are summed directly (all terms positive), so tiny tail probabilities keep
 * their relative precision.
 * Source: Johnson, Kotz & Balakrishnan (1995), Continuous Univariate Distributions
 * vol. 2, ch. 29, eq. 29.2; Ding (1992), Applied Statistics 41, 478–482.
 * @param x quantile
 * @param df degrees of freedom, df > 0
 * @param ncp non-centrality λ ≥ 0
 * @param upper when true return P(X > x)
 * @returns the probability; NaN for invalid arguments
 * @throws never
 * @example
 * noncentralChisqCdf(85.3055, 24, 24 * 301 * 0.05 ** 2, true); // lavaan rmsea.pvalue ≈ 0.00066
 */
export function noncentralChisqCdf(x: number, df: number, ncp: number, upper = false): number {
  if (Number.isNaN(x) || !(df > 0) || !(ncp >= 0) || !Number.isFinite(ncp)) return Number.NaN;
  if (x <= 0) return upper ? 1 : 0;
  if (x === Number.POSITIVE_INFINITY) return upper ? 0 : 1;
  if (ncp === 0) return chisqCdf(x, df, upper);
  const mu = ncp / 2;
  const j0 = Math.floor(mu);
  const w0 = Math.exp(-mu + j0 * Math.log(mu) - logGamma(j0 + 1));
  let sum = w0 * chisqCdf(x, df + 2 * j0, upper);
  // upward from the mode
  let w = w0;
  for (let j = j0 + 1; j < j0 + MAX_TERMS; j++) {
    w *= mu / j;
    const term = w * chisqCdf(x, df + 2 * j, upper);
    sum += term;
    const r = mu / (j + 1);
    // remaining Poisson mass is at most w·r/(1−r); each cdf factor is ≤ 1
    if (r < 1 && (w * r) / (1 - r) <= REL_EPS * sum) break;
    if (w === 0) break;
  }
  // downward from the mode
  w = w0;
  for (let j = j0 - 1; j >= 0; j--) {
    w *= (j + 1) / mu;
    const term = w * chisqCdf(x, df + 2 * j, upper);
    sum += term;
    const r = j / mu;
    if (r < 1 && (w * r) / (1 - r) <= REL_EPS * sum) break;
    if (w === 0) break;
  }
  return Math.min(1, sum);
}
