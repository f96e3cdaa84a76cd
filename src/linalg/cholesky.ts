/**
 * In-place Cholesky factorisation A = L Lᵀ of a symmetric positive-definite n × n matrix (lower triangle
 * overwritten by L, the strict upper triangle left untouched). Columns are computed two at a time and rows two
 * at a time, so each pass over k keeps four sums in registers (every sum still runs over k in increasing order,
 * so the numbers are those of the textbook loop).
 *
 * Source: Golub & Van Loan (2013), algorithm 4.2.1 (gaxpy Cholesky), with 2 × 2 register blocking.
 * @param a n × n row-major matrix, overwritten
 * @param n order
 * @returns false when a pivot is not positive (the matrix is not positive definite)
 * @throws never
 * @example
 * const a = new Float64Array([4, 2, 2, 3]); choleskyInPlace(a, 2); // a = [2, 2, 1, 1.414…] (lower: 2, 1, 1.414…)
 */
export function choleskyInPlace(a: Float64Array, n: number): boolean {
  let j = 0;
  for (; j + 1 < n; j += 2) {
    const rj = j * n, rj1 = rj + n;
    // pivot j, then row j + 1 of column j, then pivot j + 1
    let d = a[rj + j]!;
    for (let k = 0; k < j; k++) d -= a[rj + k]! * a[rj + k]!;
    if (!(d > 0) || !Number.isFinite(d)) return false;
    const ljj = Math.sqrt(d);
    a[rj + j] = ljj;
    let s = a[rj1 + j]!;
    for (let k = 0; k < j; k++) s -= a[rj1 + k]! * a[rj + k]!;
    const l10 = s / ljj;
    a[rj1 + j] = l10;
    let d1 = a[rj1 + j + 1]!;
    for (let k = 0; k < j; k++) d1 -= a[rj1 + k]! * a[rj1 + k]!;
    d1 -= l10 * l10;
    if (!(d1 > 0) || !Number.isFinite(d1)) return false;
    const l11 = Math.sqrt(d1);
    a[rj1 + j + 1] = l11;
    // rows i ≥ j + 2 of columns j and j + 1, two rows at a time
    let i = j + 2;
    for (; i + 1 < n; i += 2) {
      const ri = i * n, ri1 = ri + n;
      let s00 = a[ri + j]!, s01 = a[ri + j + 1]!, s10 = a[ri1 + j]!, s11 = a[ri1 + j + 1]!;
      for (let k = 0; k < j; k++) {
        const x0 = a[ri + k]!, x1 = a[ri1 + k]!, y0 = a[rj + k]!, y1 = a[rj1 + k]!;
        s00 -= x0 * y0; s01 -= x0 * y1; s10 -= x1 * y0; s11 -= x1 * y1;
      }
      const li0 = s00 / ljj, li10 = s10 / ljj;
      a[ri + j] = li0; a[ri1 + j] = li10;
      a[ri + j + 1] = (s01 - li0 * l10) / l11;
      a[ri1 + j + 1] = (s11 - li10 * l10) / l11;
    }
    if (i < n) {
      const ri = i * n;
      let s0 = a[ri + j]!, s1 = a[ri + j + 1]!;
      for (let k = 0; k < j; k++) { const x = a[ri + k]!; s0 -= x * a[rj + k]!; s1 -= x * a[rj1 + k]!; }
      const li0 = s0 / ljj;
      a[ri + j] = li0;
      a[ri + j + 1] = (s1 - li0 * l10) / l11;
    }
  }
  if (j < n) {
    // the last column (n odd): only its pivot
    const rj = j * n;
    let d = a[rj + j]!;
    for (let k = 0; k < j; k++) d -= a[rj + k]! * a[rj + k]!;
    if (!(d > 0) || !Number.isFinite(d)) return false;
    a[rj + j] = Math.sqrt(d);
  }
  return true;
}
