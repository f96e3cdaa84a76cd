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
