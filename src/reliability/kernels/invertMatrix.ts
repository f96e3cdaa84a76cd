/**
 * Inverse of a small square matrix by Gauss–Jordan elimination with partial pivoting
 * (Golub & Van Loan 2013, §3.4), as used for squared multiple correlations.
 *
 * @param a row-major p×p matrix (not modified)
 * @param p order
 * @returns the row-major inverse, or `null` when the matrix is numerically singular
 *   (a pivot below 1e-14 times the largest absolute entry)
 * @throws never
 * @example
 * invertMatrix(new Float64Array([2, 0, 0, 4]), 2); // [0.5, 0, 0, 0.25]
 */
export function invertMatrix(a: Float64Array, p: number): Float64Array | null {
  const m = Float64Array.from(a);
  const inv = new Float64Array(p * p);
  for (let i = 0; i < p; i++) inv[i * p + i] = 1;
  let scale = 0;
  for (let i = 0; i < p * p; i++) scale = Math.max(scale, Math.abs(m[i]!));
  const tol = 1e-14 * (scale || 1);
  for (let col = 0; col < p; col++) {
    let piv = col, best = Math.abs(m[col * p + col]!);
    for (let r = col + 1; r < p; r++) {
      const x = Math.abs(m[r * p + col]!);
      if (x > best) { best = x; piv = r; }
    }
    if (!(best > tol)) return null;
    if (piv !== col) {
      for (let k = 0; k < p; k++) {
        let t = m[col * p + k]!; m[col * p + k] = m[piv * p + k]!; m[piv * p + k] = t;
        t = inv[col * p + k]!; inv[col * p + k] = inv[piv * p + k]!; inv[piv * p + k] = t;
      }
    }
    const d = 1 / m[col * p + col]!;
    for (let k = 0; k < p; k++) { m[col * p + k] = m[col * p + k]! * d; inv[col * p + k] = inv[col * p + k]! * d; }
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const f = m[r * p + col]!;
      if (f === 0) continue;
      for (let k = 0; k < p; k++) {
        m[r * p + k] = m[r * p + k]! - f * m[col * p + k]!;
        inv[r * p + k] = inv[r * p + k]! - f * inv[col * p + k]!;
      }
    }
  }
  return inv;
}
