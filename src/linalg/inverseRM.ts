import { gaussJordanInverse } from "./gaussJordanInverse.ts";

/**
 * Inverse of a small general n×n matrix (Gauss–Jordan with partial pivoting).
 * @param A the matrix
 * @param n order
 * @returns A⁻¹, or null when A is singular
 * @throws never
 * @example
 * inverseRM(new Float64Array([2, 0, 0, 4]), 2); // [0.5, 0, 0, 0.25]
 */
export function inverseRM(A: Float64Array, n: number): Float64Array | null {
  const out = new Float64Array(n * n);
  return gaussJordanInverse(A, n, out, new Float64Array(n * n)) ? out : null;
}
