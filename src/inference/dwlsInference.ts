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
  // WΔ (ns × npar) and P = WΔ E⁻¹ (ns × npar)
  const WD = new Float64Array(ns * npar), P = new Float64Array(ns * npar);
  for (let j = 0; j < ns; j++) for (let a = 0; a < npar; a++) WD[j * npar + a] = weights[j]! * jacobian[j * npar + a]!;
  for (let j = 0; j < ns; j++) for (let b = 0; b < npar; b++) {
    let s = 0;
    for (let a = 0; a < npar; a++) s += WD[j * npar + a]! * Einv[a * npar + b]!;
    P[j * npar + b] = s;
  }
  // U = W − P (WΔ)ᵀ
  const U = new Float64Array(ns * ns);
  for (let i = 0; i < ns; i++) for (let j = 0; j < ns; j++) {
    let s = i === j ? weights[i]! : 0;
    for (let a = 0; a < npar; a++) s -= P[i * npar + a]! * WD[j * npar + a]!;
    U[i * ns + j] = s;
  }
  const UG = new Float64Array(ns * ns);
  for (let i = 0; i < ns; i++) for (let k = 0; k < ns; k++) {
    const u = U[i * ns + k]!;
    if (u === 0) continue;
    for (let j = 0; j < ns; j++) UG[i * ns + j]! += u * gamma[k * ns + j]!;
  }
  let tr1 = 0, tr2 = 0;
  for (let i = 0; i < ns; i++) tr1 += UG[i * ns + i]!;
  for (let i = 0; i < ns; i++) for (let j = 0; j < ns; j++) tr2 += UG[i * ns + j]! * UG[j * ns + i]!;
  // Var(θ̂) = Pᵀ Γ P / N  (since E⁻¹ΔᵀW = Pᵀ)
  const GP = new Float64Array(ns * npar);
  for (let i = 0; i < ns; i++) for (let k = 0; k < ns; k++) {
    const g = gamma[i * ns + k]!;
    if (g === 0) continue;
    for (let b = 0; b < npar; b++) GP[i * npar + b]! += g * P[k * npar + b]!;
  }
  const vcov = new Float64Array(npar * npar);
  for (let a = 0; a < npar; a++) for (let b = 0; b < npar; b++) {
    let s = 0;
    for (let i = 0; i < ns; i++) s += P[i * npar + a]! * GP[i * npar + b]!;
    vcov[a * npar + b] = s / n;
  }
  return { vcov, traceUGamma: tr1, traceUGamma2: tr2 };
}
