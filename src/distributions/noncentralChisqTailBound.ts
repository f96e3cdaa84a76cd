/**
 * Chernoff upper bound on the log of one tail of the non-central chi-square distribution.
 *
 * With moment generating function M(t) = (1−2t)^{−k/2}·exp(λt/(1−2t)), the lower tail obeys
 * P(X ≤ x) ≤ e^{tx}·M(−t) for t > 0 and the upper tail P(X ≥ x) ≤ e^{−tx}·M(t) for 0 < t < ½.
 * Both minimisers have a closed form: with w = (k + √(k² + 4xλ))/(2x), t = (w−1)/2 for the lower
 * tail (useful when x < k+λ, where w > 1) and t = (1−w)/2 for the upper tail (x > k+λ, w < 1).
 * The bound lets a caller return 0 at once for a tail far below the smallest double, instead of
 * summing terms that all underflow.
 * Source: Chernoff (1952), Annals of Mathematical Statistics 23, 493–507; the m.g.f. from
 * Johnson, Kotz & Balakrishnan (1995), Continuous Univariate Distributions vol. 2, eq. 29.4.
 * @param x quantile, x > 0
 * @param df degrees of freedom k > 0
 * @param ncp non-centrality λ ≥ 0
 * @param upper when true bound P(X ≥ x), else P(X ≤ x)
 * @returns log of the bound; 0 when the bound is trivial (x on the other side of the mean)
 * @throws never
 * @example
 * noncentralChisqLogTailBound(1e8, 9, 4e8, false); // ≈ −1.05e8: P(X ≤ 1e8) underflows to 0
 */
export function noncentralChisqLogTailBound(x: number, df: number, ncp: number, upper: boolean): number {
  const w = (df + Math.sqrt(df * df + 4 * x * ncp)) / (2 * x);
  if (upper) {
    if (!(w < 1) || !(w > 0)) return 0;
    const t = (1 - w) / 2;
    return Math.min(0, -t * x - (df / 2) * Math.log(w) + (ncp * t) / w);
  }
  if (!(w > 1)) return 0;
  const t = (w - 1) / 2;
  return Math.min(0, t * x - (df / 2) * Math.log(w) - (ncp * t) / w);
}
