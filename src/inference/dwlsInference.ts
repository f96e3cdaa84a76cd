import { spdInverse } from "../linalg/spdInverse.ts";
import { sparseRows } from "./sparseRows.ts";

/** One group of a DWLS fit as its inference needs it. */
export interface DwlsInferenceGroup {
  /** Δ_g = ∂σ_g/∂θ at θ̂, row-major ns_g × npar. */
  readonly jacobian: Float64Array;
  /** Diagonal W_g (ns_g): 1/diag(Γ_g). */
  readonly weights: Float64Array;
  /** Γ_g (NACOV, N_g-scaled), row-major ns_g × ns_g. */
  readonly gamma: Float64Array;
  /** N_g. */
  readonly nobs: number;
}

/** Robust inference of a DWLS fit: sandwich covariance and the mean- and variance-adjusted test. */
export interface DwlsInference {
  /** Var(θ̂) = E⁻¹ (Σ f_g Δ_gᵀW_gΓ_gW_gΔ_g) E⁻¹ / (N − G) with E = Σ f_g Δ_gᵀW_gΔ_g, or null when E is singular. */
  readonly vcov: Float64Array | null;
  /** E⁻¹ (npar × npar; lavaan's inverted expected information of the DWLS fit), or null when E is singular. */
  readonly informationInverse: Float64Array | null;
  /** tr(UΓ) and tr((UΓ)²) with U = V − VΔE⁻¹ΔᵀV, V = ⊕ f_g W_g, Γ = ⊕ Γ_g/f_g. */
  readonly traceUGamma: number;
  readonly traceUGamma2: number;
}

/**
 * Sandwich standard errors ("robust.sem") and the traces behind lavaan's scaled-shifted χ² for a
 * diagonally weighted least squares fit (WLSMV) of G groups, f_g = N_g/N:
 *   E = Σ_g f_g Δ_gᵀW_gΔ_g,  M = Σ_g f_g Δ_gᵀW_gΓ_gW_gΔ_g,  Var(θ̂) = E⁻¹ M E⁻¹ / (N − G),
 *   UΓ with blocks (UΓ)_gh = [g = h] W_gΓ_g − f_g W_gΔ_g E⁻¹ Δ_hᵀW_hΓ_h, whose traces reduce to
 *   tr(UΓ) = Σ_g tr(W_gΓ_g) − tr(E⁻¹M),
 *   tr((UΓ)²) = Σ_g tr((W_gΓ_g)²) − 2 tr(E⁻¹ Σ_g f_g A_gW_gA_gᵀ) + tr((E⁻¹M)²),  A_g = Δ_gᵀW_gΓ_g,
 * so no ns × ns product is formed, and Δ is used by its non-zero entries.
 * Equality constraints are already in θ (one index per set of equal parameters), which gives the same
 * ΔE⁻¹Δᵀ as lavaan's augmented information.
 * Source: Satorra & Bentler (1994); Asparouhov & Muthén (2010) for the scaled-shifted statistic;
 * lavaan 0.6-14 `lav_model_nvcov_robust_sem`, `lav_test_satorra_bentler_trace_original` (Satterthwaite branch).
 * @param groups Δ, W, Γ and N of every group
 * @param npar free parameters
 * @returns covariance, E⁻¹ and traces (NaN traces and null matrices when E is singular)
 * @throws never
 * @example
 * const inf = dwlsInference([{ jacobian: ev.jacobians[0], weights: w, gamma, nobs: 386 }], npar);
 */
export function dwlsInference(groups: readonly DwlsInferenceGroup[], npar: number): DwlsInference {
  const G = groups.length;
  const N = groups.reduce((s, g) => s + g.nobs, 0);
  const E = new Float64Array(npar * npar), M = new Float64Array(npar * npar), K = new Float64Array(npar * npar);
  let trWG = 0, trWG2 = 0;
  for (const { jacobian, weights: w, gamma, nobs } of groups) {
    const ns = w.length, fg = nobs / N;
    const Q = sparseRows(jacobian, ns, npar, w); // W Δ
    const { ptr, idx, val } = Q;
    // E += f_g Δᵀ W Δ = f_g Qᵀ W⁻¹ Q
    for (let j = 0; j < ns; j++) {
      const c = fg / w[j]!;
      for (let x = ptr[j]!; x < ptr[j + 1]!; x++) {
        const a = idx[x]!, qa = c * val[x]!;
        for (let y = ptr[j]!; y < ptr[j + 1]!; y++) E[a * npar + idx[y]!]! += qa * val[y]!;
      }
    }
    // A = QᵀΓ (npar × ns)
    const A = new Float64Array(npar * ns);
    for (let k = 0; k < ns; k++) {
      const gk = k * ns;
      for (let x = ptr[k]!; x < ptr[k + 1]!; x++) {
        const ra = idx[x]! * ns, q = val[x]!;
        for (let i = 0; i < ns; i++) A[ra + i]! += q * gamma[gk + i]!;
      }
    }
    // M += f_g A Q ; K += f_g A W Aᵀ
    for (let k = 0; k < ns; k++) {
      for (let x = ptr[k]!; x < ptr[k + 1]!; x++) {
        const b = idx[x]!, q = fg * val[x]!;
        for (let a = 0; a < npar; a++) M[a * npar + b]! += A[a * ns + k]! * q;
      }
    }
    for (let a = 0; a < npar; a++) {
      const ra = a * ns;
      for (let b = 0; b <= a; b++) {
        const rb = b * ns;
        let s = 0;
        for (let i = 0; i < ns; i++) s += A[ra + i]! * w[i]! * A[rb + i]!;
        K[a * npar + b]! += fg * s;
        if (b !== a) K[b * npar + a]! += fg * s;
      }
    }
    for (let i = 0; i < ns; i++) {
      trWG += w[i]! * gamma[i * ns + i]!;
      for (let j = 0; j < ns; j++) { const v = gamma[i * ns + j]!; trWG2 += w[i]! * w[j]! * v * v; }
    }
  }
  const Einv = new Float64Array(npar * npar);
  if (Number.isNaN(spdInverse(E, npar, Einv, new Float64Array(npar * npar)))) {
    return { vcov: null, informationInverse: null, traceUGamma: NaN, traceUGamma2: NaN };
  }
  const EM = matMul(Einv, M, npar);
  let trEM = 0, trEM2 = 0, trEK = 0;
  for (let a = 0; a < npar; a++) {
    trEM += EM[a * npar + a]!;
    for (let b = 0; b < npar; b++) { trEM2 += EM[a * npar + b]! * EM[b * npar + a]!; trEK += Einv[a * npar + b]! * K[b * npar + a]!; }
  }
  const vcov = matMul(EM, Einv, npar);
  const nEff = N - G;
  for (let i = 0; i < vcov.length; i++) vcov[i]! /= nEff;
  return { vcov, informationInverse: Einv, traceUGamma: trWG - trEM, traceUGamma2: trWG2 - 2 * trEK + trEM2 };
}

/** X Y for square row-major n × n matrices. */
function matMul(X: Float64Array, Y: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const x = X[i * n + k]!;
      if (x === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j]! += x * Y[k * n + j]!;
    }
  }
  return out;
}
