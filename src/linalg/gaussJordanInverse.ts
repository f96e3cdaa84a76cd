/**
 * Inverse of a small general square matrix by Gauss–Jordan elimination with partial pivoting,
 * without allocation (for use inside iterative loops such as oblique rotation).
 *
 * Source: Golub & Van Loan (2013), Matrix Computations, §3.4 (Gaussian elimination with partial pivoting).
 * @param a row-major n×n matrix (not modified)
 * @param n order
 * @param out receives A⁻¹ (must not alias `a` or `work`)
 * @param work scratch of length ≥ n×n (left holding partial elimination results)
 * @param minPivot a pivot of this absolute size or below counts as singular (default 1e-300; e.g. psych-style
 *   smc passes 1e-14 times the largest absolute entry)
 * @returns false when A is singular to working precision (a pivot ≤ minPivot)
 * @throws never
 * @example
 * const out = new Float64Array(4); gaussJordanInverse(new Float64Array([2, 0, 0, 4]), 2, out, new Float64Array(4)); // [0.5, 0, 0, 0.25]
 */
export function gaussJordanInverse(a: Float64Array, n: number, out: Float64Array, work: Float64Array, minPivot = 1e-300): boolean {
  const w = work;
  for (let i = 0; i < n * n; i++) { w[i] = a[i]!; out[i] = 0; }
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
  for (let c = 0; c < n; c++) {
    let piv = c, best = Math.abs(w[c * n + c]!);
    for (let r = c + 1; r < n; r++) { const v = Math.abs(w[r * n + c]!); if (v > best) { best = v; piv = r; } }
    if (!(best > minPivot)) return false;
    // columns ≤ c of the reduced matrix are never read again after this step, so only k > c is updated there
    const cn = c * n;
    if (piv !== c) {
      const pn = piv * n;
      for (let k = c; k < n; k++) { const t = w[cn + k]!; w[cn + k] = w[pn + k]!; w[pn + k] = t; }
      for (let k = 0; k < n; k++) { const t = out[cn + k]!; out[cn + k] = out[pn + k]!; out[pn + k] = t; }
    }
    const d = 1 / w[cn + c]!;
    for (let k = c + 1; k < n; k++) w[cn + k] = w[cn + k]! * d;
    for (let k = 0; k < n; k++) out[cn + k] = out[cn + k]! * d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const rn = r * n;
      const f = w[rn + c]!;
      if (f === 0) continue;
      for (let k = c + 1; k < n; k++) w[rn + k] = w[rn + k]! - f * w[cn + k]!;
      for (let k = 0; k < n; k++) out[rn + k] = out[rn + k]! - f * out[cn + k]!;
    }
  }
  return true;
}
