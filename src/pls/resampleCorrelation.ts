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
  // compact the drawn rows, column-major, scaled by √count: S_ab is then a plain dot product of two columns
  let rows = 0, total = 0;
  for (let i = 0; i < n; i++) if ((counts[i] as number) > 0) { rows++; total += counts[i] as number; }
  const y = new Float64Array(rows * p);
  const mean = new Float64Array(p);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const c = counts[i] as number;
    if (c === 0) continue;
    const sc = Math.sqrt(c), row = i * p;
    for (let a = 0; a < p; a++) {
      const v = z[row + a] as number;
      y[a * rows + r] = sc * v;
      mean[a] = (mean[a] as number) + c * v;
    }
    r++;
  }
  for (let a = 0; a < p; a++) mean[a] = (mean[a] as number) / total;
  for (let a = 0; a < p; a++) {
    const ba = a * rows;
    for (let b = a; b < p; b++) {
      const bb = b * rows;
      let v = 0;
      for (let k = 0; k < rows; k++) v += (y[ba + k] as number) * (y[bb + k] as number);
      out[a * p + b] = (v - total * (mean[a] as number) * (mean[b] as number)) / (total - 1);
    }
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
