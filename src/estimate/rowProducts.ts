/**
 * out[a][b] = Σ_c A[a][c] · B[b][c] (that is, A Bᵀ) for n × n row-major A and B, in 2 × 2 blocks of (a, b): each
 * pass over c reads two rows of A and two of B and keeps four sums in registers, half the loads of one sum at a
 * time. Every sum runs over c in increasing order, so the numbers are those of the plain triple loop. For
 * symmetric B this is A B (e.g. Σ⁻¹ S of the ML gradient, Jöreskog 1969).
 * @param A n × n, row-major
 * @param B n × n, row-major
 * @param n order
 * @param out n × n output (must not alias A or B)
 * @param lower when true only the entries with b ≤ a are required (some above the diagonal may be written too)
 * @returns nothing; out is filled
 * @throws never
 * @example
 * rowProducts(K, S, p, KS, false); // KS = K S for symmetric S
 */
export function rowProducts(A: Float64Array, B: Float64Array, n: number, out: Float64Array, lower: boolean): void {
  let a = 0;
  for (; a + 1 < n; a += 2) {
    const ra = a * n, ra1 = ra + n;
    const bEnd = lower ? a + 1 : n, bLim = lower ? a + 2 : n; // blocks (b, b + 1) with b + 1 < bLim
    let b = 0;
    for (; b + 1 < bLim; b += 2) {
      const rb = b * n, rb1 = rb + n;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
      for (let c = 0; c < n; c++) {
        const x0 = A[ra + c]!, x1 = A[ra1 + c]!, y0 = B[rb + c]!, y1 = B[rb1 + c]!;
        s00 += x0 * y0; s01 += x0 * y1; s10 += x1 * y0; s11 += x1 * y1;
      }
      out[ra + b] = s00; out[ra + b + 1] = s01; out[ra1 + b] = s10; out[ra1 + b + 1] = s11;
    }
    if (b < bEnd) {
      // a last single column (n odd, full product)
      const rb = b * n;
      let s0 = 0, s1 = 0;
      for (let c = 0; c < n; c++) { const y = B[rb + c]!; s0 += A[ra + c]! * y; s1 += A[ra1 + c]! * y; }
      out[ra + b] = s0; out[ra1 + b] = s1;
    }
  }
  if (a < n) {
    // a last single row (n odd)
    const ra = a * n, bEnd = lower ? a + 1 : n;
    for (let b = 0; b < bEnd; b++) {
      const rb = b * n;
      let s = 0;
      for (let c = 0; c < n; c++) s += A[ra + c]! * B[rb + c]!;
      out[ra + b] = s;
    }
  }
}
