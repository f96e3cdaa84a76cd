import { inverseCorrelation } from "./inverseCorrelation.ts";
import { checkArg } from "../options/checkArg.ts";

/** Kaiser–Meyer–Olkin measure of sampling adequacy: overall and per variable. */
export interface KmoResult {
  /** Overall MSA. */
  readonly overall: number;
  /** MSA of each variable, in the order of R. */
  readonly items: Float64Array;
}

/**
 * Kaiser–Meyer–Olkin measure of sampling adequacy. With r the correlations and q the partial
 * correlations (q_ij = −(R⁻¹)_ij / √((R⁻¹)_ii (R⁻¹)_jj)), over off-diagonal elements:
 * MSA = Σ r² / (Σ r² + Σ q²), and MSA_j the same sums restricted to column j.
 *
 * Source: Kaiser (1970), "A second generation little jiffy", Psychometrika 35; Kaiser & Rice (1974);
 * psych::KMO (Revelle 2022).
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @returns overall MSA and per-variable MSA
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers); otherwise never (a singular R uses the pseudo-inverse, as psych does)
 * @example
 * kmo(new Float64Array([1, 0.5, 0.5, 1]), 2).overall; // 0.5
 */
export function kmo(R: Float64Array, p: number): KmoResult {
  checkArg("kmo", "R", R, "float64");
  const { inverse: Q } = inverseCorrelation(R, p);
  const items = new Float64Array(p);
  let sr = 0, sq = 0;
  for (let j = 0; j < p; j++) {
    let cr = 0, cq = 0;
    const qjj = Q[j * p + j]!;
    for (let i = 0; i < p; i++) {
      if (i === j) continue;
      const r = R[i * p + j]!;
      const q = Q[i * p + j]! / Math.sqrt(Q[i * p + i]! * qjj);
      cr += r * r; cq += q * q;
    }
    items[j] = cr / (cr + cq);
    sr += cr; sq += cq;
  }
  return { overall: sr / (sr + sq), items };
}
