import { spdInverse } from "../linalg/spdInverse.ts";
import { symmetricEigen } from "../linalg/symmetricEigen.ts";

/** Sampling covariance of θ̂, or the reason it could not be formed. */
export interface VcovResult {
  /** npar×npar covariance matrix, or null when the information matrix is singular. */
  readonly vcov: Float64Array | null;
  /** 0-based indices of the parameters involved in a rank deficiency (empty when identified). */
  readonly unidentified: readonly number[];
}

/**
 * Covariance matrix of ML estimates from the expected information:
 *   Var(θ̂) = (N/2 · H)⁻¹,  H = E[∂²F/∂θ∂θᵀ],  F the ML discrepancy (so that χ² = N·F).
 * When H is singular (an unidentified model), the eigenvectors of its near-zero eigenvalues
 * name the parameters involved (those with loadings above 0.1 on such a vector).
 *
 * Source: Bollen (1989), eq. 4.73; lavaan `lav_model_vcov` (information = "expected").
 * @param hess expected Hessian of F (npar×npar)
 * @param npar number of free parameters
 * @param ntotal total sample size N
 * @returns the covariance, or null with the parameters involved
 * @example
 * vcovFromInformation(new Float64Array([2]), 1, 100).vcov; // [0.01]
 */
export function vcovFromInformation(hess: Float64Array, npar: number, ntotal: number): VcovResult {
  // I⁻¹ = (2/N) H⁻¹: invert H itself and scale the result (no scaled copy of H)
  const scale = ntotal / 2;
  const out = new Float64Array(npar * npar);
  const logdetH = spdInverse(hess, npar, out, new Float64Array(npar * npar));
  for (let i = 0; i < npar * npar; i++) out[i] = out[i]! / scale;
  const logdet = logdetH + npar * Math.log(scale);
  // the eigen analysis is only needed when the Cholesky factorisation fails or the matrix is nearly singular.
  // One near-zero eigenvalue barely moves log|I| relative to npar·log(max diag), so also test the variance
  // inflation I_ii·(I⁻¹)_ii = 1/(1 − R²_i) of each parameter: max_i VIF_i ≥ 1/(npar·λmin) of the
  // diagonally scaled information, so a (near) rank deficiency always shows up as a huge VIF.
  let minDiag = Infinity, maxDiag = 0, maxVif = 0;
  for (let i = 0; i < npar; i++) {
    const d = hess[i * npar + i]! * scale;
    minDiag = Math.min(minDiag, d);
    maxDiag = Math.max(maxDiag, d);
    maxVif = Math.max(maxVif, d * out[i * npar + i]!);
  }
  const suspicious = Number.isNaN(logdet) || !(minDiag > 0) || logdet < npar * Math.log(maxDiag) + npar * Math.log(1e-10) ||
    !(maxVif < 1e8);
  const unidentified = suspicious ? nearNullParameters(Float64Array.from(hess.subarray(0, npar * npar), (v) => v * scale), npar) : [];
  if (Number.isNaN(logdet) || unidentified.length > 0) return { vcov: null, unidentified };
  return { vcov: out, unidentified: [] };
}

function nearNullParameters(info: Float64Array, npar: number): number[] {
  if (npar === 0) return [];
  const { values, vectors } = symmetricEigen(info, npar);
  let maxEv = 0;
  for (const v of values) maxEv = Math.max(maxEv, Math.abs(v));
  const involved = new Set<number>();
  values.forEach((ev, k) => {
    if (ev > maxEv * 1e-10) return;
    for (let i = 0; i < npar; i++) if (Math.abs(vectors[i * npar + k]!) > 0.1) involved.add(i);
  });
  return [...involved].sort((a, b) => a - b);
}
