import { corSmooth } from "../../linalg/corSmooth.ts";
import { gaussJordanInverse } from "../../linalg/gaussJordanInverse.ts";

/**
 * Squared multiple correlation of each variable with all the others,
 * smc_j = 1 − 1/(R⁻¹)_jj (Guttman 1940; Revelle, psych `smc`). Like psych, a
 * non-positive-definite R is first smoothed (`corSmooth`), a singular R (a Gauss–Jordan pivot below
 * 1e-14 times the largest absolute entry) gives 1 for every variable, and values are clipped to [0, 1].
 *
 * @param r row-major p×p correlation matrix
 * @param p order
 * @returns Float64Array of p squared multiple correlations
 * @throws never
 * @example
 * smc(new Float64Array([1, 0.6, 0.6, 1]), 2); // [0.36, 0.36]
 */
export function smc(r: Float64Array, p: number): Float64Array {
  const out = new Float64Array(p);
  if (p === 1) return out;
  const R = corSmooth(r, p).R;
  let scale = 0;
  for (let i = 0; i < p * p; i++) scale = Math.max(scale, Math.abs(R[i]!));
  const inv = new Float64Array(p * p);
  if (!gaussJordanInverse(R, p, inv, new Float64Array(p * p), 1e-14 * (scale || 1))) { out.fill(1); return out; }
  for (let j = 0; j < p; j++) {
    const v = 1 - 1 / inv[j * p + j]!;
    out[j] = v > 1 ? 1 : v < 0 ? 0 : v;
  }
  return out;
}
