import { symmetricEigen } from "../linalg/symmetricEigen.ts";
import { symmetricEigenvalues } from "../linalg/symmetricEigenvalues.ts";

/**
 * Make a correlation matrix positive definite the way psych::cor.smooth does: when an
 * eigenvalue is below `eigTol`, eigenvalues below it are set to 100·ε, the values are rescaled
 * to sum to p, the matrix is rebuilt and rescaled to unit diagonal. A positive-definite matrix
 * is returned unchanged (as a copy).
 *
 * Source: Wothke (1993), "Nonpositive definite matrices in structural modeling"; psych::cor.smooth (Revelle 2022).
 * @param R row-major p×p correlation matrix (not modified)
 * @param p order
 * @param eigTol smallest acceptable eigenvalue (psych: 1e-12)
 * @returns `{ R, smoothed }` with the (possibly) smoothed copy
 * @throws never
 * @example
 * corSmooth(new Float64Array([1, 0.5, 0.5, 1]), 2).smoothed; // false
 */
export function corSmooth(R: Float64Array, p: number, eigTol = 1e-12): { R: Float64Array; smoothed: boolean } {
  if (symmetricEigenvalues(R, p)[p - 1]! >= eigTol) return { R: new Float64Array(R), smoothed: false };
  const { values, vectors } = symmetricEigen(R, p);
  let sum = 0;
  for (let k = 0; k < p; k++) { if (values[k]! < eigTol) values[k] = 100 * 2.220446049250313e-16; sum += values[k]!; }
  for (let k = 0; k < p; k++) values[k] = (values[k]! * p) / sum;
  const out = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = 0; k < p; k++) s += vectors[i * p + k]! * values[k]! * vectors[j * p + k]!;
    out[i * p + j] = s;
  }
  const d = new Float64Array(p);
  for (let i = 0; i < p; i++) d[i] = 1 / Math.sqrt(out[i * p + i]!);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) out[i * p + j] = out[i * p + j]! * d[i]! * d[j]!;
  return { R: out, smoothed: true };
}
