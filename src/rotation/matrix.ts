/**
 * Small dense row-major helpers for the rotation code (m×m and p×m matrices).
 */
import { gaussJordanInverse } from "../linalg/gaussJordanInverse.ts";

/**
 * C = A·B for row-major A (r×n) and B (n×c).
 * @param A left matrix
 * @param B right matrix
 * @param r rows of A
 * @param n columns of A = rows of B
 * @param c columns of B
 * @returns the r×c product
 * @throws never
 * @example
 * matMulRM(new Float64Array([1, 2]), new Float64Array([3, 4]), 1, 2, 1); // [11]
 */
export function matMulRM(A: Float64Array, B: Float64Array, r: number, n: number, c: number): Float64Array {
  const C = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let k = 0; k < n; k++) {
    const a = A[i * n + k]!;
    if (a === 0) continue;
    for (let j = 0; j < c; j++) C[i * c + j] = C[i * c + j]! + a * B[k * c + j]!;
  }
  return C;
}

/**
 * Transpose of a row-major r×c matrix.
 * @param A the matrix
 * @param r rows
 * @param c columns
 * @returns the c×r transpose
 * @throws never
 * @example
 * transposeRM(new Float64Array([1, 2]), 1, 2); // [1, 2] as 2×1
 */
export function transposeRM(A: Float64Array, r: number, c: number): Float64Array {
  const T = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) T[j * r + i] = A[i * c + j]!;
  return T;
}

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
