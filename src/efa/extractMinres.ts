import type { Extraction } from "./types.ts";
import { smc } from "./smc.ts";
import { ulsObjective } from "./ulsObjective.ts";
import { boxNewton } from "./boxNewton.ts";
import { symmetricEigen } from "../linalg/symmetricEigen.ts";

/** Lower and upper bounds on the uniquenesses, as psych::fa passes to optim. */
export const PSI_LOWER = 0.005;
export const PSI_UPPER = 1;

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
  const fg = ulsObjective(R, p, m);
  const opt = boxNewton((x, g, H) => fg(x, g, H), start, PSI_LOWER, PSI_UPPER, { gtol: 1e-10 });
  const psi = opt.x;
  const A = new Float64Array(R);
  for (let i = 0; i < p; i++) A[i * p + i] = R[i * p + i]! - psi[i]!;
  return {
    loadings: leadingLoadings(A, p, m, 0),
    psi,
    atBound: boundHits(psi),
    iterations: opt.iterations,
    converged: opt.converged,
  };
}

/** p×m loadings V_m diag(√max(λ_k − shift, 0)) from the eigen-decomposition of A. */
export function leadingLoadings(A: Float64Array, p: number, m: number, shift: number): Float64Array {
  const { values, vectors } = symmetricEigen(A, p);
  const L = new Float64Array(p * m);
  for (let k = 0; k < m; k++) {
    const sq = Math.sqrt(Math.max(values[k]! - shift, 0));
    for (let i = 0; i < p; i++) L[i * m + k] = vectors[i * p + k]! * sq;
  }
  return L;
}

/** Indices whose uniqueness sits at the lower bound. */
export function boundHits(psi: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < psi.length; i++) if (psi[i]! <= PSI_LOWER * (1 + 1e-8)) out.push(i);
  return out;
}
