/**
 * Dense row-major matrix product C = A·B, A r×k, B k×c (i-k-j loop order, zero entries of A skipped).
 * @param A r×k matrix
 * @param B k×c matrix
 * @param r rows of A
 * @param k columns of A = rows of B
 * @param c columns of B
 * @param out optional r×c output (must not alias A or B)
 * @returns C (r×c)
 * @throws never
 * @example
 * matMul(new Float64Array([1, 2]), new Float64Array([3, 4]), 1, 2, 1); // [11]
 */
export function matMul(A: Float64Array, B: Float64Array, r: number, k: number, c: number, out = new Float64Array(r * c)): Float64Array {
  out.fill(0, 0, r * c);
  for (let i = 0; i < r; i++) {
    const oi = i * c;
    for (let t = 0; t < k; t++) {
      const a = A[i * k + t]!;
      if (a === 0) continue;
      const bt = t * c;
      for (let j = 0; j < c; j++) out[oi + j]! += a * B[bt + j]!;
    }
  }
  return out;
}
