import { symmetricEigenInPlace } from "./symmetricEigenInPlace.ts";

/**
 * Orthogonal polar factor of a square matrix: the orthogonal Q = U Vᵀ from the SVD X = U Σ Vᵀ,
 * computed as Q = X W diag(1/σ) Wᵀ with (σ², W) the eigen-pairs of XᵀX. Used by orthogonal
 * gradient-projection rotation (GPArotation's GPForth takes `svd(X)$u %*% t(svd(X)$v)`).
 *
 * Source: Higham (1986), "Computing the polar decomposition — with applications", SIAM J. Sci.
 * Stat. Comput. 7; Golub & Van Loan (2013), §9.4.3.
 * @param X row-major m×m matrix of full rank (not modified)
 * @param m order
 * @param out receives Q (m×m)
 * @param work scratch of length ≥ 3m² + 2m
 * @returns the sum of the singular values of X (its nuclear norm)
 * @throws never (a rank-deficient X gives non-finite output)
 * @example
 * const q = new Float64Array(4); polarFactor(new Float64Array([2, 0, 0, 3]), 2, q, new Float64Array(16)); // identity
 */
export function polarFactor(X: Float64Array, m: number, out: Float64Array, work: Float64Array): number {
  const mm = m * m;
  const XtX = work.subarray(0, mm), W = work.subarray(mm, 2 * mm), XW = work.subarray(2 * mm, 3 * mm);
  const s = work.subarray(3 * mm, 3 * mm + m), w = work.subarray(3 * mm + m, 3 * mm + 2 * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
    let v = 0;
    for (let r = 0; r < m; r++) v += X[r * m + a]! * X[r * m + b]!;
    XtX[a * m + b] = v;
  }
  symmetricEigenInPlace(XtX, m, s, W, w);
  let nuclear = 0;
  for (let k = 0; k < m; k++) { const sv = Math.sqrt(Math.max(s[k]!, 0)); nuclear += sv; s[k] = 1 / sv; }
  // XW = X W diag(1/σ)
  for (let r = 0; r < m; r++) for (let k = 0; k < m; k++) {
    let v = 0;
    for (let c = 0; c < m; c++) v += X[r * m + c]! * W[c * m + k]!;
    XW[r * m + k] = v * s[k]!;
  }
  for (let r = 0; r < m; r++) for (let c = 0; c < m; c++) {
    let v = 0;
    for (let k = 0; k < m; k++) v += XW[r * m + k]! * W[c * m + k]!;
    out[r * m + c] = v;
  }
  return nuclear;
}
