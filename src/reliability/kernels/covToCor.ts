/**
 * Rescale a covariance matrix to a correlation matrix, as R's `cov2cor`:
 * r_jk = c_jk / √(c_jj c_kk), with an exact 1 on the diagonal.
 *
 * @param c row-major p×p covariance matrix
 * @param p order
 * @returns a new row-major p×p correlation matrix
 * @throws never
 * @example
 * covToCor(new Float64Array([4, 2, 2, 1]), 2); // [1, 1, 1, 1]
 */
export function covToCor(c: Float64Array, p: number): Float64Array {
  const r = new Float64Array(p * p);
  const s = new Float64Array(p);
  for (let j = 0; j < p; j++) s[j] = 1 / Math.sqrt(c[j * p + j]!);
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) r[j * p + k] = j === k ? 1 : c[j * p + k]! * s[j]! * s[k]!;
  }
  return r;
}
