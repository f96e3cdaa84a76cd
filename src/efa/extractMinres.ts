import type { Extraction } from "./types.ts";
import { smc } from "./smc.ts";
import { ulsObjective } from "./ulsObjective.ts";
import type { UlsWorkspace } from "./ulsObjective.ts";
import { boxNewton } from "./boxNewton.ts";
import { leadingLoadings } from "./leadingLoadings.ts";
import { PSI_LOWER, PSI_UPPER, boundHits } from "./uniquenessBounds.ts";

/**
 * Minimum-residual (unweighted least squares) factor extraction as psych::fa(fm = "minres"):
 * minimise the concentrated ULS function over the uniquenesses Ψ ∈ [0.005, 1] by projected
 * Newton steps with the exact Hessian, starting from 1 − SMC, then take the loadings as the leading eigenvectors of R − Ψ times √λ (psych's FAout.wls).
 *
 * Source: Harman & Jones (1966), Psychometrika 31; psych::fa `fit`/`FAgr.minres`/`FAout.wls` (Revelle 2022).
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param m number of factors
 * @returns unrotated loadings, final Ψ, bound hits and convergence
 * @throws never
 * @example
 * const ex = extractMinres(R, 9, 3); ex.loadings; // 9×3
 */
export function extractMinres(R: Float64Array, p: number, m: number): Extraction {
  const s = smc(R, p);
  const start = new Float64Array(p);
  for (let i = 0; i < p; i++) start[i] = R[i * p + i]! - s[i]!;
  const ws = { psi: new Float64Array(p), values: new Float64Array(p), vectors: new Float64Array(p * p) };
  const fg = ulsObjective(R, p, m, ws);
  const opt = boxNewton(fg, start, PSI_LOWER, PSI_UPPER, { gtol: 1e-10 });
  const psi = opt.x;
  return {
    loadings: finalLoadings(R, p, m, psi, ws),
    psi,
    atBound: boundHits(psi),
    iterations: opt.iterations,
    converged: opt.converged,
  };
}

/** psych's FAout.wls loadings at Ψ, from the objective's last eigen-decomposition when it was taken at Ψ. */
function finalLoadings(R: Float64Array, p: number, m: number, psi: Float64Array, ws: UlsWorkspace): Float64Array {
  let same = true;
  for (let i = 0; i < p && same; i++) same = ws.psi[i] === psi[i];
  if (!same) {
    const A = new Float64Array(R);
    for (let i = 0; i < p; i++) A[i * p + i] = R[i * p + i]! - psi[i]!;
    return leadingLoadings(A, p, m, 0);
  }
  const L = new Float64Array(p * m); // as leadingLoadings(R − Ψ, p, m, 0), same numbers
  for (let k = 0; k < m; k++) {
    const sq = Math.sqrt(Math.max(ws.values[k]! - 0, 0));
    for (let i = 0; i < p; i++) L[i * m + k] = ws.vectors[i * p + k]! * sq;
  }
  return L;
}
