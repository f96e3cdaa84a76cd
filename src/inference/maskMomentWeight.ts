/**
 * Zero the rows and columns of a moment weight matrix that belong to moments a mask leaves out (lavaan's
 * `eliminate.pstar.idx` for fixed exogenous covariates: their own variances, covariances and means).
 * @param W weight matrix (k×k row-major), modified in place
 * @param k its order
 * @param keep 0/1 mask over the k moments (e.g. one group's slice of `exogenousMomentMask`), or null for no change
 * @returns W
 * @throws never
 * @example
 * maskMomentWeight(W, 6, Uint8Array.from([1, 1, 1, 1, 1, 0])); // σ_33 gets zero weight
 */
export function maskMomentWeight(W: Float64Array, k: number, keep: Uint8Array | null): Float64Array {
  if (keep === null) return W;
  for (let r = 0; r < k; r++) {
    if (keep[r] === 1) continue;
    for (let s = 0; s < k; s++) { W[r * k + s] = 0; W[s * k + r] = 0; }
  }
  return W;
}
