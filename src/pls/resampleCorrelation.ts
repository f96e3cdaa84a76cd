/**
 * Correlation matrix of a bootstrap resample given as row counts, from the full sample's z-scores:
 * with N = Σ c_i, S_ab = Σ c_i z_ia z_ib and m_a = Σ c_i z_ia / N, cov_ab = (S_ab − N m_a m_b)/(N − 1) and
 * r_ab = cov_ab / √(cov_aa cov_bb). Rows drawn 0 times cost nothing (about 37% of them).
 * @param z - row-major n × p z-scores of the full sample
 * @param n - rows
 * @param p - columns
 * @param counts - how often each row was drawn (a jackknife sample: 1 for every row but the left-out one)
 * @param out - receives the p × p correlation matrix (row-major)
 * @returns false when a column has zero variance in the resample
 * @throws nothing
 * @example
 * resampleCorrelation(z, 250, 24, counts, r);
 */
export function resampleCorrelation(z: Float64Array, n: number, p: number, counts: Int32Array, out: Float64Array): boolean {
  out.fill(0);
  const mean = new Float64Array(p);
  let total = 0;
  for (let i = 0; i < n; i++) total += counts[i] as number;
  for (let i = 0; i < n; i++) {
    const c = counts[i] as number;
    if (c === 0) continue;
    const row = i * p;
    for (let a = 0; a < p; a++) {
      const v = c * (z[row + a] as number);
      mean[a] = (mean[a] as number) + v;
      const base = a * p;
      for (let b = a; b < p; b++) out[base + b] = (out[base + b] as number) + v * (z[row + b] as number);
    }
  }
  for (let a = 0; a < p; a++) mean[a] = (mean[a] as number) / total;
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) out[a * p + b] = ((out[a * p + b] as number) - total * (mean[a] as number) * (mean[b] as number)) / (total - 1);
  }
  const sd = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    const v = out[a * p + a] as number;
    if (!(v > 1e-12)) return false;
    sd[a] = Math.sqrt(v);
  }
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      const v = a === b ? 1 : (out[a * p + b] as number) / ((sd[a] as number) * (sd[b] as number));
      out[a * p + b] = v;
      out[b * p + a] = v;
    }
  }
  return true;
}
