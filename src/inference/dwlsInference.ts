import { spdInverse } from "../linalg/spdInverse.ts";

/** Robust inference of a DWLS fit: sandwich covariance and the mean- and variance-adjusted test. */
export interface DwlsInference {
  /** Var(θ̂) = E⁻¹ ΔᵀWΓWΔ E⁻¹ / N with E = ΔᵀWΔ, or null when E is singular. */
  readonly vcov: Float64Array | null;
  /** tr(UΓ) and tr((UΓ)²) with U = W − WΔE⁻¹ΔᵀW. */
  readonly traceUGamma: number;
  readonly traceUGamma2: number;
}

/**
 * Sandwich standard errors ("robust.sem") and the traces behind lavaan's scaled-shifted χ² for a
 * diagonally weighted least squares fit (WLSMV), one group.
 * Source: Satorra & Bentler (1994); Asparouhov & Muthén (2010) for the scaled-shifted statistic;
 * lavaan `lav_test_satorra_bentler_trace_original`.
 * @param jacobian Δ = ∂σ/∂θ at θ̂, row-major ns × npar
 * @param weights diagonal W (ns)
 * @param gamma Γ (NACOV, N-scaled), row-major ns × ns
 * @param npar free parameters
 * @param n sample size
 * @returns covariance and traces
 * @example
 * const inf = dwlsInference(ev.jacobian, w, gamma, npar, n);
 */
export function dwlsInference(jacobian: Float64Array, weights: Float64Array, gamma: Float64Array, npar: number, n: number): DwlsInference {
  const ns = weights.length;
  // E = ΔᵀWΔ
  const E = new Float64Array(npar * npar);
  for (let j = 0; j < ns; j++) {
    const w = weights[j]!, row = j * npar;
    for (let a = 0; a < npar; a++) {
      const da = jacobian[row + a]!;
      if (da === 0) continue;
      for (let b = 0; b < npar; b++) E[a * npar + b]! += w * da * jacobian[row + b]!;
    }
  }
  const Einv = new Float64Array(npar * npar);
  if (Number.isNaN(spdInverse(E, npar, Einv, new Float64Array(npar * npar)))) return { vcov: null, traceUGamma: NaN, traceUGamma2: NaN };
  // Q = WΔ (ns × npar), P = WΔE⁻¹ (ns × npar), A = QᵀΓ (npar × ns); then UΓ = WΓ − P A without forming U
  const Q = new Float64Array(ns * npar), P = new Float64Array(ns * npar), A = new Float64Array(npar * ns);
  for (let j = 0; j < ns; j++) for (let a = 0; a < npar; a++) Q[j * npar + a] = weights[j]! * jacobian[j * npar + a]!;
  for (let j = 0; j < ns; j++) for (let b = 0; b < npar; b++) {
    let s = 0;
    for (let a = 0; a < npar; a++) s += Q[j * npar + a]! * Einv[a * npar + b]!;
    P[j * npar + b] = s;
  }
  for (let k = 0; k < ns; k++) {
    for (let j = 0; j < ns; j++) {
      const g = gamma[k * ns + j]!;
      if (g === 0) continue;
      for (let a = 0; a < npar; a++) A[a * ns + j]! += Q[k * npar + a]! * g;
    }
  }
  const UG = new Float64Array(ns * ns);
  for (let i = 0; i < ns; i++) {
    const wi = weights[i]!;
    for (let j = 0; j < ns; j++) {
      let s = wi * gamma[i * ns + j]!;
      for (let a = 0; a < npar; a++) s -= P[i * npar + a]! * A[a * ns + j]!;
      UG[i * ns + j] = s;
    }
  }
  let tr1 = 0, tr2 = 0;
  for (let i = 0; i < ns; i++) tr1 += UG[i * ns + i]!;
  for (let i = 0; i < ns; i++) for (let j = 0; j < ns; j++) tr2 += UG[i * ns + j]! * UG[j * ns + i]!;
  // Var(θ̂) = E⁻¹ΔᵀW Γ WΔE⁻¹ / N = Pᵀ Γ P / N = (A P)ᵀ-free form: E⁻¹ (A P) / N
  const AP = new Float64Array(npar * npar);
  for (let a = 0; a < npar; a++) for (let b = 0; b < npar; b++) {
    let s = 0;
    for (let j = 0; j < ns; j++) s += A[a * ns + j]! * P[j * npar + b]!;
    AP[a * npar + b] = s;
  }
  const vcov = new Float64Array(npar * npar);
  for (let a = 0; a < npar; a++) for (let b = 0; b < npar; b++) {
    let s = 0;
    for (let c = 0; c < npar; c++) s += Einv[a * npar + c]! * AP[c * npar + b]!;
    vcov[a * npar + b] = s / n;
  }
  return { vcov, traceUGamma: tr1, traceUGamma2: tr2 };
}
