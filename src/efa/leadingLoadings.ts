import { symmetricEigen } from "../linalg/symmetricEigen.ts";

/**
 * Loadings from the leading eigen-pairs of a symmetric matrix: Λ = V_m diag(√max(λ_k − shift, 0)).
 * shift = 0 gives principal-axis / minres loadings of R − Ψ (psych's FAout.wls) and principal
 * components of R; shift = 1 gives the ML loadings of Ψ^{-1/2} R Ψ^{-1/2} before rescaling (FAout).
 *
 * Source: psych::fa `FAout.wls` / `FAout` (Revelle 2022); R stats::factanal.
 * @param A row-major p×p symmetric matrix (not modified)
 * @param p order
 * @param m number of leading eigen-pairs
 * @param shift subtracted from each eigenvalue before the square root
 * @returns row-major p×m loadings
 * @throws never
 * @example
 * leadingLoadings(new Float64Array([1, 0.5, 0.5, 1]), 2, 1, 0); // ±[√0.75, √0.75]
 */
export function leadingLoadings(A: Float64Array, p: number, m: number, shift: number): Float64Array {
  const { values, vectors } = symmetricEigen(A, p);
  const L = new Float64Array(p * m);
  for (let k = 0; k < m; k++) {
    const sq = Math.sqrt(Math.max(values[k]! - shift, 0));
    for (let i = 0; i < p; i++) L[i * m + k] = vectors[i * p + k]! * sq;
  }
  return L;
}
