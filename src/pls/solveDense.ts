/**
 * Solve A x = b for a small dense square system by Gaussian elimination with partial pivoting (the LU
 * factorisation R's `solve()` uses through LAPACK's dgesv).
 * @param a - row-major n × n matrix (not modified)
 * @param b - right-hand side of length n (not modified)
 * @param n - order
 * @returns x, or null when A is singular (a pivot below 1e-14 times the largest entry)
 * @throws nothing
 * @example
 * solveDense(Float64Array.of(2, 0, 0, 4), Float64Array.of(2, 2), 2); // Float64Array [1, 0.5]
 */
export function solveDense(a: ArrayLike<number>, b: ArrayLike<number>, n: number): Float64Array | null {
  const m = Float64Array.from(a as ArrayLike<number>);
  const x = Float64Array.from(b as ArrayLike<number>);
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale = Math.max(scale, Math.abs(m[i] as number));
  if (!(scale > 0)) return null;
  for (let k = 0; k < n; k++) {
    let piv = k;
    let best = Math.abs(m[k * n + k] as number);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(m[i * n + k] as number);
      if (v > best) { best = v; piv = i; }
    }
    if (best <= 1e-14 * scale) return null;
    if (piv !== k) {
      for (let j = 0; j < n; j++) {
        const t = m[k * n + j] as number; m[k * n + j] = m[piv * n + j] as number; m[piv * n + j] = t;
      }
      const t = x[k] as number; x[k] = x[piv] as number; x[piv] = t;
    }
    const d = m[k * n + k] as number;
    for (let i = k + 1; i < n; i++) {
      const f = (m[i * n + k] as number) / d;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) m[i * n + j] = (m[i * n + j] as number) - f * (m[k * n + j] as number);
      x[i] = (x[i] as number) - f * (x[k] as number);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i] as number;
    for (let j = i + 1; j < n; j++) s -= (m[i * n + j] as number) * (x[j] as number);
    x[i] = s / (m[i * n + i] as number);
  }
  return x;
}
