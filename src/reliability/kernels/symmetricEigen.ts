/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations
 * (Golub & Van Loan 2013, Algorithm 8.5.3). Meant for the item-level matrices of
 * reliability analysis (a handful to a few dozen items).
 *
 * @param a row-major p×p symmetric matrix (not modified)
 * @param p order
 * @returns `values` in decreasing order and `vectors` (row-major p×p, column k is the
 *   unit eigenvector of values[k])
 * @throws never
 * @example
 * symmetricEigen(new Float64Array([2, 1, 1, 2]), 2).values; // [3, 1]
 */
export function symmetricEigen(a: Float64Array, p: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0, tot = 0;
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
      const x = m[i * p + j]! * m[i * p + j]!;
      tot += x; if (i !== j) off += x;
    }
    if (off <= 1e-30 * tot || off === 0) break;
    for (let i = 0; i < p - 1; i++) {
      for (let j = i + 1; j < p; j++) {
        const aij = m[i * p + j]!;
        if (aij === 0) continue;
        const theta = (m[j * p + j]! - m[i * p + i]!) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < p; k++) { // rotate columns i, j
          const mki = m[k * p + i]!, mkj = m[k * p + j]!;
          m[k * p + i] = c * mki - s * mkj;
          m[k * p + j] = s * mki + c * mkj;
        }
        for (let k = 0; k < p; k++) { // rotate rows i, j
          const mik = m[i * p + k]!, mjk = m[j * p + k]!;
          m[i * p + k] = c * mik - s * mjk;
          m[j * p + k] = s * mik + c * mjk;
        }
        for (let k = 0; k < p; k++) {
          const vki = v[k * p + i]!, vkj = v[k * p + j]!;
          v[k * p + i] = c * vki - s * vkj;
          v[k * p + j] = s * vki + c * vkj;
        }
      }
    }
  }
  const order = Array.from({ length: p }, (_, i) => i).sort((x, y) => m[y * p + y]! - m[x * p + x]!);
  const values = new Float64Array(p);
  const vectors = new Float64Array(p * p);
  order.forEach((src, dst) => {
    values[dst] = m[src * p + src]!;
    for (let k = 0; k < p; k++) vectors[k * p + dst] = v[k * p + src]!;
  });
  return { values, vectors };
}
