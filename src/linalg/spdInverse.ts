import { choleskyInPlace } from "./cholesky.ts";

/**
 * Inverse and log-determinant of a symmetric positive-definite matrix through
 * its Cholesky factor (no general inverse). `work` and `out` must not alias `a`.
 *
 * Source: Golub & Van Loan (2013), §4.2; log|A| = 2 Σ log L_ii.
 * @param a row-major n×n SPD matrix (not modified)
 * @param n order
 * @param out receives A⁻¹ (n×n, full symmetric)
 * @param work scratch of length n×n
 * @returns log|A|, or NaN when A is not positive definite (out is then unspecified)
 * @example
 * const inv = new Float64Array(4); spdInverse(new Float64Array([2, 0, 0, 4]), 2, inv, new Float64Array(4)); // inv = [0.5,0,0,0.25]
 */
export function spdInverse(a: Float64Array, n: number, out: Float64Array, work: Float64Array): number {
  const L = work;
  L.set(a.subarray(0, n * n));
  if (!choleskyInPlace(L, n)) return Number.NaN;
  let logdet = 0;
  for (let i = 0; i < n; i++) logdet += Math.log(L[i * n + i]!);
  // invert L in place (lower triangular): L <- L^{-1}
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    L[ri + i] = 1 / L[ri + i]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[ri + k]! * L[k * n + j]!;
      L[ri + j] = s * L[ri + i]!;
    }
  }
  // A^{-1} = L^{-T} L^{-1}
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
