/**
 * Cholesky factorisation of a symmetric positive-definite matrix, in place.
 *
 * On success the lower triangle of `a` (row-major n×n) holds L with A = L Lᵀ;
 * the strict upper triangle is left untouched. Returns false when A is not
 * (numerically) positive definite.
 *
 * Source: Golub & Van Loan (2013), Matrix Computations, Algorithm 4.2.1.
 * @param a row-major n×n symmetric matrix, overwritten
 * @param n order of the matrix
 * @returns true when A is positive definite
 * @example
 * const a = new Float64Array([4, 2, 2, 3]); choleskyInPlace(a, 2); // a[0] = 2, a[2] = 1
 */
export function choleskyInPlace(a: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    const rj = j * n;
    let d = a[rj + j]!;
    for (let k = 0; k < j; k++) d -= a[rj + k]! * a[rj + k]!;
    if (!(d > 0) || !Number.isFinite(d)) return false;
    const ljj = Math.sqrt(d);
    a[rj + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let s = a[ri + j]!;
      for (let k = 0; k < j; k++) s -= a[ri + k]! * a[rj + k]!;
      a[ri + j] = s / ljj;
    }
  }
  return true;
}
