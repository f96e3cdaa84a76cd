/**
 * Inverse and log-determinant of a symmetric positive-definite matrix by Cholesky
 * factorisation (private helper of the fit kernels; not exported from the package).
 *
 * Source: Golub & Van Loan (2013), Matrix Computations, 4th ed., Algorithm 4.2.1;
 * log|A| = 2·Σ log L_ii.
 * @param a row-major n×n SPD matrix (not modified)
 * @param n order
 * @param out receives A⁻¹ (full symmetric), length n×n
 * @returns log|A|, or NaN when A is not positive definite (out is then unspecified)
 * @throws never
 * @example
 * const inv = new Float64Array(4);
 * spdInverseLogdet(new Float64Array([2, 0, 0, 4]), 2, inv); // Math.log(8); inv = [0.5, 0, 0, 0.25]
 */
export function spdInverseLogdet(a: Float64Array, n: number, out: Float64Array): number {
  const L = new Float64Array(n * n);
  L.set(a.subarray(0, n * n));
  let logdet = 0;
  for (let j = 0; j < n; j++) {
    const rj = j * n;
    let d = L[rj + j]!;
    for (let k = 0; k < j; k++) d -= L[rj + k]! * L[rj + k]!;
    if (!(d > 0) || !Number.isFinite(d)) return Number.NaN;
    const ljj = Math.sqrt(d);
    L[rj + j] = ljj;
    logdet += Math.log(ljj);
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let s = L[ri + j]!;
      for (let k = 0; k < j; k++) s -= L[ri + k]! * L[rj + k]!;
      L[ri + j] = s / ljj;
    }
  }
  // L <- L⁻¹ (lower triangular), row by row
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    L[ri + i] = 1 / L[ri + i]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[ri + k]! * L[k * n + j]!;
      L[ri + j] = s * L[ri + i]!;
    }
  }
  // A⁻¹ = L⁻ᵀ L⁻¹
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += L[k * n + i]! * L[k * n + j]!;
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
  }
  return 2 * logdet;
}
