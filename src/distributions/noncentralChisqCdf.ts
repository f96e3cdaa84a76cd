import { chisqCdf } from "./chisqCdf.ts";
import { logGamma } from "./logGamma.ts";
import { noncentralChisqApprox } from "./noncentralChisqApprox.ts";
import { noncentralChisqLogTailBound } from "./noncentralChisqTailBound.ts";

const REL_EPS = 1e-17;
const MAX_TERMS = 100000;
/** Largest non-centrality summed exactly; above it Sankaran's approximation is used (the sum would need ≳ 10⁴·√λ terms). */
const NCP_EXACT_MAX = 1e7;
/** A tail whose Chernoff bound is below e^−800 is 0 in double precision. */
const LOG_NEGLIGIBLE = -800;

/**
 * Non-central chi-square distribution function (lower or upper tail), as R's
 * `pchisq(x, df, ncp)` used by lavaan for the RMSEA confidence interval and the
 * close-fit tests.
 *
 * Poisson mixture of central chi-squares: P(X ≤ x) = Σ_j e^{−λ/2}(λ/2)^j/j! · P(χ²_{df+2j} ≤ x),
 * summed outward from the Poisson mode until the remaining weight is negligible. Both
 * tails are summed directly (all terms positive), so tiny tail probabilities keep
 * their relative precision. Each direction sums at most 100,000 terms. Two shortcuts keep the cost
 * bounded for extreme inputs: a tail whose Chernoff bound is below e^−800 is returned as 0 at once,
 * and for λ > 10⁷ Sankaran's normal approximation replaces the sum.
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
  if (noncentralChisqLogTailBound(x, df, ncp, upper) < LOG_NEGLIGIBLE) return 0;
  if (ncp > NCP_EXACT_MAX) return noncentralChisqApprox(x, df, ncp, upper);
  const mu = ncp / 2;
  const j0 = Math.floor(mu);
  const w0 = Math.exp(-mu + j0 * Math.log(mu) - logGamma(j0 + 1));
  // central chi-square tails at the mode, then the gamma recurrences instead of one incomplete
  // gamma per term: with a = df/2 + j and h = x/2, Q(a+1) = Q(a) + t(a), P(a−1) = P(a) + t(a−1),
  // t(a) = h^a e^{−h} / Γ(a+1), t(a+1) = t(a)·h/(a+1) (Abramowitz & Stegun 6.5.21)
  const h = x / 2, a0 = df / 2 + j0;
  const q0 = chisqCdf(x, df + 2 * j0, true), p0 = chisqCdf(x, df + 2 * j0, false);
  const t0 = Math.exp(a0 * Math.log(h) - h - logGamma(a0 + 1));
  let sum = w0 * (upper ? q0 : p0);
  // upward from the mode: Q grows, so it is computed directly and P = 1 − Q
  let w = w0, q = q0, t = t0;
  for (let j = j0 + 1; j < j0 + MAX_TERMS; j++) {
    q = Math.min(1, q + t);
    t *= h / (df / 2 + j);
    w *= mu / j;
    sum += w * (upper ? q : Math.max(0, 1 - q));
    const r = mu / (j + 1);
    // remaining Poisson mass is at most w·r/(1−r); each cdf factor is ≤ 1
    if (r < 1 && (w * r) / (1 - r) <= REL_EPS * sum) break;
    if (w === 0) break;
  }
  // downward from the mode: P grows, so it is computed directly and Q = 1 − P
  w = w0;
  let pl = p0;
  t = t0;
  for (let j = j0 - 1; j >= 0 && j > j0 - MAX_TERMS; j--) {
    t *= (df / 2 + j + 1) / h; // t(a − 1) = t(a)·a/h
    pl = Math.min(1, pl + t);
    w *= (j + 1) / mu;
    sum += w * (upper ? Math.max(0, 1 - pl) : pl);
    const r = j / mu;
    if (r < 1 && (w * r) / (1 - r) <= REL_EPS * sum) break;
    if (w === 0) break;
  }
  return Math.min(1, sum);
}
