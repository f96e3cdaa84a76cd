/**
 * out = A Bᵀ, that is out[a][b] = Σ_c A[a][c] · B[b][c], for row-major A (rows × inner) and B (cols × inner), in
 * 2 × 2 blocks of (a, b): each pass over c reads two rows of A and two of B and keeps four sums in registers, half
 * the loads of one sum at a time. Every sum runs over c in increasing order, so the numbers are those of the plain
 * triple loop. For symmetric B this is A B (e.g. Σ⁻¹ S of the ML gradient, Jöreskog 1969); for B = T⁻¹ it is the
 * oblique-rotation loadings A (T⁻¹)ᵀ (Jennrich 2002).
 *
 * Source: Golub & Van Loan (2013), §1.1 (dot-product matrix multiplication), with 2 × 2 register blocking.
 * @param A rows × inner, row-major
 * @param B cols × inner, row-major
 * @param rows rows of A and of out
 * @param cols rows of B, columns of out
 * @param inner columns of A and of B
 * @param out rows × cols output, row-major (must not alias A or B)
 * @param lower square case only: when true only the entries with b ≤ a are required (some above the diagonal
 *   may be written too)
 * @returns nothing; out is filled
 * @throws never
 * @example
 * productABt(K, S, p, p, p, KS, false); // KS = K S for symmetric S
 */
export function productABt(
  A: Float64Array, B: Float64Array, rows: number, cols: number, inner: number, out: Float64Array, lower = false,
): void {
  let a = 0;
  for (; a + 1 < rows; a += 2) {
    const ra = a * inner, ra1 = ra + inner, oa = a * cols, oa1 = oa + cols;
    const bEnd = lower ? a + 1 : cols, bLim = lower ? a + 2 : cols; // blocks (b, b + 1) with b + 1 < bLim
    let b = 0;
    for (; b + 1 < bLim; b += 2) {
      const rb = b * inner, rb1 = rb + inner;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
      for (let c = 0; c < inner; c++) {
        const x0 = A[ra + c]!, x1 = A[ra1 + c]!, y0 = B[rb + c]!, y1 = B[rb1 + c]!;
        s00 += x0 * y0; s01 += x0 * y1; s10 += x1 * y0; s11 += x1 * y1;
      }
      out[oa + b] = s00; out[oa + b + 1] = s01; out[oa1 + b] = s10; out[oa1 + b + 1] = s11;
    }
    if (b < bEnd) {
      // a last single column
      const rb = b * inner;
      let s0 = 0, s1 = 0;
      for (let c = 0; c < inner; c++) { const y = B[rb + c]!; s0 += A[ra + c]! * y; s1 += A[ra1 + c]! * y; }
      out[oa + b] = s0; out[oa1 + b] = s1;
    }
  }
  if (a < rows) {
    // a last single row
    const ra = a * inner, oa = a * cols, bEnd = lower ? a + 1 : cols;
    for (let b = 0; b < bEnd; b++) {
      const rb = b * inner;
      let s = 0;
      for (let c = 0; c < inner; c++) s += A[ra + c]! * B[rb + c]!;
      out[oa + b] = s;
    }
  }
}
