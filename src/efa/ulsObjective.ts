import { symmetricEigenInPlace } from "../linalg/symmetricEigenInPlace.ts";

/**
 * The unweighted-least-squares (minres) discrepancy as a function of the uniquenesses Ψ,
 * with the loadings concentrated out: for fixed Ψ the best m-factor loadings are the leading
 * eigenvectors of R − Ψ scaled by √λ, so
 * F(Ψ) = ½‖R − Ψ − ΛΛᵀ‖² = ½ Σ_{k not kept} λ_k², and ∂F/∂Ψ_i = (ΛΛᵀ + Ψ − R)_ii.
 * The gradient is psych's `FAgr.minres`; its zero is the minres / iterated principal-axis
 * fixed point (diagonal residuals vanish).
 *
 * Source: Harman & Jones (1966), "Factor analysis by minimizing residuals (minres)",
 * Psychometrika 31; Jöreskog (1977) for the concentrated ULS function; psych::fa (Revelle 2022).
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param m number of factors
 * @returns `(psi, grad) => F(Ψ)` writing ∂F/∂Ψ into grad; reuses internal workspaces (not re-entrant)
 * @throws never
 * @example
 * const fg = ulsObjective(R, p, 2); const g = new Float64Array(p); fg(new Float64Array(p).fill(0.5), g);
 */
export function ulsObjective(R: Float64Array, p: number, m: number): (psi: Float64Array, grad: Float64Array) => number {
  const A = new Float64Array(p * p), values = new Float64Array(p), vectors = new Float64Array(p * p), work = new Float64Array(p);
  return (psi, grad) => {
    A.set(R);
    for (let i = 0; i < p; i++) A[i * p + i] = R[i * p + i]! - psi[i]!;
    symmetricEigenInPlace(A, p, values, vectors, work);
    let f = 0;
    grad.fill(0);
    for (let k = 0; k < p; k++) {
      const lam = values[k]!;
      if (k < m && lam > 0) continue; // kept in ΛΛᵀ
      f += lam * lam;
      for (let i = 0; i < p; i++) { const v = vectors[i * p + k]!; grad[i] = grad[i]! - lam * v * v; }
    }
    return 0.5 * f;
  };
}
