import { choleskyInPlace } from "./cholesky.ts";

/**
 * Solve A x = b for symmetric positive-definite A via Cholesky (forward and back substitution).
 * Source: Golub & Van Loan (2013), §4.2.
 * @param a row-major n×n SPD matrix (not modified)
 * @param b right-hand side (length n, not modified)
 * @param n order
 * @param x receives the solution
 * @param work scratch of length n×n
 * @returns false when A is not positive definite
 * @example
 * const x = new Float64Array(2); spdSolve(new Float64Array([2, 0, 0, 4]), new Float64Array([2, 4]), 2, x, new Float64Array(4)); // x = [1, 1]
 */
export function spdSolve(a: Float64Array, b: Float64Array, n: number, x: Float64Array, work: Float64Array): boolean {
  work.set(a.subarray(0, n * n));
  if (!choleskyInPlace(work, n)) return false;
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= work[i * n + k]! * x[k]!;
    x[i] = s / work[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let k = i + 1; k < n; k++) s -= work[k * n + i]! * x[k]!;
    x[i] = s / work[i * n + i]!;
  }
  return true;
}
