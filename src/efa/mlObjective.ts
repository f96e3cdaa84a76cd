import { symmetricEigenInPlace } from "../linalg/symmetricEigenInPlace.ts";

/**
 * The maximum-likelihood factor-analysis discrepancy as a function of the uniquenesses Ψ,
 * with the loadings concentrated out. With e_k the eigenvalues of Ψ^{-1/2} R Ψ^{-1/2}
 * (descending), F(Ψ) = −Σ_{k>m} (ln e_k − e_k) − m + p, and
 * ∂F/∂Ψ_i = (ΛΛᵀ + Ψ − R)_ii / Ψ_i² with Λ = Ψ^{1/2} V_m diag(√max(e_k − 1, 0)).
 * These are R's factanal FAfn/FAgr as used by psych::fa(fm = "ml").
 *
 * Source: Jöreskog (1967), "Some contributions to maximum likelihood factor analysis",
 * Psychometrika 32, eqs. (14)–(18); Lawley & Maxwell (1971), ch. 4; R stats::factanal.
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param m number of factors
 * @returns `(psi, grad) => F(Ψ)` writing ∂F/∂Ψ into grad; reuses internal workspaces (not re-entrant)
 * @throws never
 * @example
 * const fg = mlObjective(R, p, 2); const g = new Float64Array(p); fg(new Float64Array(p).fill(0.5), g);
 */
export function mlObjective(R: Float64Array, p: number, m: number): (psi: Float64Array, grad: Float64Array) => number {
  const A = new Float64Array(p * p), values = new Float64Array(p), vectors = new Float64Array(p * p), work = new Float64Array(p);
  const sc = new Float64Array(p);
  return (psi, grad) => {
    for (let i = 0; i < p; i++) sc[i] = 1 / Math.sqrt(psi[i]!);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) A[i * p + j] = R[i * p + j]! * sc[i]! * sc[j]!;
    symmetricEigenInPlace(A, p, values, vectors, work);
    let f = 0;
    for (let k = m; k < p; k++) { const e = values[k]!; f += Math.log(e) - e; }
    // gradient: diag(ΛΛᵀ) with Λ_ik = √Ψ_i v_ik √max(e_k − 1, 0)
    for (let i = 0; i < p; i++) {
      let h = 0;
      for (let k = 0; k < m; k++) { const v = vectors[i * p + k]!; h += v * v * Math.max(values[k]! - 1, 0); }
      h *= psi[i]!;
      grad[i] = (h + psi[i]! - R[i * p + i]!) / (psi[i]! * psi[i]!);
    }
    return -(f - m + p);
  };
}
