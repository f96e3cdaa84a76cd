import { symmetricEigen } from "./symmetricEigen.ts";

/**
 * Make a correlation matrix positive definite the way psych's `cor.smooth` does:
 * when its smallest eigenvalue is below machine epsilon, eigenvalues under `eigTol`
 * are set to 100·eigTol, all eigenvalues are rescaled to sum to p, the matrix is
 * rebuilt (V Λ Vᵀ) and rescaled to unit diagonal (Wothke 1993; Revelle, psych `cor.smooth`).
 *
 * @param r row-major p×p correlation matrix
 * @param p order
 * @param eigTol eigenvalue floor (psych default 1e-12)
 * @returns `{ R, smoothed }`: the original matrix (same object) when it was already
 *   positive definite, otherwise a new smoothed matrix with `smoothed: true`
 * @throws never
 * @example
 * corSmooth(new Float64Array([1, 0.5, 0.5, 1]), 2).smoothed; // false
 */
export function corSmooth(r: Float64Array, p: number, eigTol = 1e-12): { R: Float64Array; smoothed: boolean } {
  const { values, vectors } = symmetricEigen(r, p);
  if (!(values[p - 1]! < Number.EPSILON)) return { R: r, smoothed: false };
  let tot = 0;
  for (let k = 0; k < p; k++) {
    if (values[k]! < eigTol) values[k] = 100 * eigTol;
    tot += values[k]!;
  }
  for (let k = 0; k < p; k++) values[k] = values[k]! * p / tot;
  const out = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = 0; k < p; k++) s += vectors[i * p + k]! * values[k]! * vectors[j * p + k]!;
    out[i * p + j] = s;
  }
  const d = new Float64Array(p);
  for (let i = 0; i < p; i++) d[i] = 1 / Math.sqrt(out[i * p + i]!);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) out[i * p + j] = i === j ? 1 : out[i * p + j]! * d[i]! * d[j]!;
  return { R: out, smoothed: true };
}
