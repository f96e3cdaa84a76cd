/**
 * Covariance matrix with pairwise deletion of missing values (NaN), as R's
 * `cov(x, use = "pairwise.complete.obs")`: every entry (j, k) uses the rows where
 * both columns are observed, for the means as well as the cross-products, with
 * denominator (m − 1) where m is that pair's count.
 *
 * Formula: s_jk = Σ_i (x_ij − x̄_j⁽ʲᵏ⁾)(x_ik − x̄_k⁽ʲᵏ⁾) / (m_jk − 1) (R Core Team, `stats::cov`).
 *
 * @param data row-major n×p matrix, NaN for missing
 * @param n number of rows
 * @param p number of columns
 * @returns row-major p×p covariance matrix; NaN where a pair has fewer than 2 rows
 * @throws never
 * @example
 * const c = pairwiseCovariance(new Float64Array([1, 2, 2, 4, 3, NaN]), 3, 2);
 * // c[0] = 1 (variance of 1,2,3), c[1] = 2 (cov over rows 1–2)
 */
export function pairwiseCovariance(data: Float64Array, n: number, p: number): Float64Array {
  const out = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      let m = 0, sj = 0, sk = 0;
      for (let i = 0; i < n; i++) {
        const a = data[i * p + j]!, b = data[i * p + k]!;
        if (a === a && b === b) { m++; sj += a; sk += b; }
      }
      let v = NaN;
      if (m >= 2) {
        const mj = sj / m, mk = sk / m;
        let s = 0;
        for (let i = 0; i < n; i++) {
          const a = data[i * p + j]!, b = data[i * p + k]!;
          if (a === a && b === b) s += (a - mj) * (b - mk);
        }
        v = s / (m - 1);
      }
      out[j * p + k] = v;
      out[k * p + j] = v;
    }
  }
  return out;
}
