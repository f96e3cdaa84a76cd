import { normalCdf } from "../distributions/normalCdf.ts";
import { normalDensity } from "../distributions/normalDensity.ts";

/**
 * Casewise scores of the univariate probit log-likelihood with respect to the thresholds, one row per
 * category (every case in category c has the same scores): ∂ log π_c/∂τ_c = φ(τ_c)/π_c,
 * ∂ log π_c/∂τ_{c−1} = −φ(τ_{c−1})/π_c, other entries 0 — lavaan 0.6-14's lav_uvord_scores without
 * covariates (limits beyond the last threshold ±100; π_c from the upper tail when τ_{c−1} > 1).
 *
 * Source: Muthén (1984), Psychometrika 49, 115–132, first-stage scores; Olsson (1979), eq. (13).
 * @param th the K−1 thresholds
 * @returns row-major K×(K−1) score table
 * @throws never
 * @example
 * thresholdScores(new Float64Array([0])); // [[0.798], [-0.798]] (φ(0)/0.5 and −φ(0)/0.5)
 */
export function thresholdScores(th: Float64Array): Float64Array {
  const m = th.length, K = m + 1;
  const out = new Float64Array(K * m);
  for (let c = 0; c < K; c++) {
    const z1 = c < m ? th[c]! : 100, z2 = c > 0 ? th[c - 1]! : -100;
    const pc = z2 > 1 ? normalCdf(-z2) - normalCdf(-z1) : normalCdf(z1) - normalCdf(z2);
    if (c < m) out[c * m + c] = normalDensity(z1) / pc;
    if (c > 0) out[c * m + c - 1] = -normalDensity(z2) / pc;
  }
  return out;
}
