import { choleskyInPlace } from "../linalg/cholesky.ts";
import { symmetricEigen } from "../linalg/symmetricEigen.ts";

/** A factor F of a covariance matrix S = F Fᵀ (row-major p×p). */
export interface MatrixFactor {
  readonly F: Float64Array;
  /** True when F is lower triangular (Cholesky), so x_a needs only z_0..z_a. */
  readonly lower: boolean;
}

/**
 * Factor a covariance matrix for drawing multivariate normal vectors x = μ + F z: the Cholesky
 * factor when S is positive definite, else (a singular but positive semi-definite S, e.g. an
 * indicator without residual variance) F = V·diag(√max(λ, 0)) from the eigen-decomposition, as
 * lavaan's `lav_mvrnorm` (MASS::mvrnorm) does.
 *
 * Source: Golub & Van Loan (2013), Algorithm 4.2.1; Ripley (1987), Stochastic Simulation, §3.6.
 * @param S row-major p×p covariance matrix (not modified)
 * @param p order
 * @returns the factor, or null when S has a clearly negative eigenvalue
 * @throws never
 * @example
 * matrixFactor(new Float64Array([4, 2, 2, 3]), 2)?.F; // [2, 0, 1, √2]
 */
export function matrixFactor(S: Float64Array, p: number): MatrixFactor | null {
  const L = Float64Array.from(S);
  if (choleskyInPlace(L, p)) {
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) L[i * p + j] = 0;
    return { F: L, lower: true };
  }
  const { values, vectors } = symmetricEigen(S, p);
  const tol = 1e-8 * Math.max(Math.abs(values[0]!), 1);
  if (values[p - 1]! < -tol) return null;
  const F = new Float64Array(p * p);
  for (let k = 0; k < p; k++) {
    const s = Math.sqrt(Math.max(values[k]!, 0));
    for (let i = 0; i < p; i++) F[i * p + k] = vectors[i * p + k]! * s;
  }
  return { F, lower: false };
}
