/**
 * Dense row-major matrix product C = A·B, A r×k, B k×c. Rows of A are taken four at a time (each
 * row of B is loaded once for four rows of C), and a column t of those four rows that is all zero is
 * skipped; every C_ij is still summed over t in increasing order, so the result is the same as the
 * plain i-k-j loop, bit for bit.
 * Source: the textbook triple loop (Golub & Van Loan 2013, Matrix Computations, 4th ed., Alg. 1.1.5),
 * register-blocked over rows.
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
  let i = 0;
  for (; i + 3 < r; i += 4) {
    const o0 = i * c, o1 = o0 + c, o2 = o1 + c, o3 = o2 + c;
    const r0 = i * k, r1 = r0 + k, r2 = r1 + k, r3 = r2 + k;
    for (let t = 0; t < k; t++) {
      const a0 = A[r0 + t]!, a1 = A[r1 + t]!, a2 = A[r2 + t]!, a3 = A[r3 + t]!;
      if (a0 === 0 && a1 === 0 && a2 === 0 && a3 === 0) continue;
      const bt = t * c;
      for (let j = 0; j < c; j++) {
        const b = B[bt + j]!;
        out[o0 + j]! += a0 * b; out[o1 + j]! += a1 * b; out[o2 + j]! += a2 * b; out[o3 + j]! += a3 * b;
      }
    }
  }
  for (; i < r; i++) {
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
