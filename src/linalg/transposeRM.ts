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
