/** One missing-data pattern's summary: its observed variables, case count, means and covariance about them. */
export interface PatternMoments {
  /** 0-based indices of the observed variables, or null for all p. */
  readonly observed: ArrayLike<number> | null;
  /** Cases n_k in the pattern. */
  readonly n: number;
  /** Means of the observed variables (length p_o). */
  readonly mean: Float64Array;
  /** Covariance about the pattern's own means with denominator n_k (p_o × p_o). */
  readonly cov: Float64Array;
}

/**
 * Available-case means and pairwise-complete covariances of one group, pooled from its missing-data
 * patterns, as lavaan's sample statistics under missing = "ml" (`colMeans(Y, na.rm = TRUE)` and
 * `cov(Y, use = "pairwise") · (N − 1)/N`, N the cases with at least one value). These are lavaan's
 * WLS.obs with FIML, used by GFI.
 *
 * For a pair (a, b) with n_ab cases observing both, pooled from the patterns k that observe both:
 *   m_a = Σ n_k m_ka / n_ab,  s_ab = [Σ n_k (C_k,ab + m_ka m_kb) − n_ab m_a m_b] / (n_ab − 1),
 * then s_ab · (N − 1)/N; the means use every case observing the variable.
 * Source: R `stats::cov(use = "pairwise.complete.obs")`; lavaan 0.6-14 lav_samplestats_from_data
 * (missing = "ml": cov and mean slots).
 * @param p number of variables
 * @param patterns the group's patterns
 * @returns means (p), covariances (p×p row-major) and N; NaN where a pair is observed together by fewer than 2 cases
 * @throws never
 * @example
 * pairwiseMoments(1, [{ observed: null, n: 2, mean: new Float64Array([1]), cov: new Float64Array([1]) }]);
 * // { mean: [1], cov: [1], n: 2 }: the N − 1 variance 2 rescaled by 1/2
 */
export function pairwiseMoments(p: number, patterns: readonly PatternMoments[]): { mean: Float64Array; cov: Float64Array; n: number } {
  const sum = new Float64Array(p), cnt = new Float64Array(p);
  const nab = new Float64Array(p * p), sa = new Float64Array(p * p), sb = new Float64Array(p * p), sab = new Float64Array(p * p);
  let N = 0;
  for (const pat of patterns) {
    const idx = pat.observed === null ? null : Array.from(pat.observed);
    const po = idx === null ? p : idx.length, nk = pat.n;
    N += nk;
    for (let i = 0; i < po; i++) {
      const a = idx === null ? i : idx[i]!, mi = pat.mean[i]!;
      sum[a]! += nk * mi;
      cnt[a]! += nk;
      for (let j = 0; j < po; j++) {
        const b = idx === null ? j : idx[j]!, mj = pat.mean[j]!, k = a * p + b;
        nab[k]! += nk;
        sa[k]! += nk * mi;
        sb[k]! += nk * mj;
        sab[k]! += nk * (pat.cov[i * po + j]! + mi * mj);
      }
    }
  }
  const mean = new Float64Array(p), cov = new Float64Array(p * p);
  for (let a = 0; a < p; a++) mean[a] = cnt[a]! > 0 ? sum[a]! / cnt[a]! : Number.NaN;
  for (let k = 0; k < p * p; k++) {
    const n = nab[k]!;
    cov[k] = n > 1 ? ((sab[k]! - (sa[k]! * sb[k]!) / n) / (n - 1)) * ((N - 1) / N) : Number.NaN;
  }
  return { mean, cov, n: N };
}
