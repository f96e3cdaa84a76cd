/**
 * Inverse of a general square matrix by Gauss–Jordan elimination with partial pivoting.
 * Used off the hot path and for (I − B)⁻¹ where B need not be triangular.
 *
 * Source: Golub & Van Loan (2013), §3.4.
 * @param a row-major n×n matrix (not modified)
 * @param n order
 * @param out receives A⁻¹
 * @returns false when A is singular to working precision
 * @example
 * const out = new Float64Array(4); generalInverse(new Float64Array([1, 2, 0, 1]), 2, out); // [1,-2,0,1]
 */
export function generalInverse(a: Float64Array, n: number, out: Float64Array): boolean {
  const w = new Float64Array(a.subarray(0, n * n));
  out.fill(0);
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
  for (let c = 0; c < n; c++) {
    let piv = c, best = Math.abs(w[c * n + c]!);
    for (let r = c + 1; r < n; r++) { const v = Math.abs(w[r * n + c]!); if (v > best) { best = v; piv = r; } }
    if (!(best > 1e-300)) return false;
    if (piv !== c) {
      for (let k = 0; k < n; k++) {
        let t = w[c * n + k]!; w[c * n + k] = w[piv * n + k]!; w[piv * n + k] = t;
        t = out[c * n + k]!; out[c * n + k] = out[piv * n + k]!; out[piv * n + k] = t;
      }
    }
    const d = 1 / w[c * n + c]!;
    for (let k = 0; k < n; k++) { w[c * n + k]! *= d; out[c * n + k]! *= d; }
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = w[r * n + c]!;
      if (f === 0) continue;
      for (let k = 0; k < n; k++) { w[r * n + k]! -= f * w[c * n + k]!; out[r * n + k]! -= f * out[c * n + k]!; }
    }
  }
  return true;
}
