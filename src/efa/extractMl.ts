import type { Extraction } from "./types.ts";
import { smc } from "./smc.ts";
import { mlObjective } from "./mlObjective.ts";
import { boxQuasiNewton } from "./boxQuasiNewton.ts";
import { leadingLoadings } from "./leadingLoadings.ts";
import { PSI_LOWER, PSI_UPPER, boundHits } from "./uniquenessBounds.ts";

/**
 * Maximum-likelihood factor extraction as psych::fa(fm = "ml") (R's factanal objective):
 * minimise the concentrated ML discrepancy over Ψ ∈ [0.005, 1] from 1 − SMC, then
 * Λ = Ψ^{1/2} V_m diag(√max(e_k − 1, 0)) with (e, V) the eigen-pairs of Ψ^{-1/2} R Ψ^{-1/2} (FAout).
 *
 * Source: Jöreskog (1967), Psychometrika 32; Lawley & Maxwell (1971); psych::fa `FAfn`/`FAgr`/`FAout`.
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param m number of factors
 * @returns unrotated loadings, final Ψ, bound hits and convergence
 * @throws never
 * @example
 * const ex = extractMl(R, 9, 3); ex.psi; // uniquenesses at the ML optimum
 */
export function extractMl(R: Float64Array, p: number, m: number): Extraction {
  const s = smc(R, p);
  const start = new Float64Array(p);
  for (let i = 0; i < p; i++) start[i] = R[i * p + i]! - s[i]!;
  const opt = boxQuasiNewton(mlObjective(R, p, m), start, PSI_LOWER, PSI_UPPER, { gtol: 1e-9 });
  const psi = opt.x;
  const sc = new Float64Array(p);
  for (let i = 0; i < p; i++) sc[i] = 1 / Math.sqrt(psi[i]!);
  const A = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) A[i * p + j] = R[i * p + j]! * sc[i]! * sc[j]!;
  const L = leadingLoadings(A, p, m, 1);
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) L[i * m + k] = L[i * m + k]! / sc[i]!;
  return { loadings: L, psi, atBound: boundHits(psi), iterations: opt.iterations, converged: opt.converged };
}
