import type { Representation, GroupMatrices } from "../representation/types.ts";
import type { Discrepancy } from "./discrepancy.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments, type ImpliedBuffers } from "../representation/impliedMoments.ts";
import { fillPoolOf, freeSlots } from "./pool.ts";

/** Ordinal sample statistics of one group as the DWLS discrepancy consumes them. */
export interface DwlsTarget {
  /** lavaan's WLS.obs: thresholds (variable by variable), then polychoric correlations in vech order without the diagonal. */
  readonly wlsObs: Float64Array;
  /** Diagonal weights 1/diag(Γ). */
  readonly weights: Float64Array;
  /** For each free θ index, the wlsObs position of the threshold it is (−1 when it is not a threshold). */
  readonly thresholdOf: Int32Array;
  /** Number of thresholds at the start of wlsObs. */
  readonly nth: number;
}

/** The DWLS discrepancy with access to the model matrices and the Jacobian Δ = ∂σ/∂θ. */
export interface DwlsEvaluator extends Discrepancy {
  readonly mats: readonly GroupMatrices[];
  readonly implied: readonly ImpliedBuffers[];
  /** Δ at the last `derivatives` call: row-major (length of wlsObs) × npar. */
  readonly jacobian: Float64Array;
  /** σ(θ) at the last evaluation. */
  readonly sigma: Float64Array;
}

/**
 * Diagonally weighted least squares for ordinal indicators (lavaan's WLSMV point estimates), delta
 * parameterisation, one group:
 *   F(θ) = Σ_j w_j (s_j − σ_j(θ))²,  s = (τ̂, ρ̂),  σ(θ) = (τ, offdiag P(θ)),  P = ΛCΛᵀ + Θ with unit diagonal
 * (the residual variances of the latent responses are 1 − diag(ΛCΛᵀ), so only off-diagonal elements and
 * thresholds enter). Gradient −2ΔᵀW(s − σ); Gauss–Newton Hessian 2ΔᵀWΔ. χ² = N·F.
 * Source: Muthén, du Toit & Spisic (1997); lavaan `estimator.DWLS` (fmin = F/2).
 * @param rep compiled representation (thresholds are extra θ entries, see `target.thresholdOf`)
 * @param target sample statistics and weights
 * @returns the evaluator
 * @example
 * const ev = dwlsEvaluator(rep, target); fisherScoring(ev, start);
 */
export function dwlsEvaluator(rep: Representation, target: DwlsTarget): DwlsEvaluator {
  const { p, m } = rep;
  const q = p + 2 * m;
  const npar = rep.npar;
  const mats = allocateMatrices(rep);
  const implied = [allocateImplied(p, m)];
  const slots = freeSlots(rep, 0).filter((s) => s.u >= 0);
  const nth = target.nth;
  const ns = target.wlsObs.length;
  const sigma = new Float64Array(ns), resid = new Float64Array(ns);
  const jacobian = new Float64Array(ns * npar);
  const V = new Float64Array(p * q);
  const pairA = new Int32Array(ns - nth), pairB = new Int32Array(ns - nth);
  for (let b = 0, k = 0; b < p; b++) for (let a = b + 1; a < p; a++, k++) { pairA[k] = a; pairB[k] = b; }

  const evaluate = (theta: Float64Array): number => {
    fillMatrices(rep, theta, mats);
    if (!impliedMoments(mats[0]!, p, m, rep.hasBeta, implied[0]!)) return Infinity;
    for (let k = 0; k < npar; k++) { const t = target.thresholdOf[k]!; if (t >= 0) sigma[t] = theta[k]!; }
    const S = implied[0]!.sigma;
    for (let k = 0; k < pairA.length; k++) sigma[nth + k] = S[pairA[k]! * p + pairB[k]!]!;
    let f = 0;
    for (let j = 0; j < ns; j++) { const r = target.wlsObs[j]! - sigma[j]!; resid[j] = r; f += target.weights[j]! * r * r; }
    return f;
  };

  const derivatives = (theta: Float64Array, grad: Float64Array, hess: Float64Array | null): number => {
    const f = evaluate(theta);
    if (!Number.isFinite(f)) return Infinity;
    jacobian.fill(0);
    for (let k = 0; k < npar; k++) { const t = target.thresholdOf[k]!; if (t >= 0) jacobian[t * npar + k] = 1; }
    fillPoolOf(V, implied[0]!, p, m);
    for (const sl of slots) {
      for (let k = 0; k < pairA.length; k++) {
        const a = pairA[k]!, b = pairB[k]!;
        const d = sl.s * (V[a * q + sl.u]! * V[b * q + sl.v]! + V[a * q + sl.v]! * V[b * q + sl.u]!);
        if (d !== 0) jacobian[(nth + k) * npar + sl.k]! += d;
      }
    }
    grad.fill(0);
    for (let j = 0; j < ns; j++) {
      const wr = -2 * target.weights[j]! * resid[j]!;
      if (wr === 0) continue;
      for (let k = 0; k < npar; k++) grad[k]! += wr * jacobian[j * npar + k]!;
    }
    if (hess !== null) {
      hess.fill(0);
      for (let j = 0; j < ns; j++) {
        const w2 = 2 * target.weights[j]!, row = j * npar;
        for (let a = 0; a < npar; a++) {
          const da = jacobian[row + a]!;
          if (da === 0) continue;
          for (let b = 0; b <= a; b++) hess[a * npar + b]! += w2 * da * jacobian[row + b]!;
        }
      }
      for (let a = 0; a < npar; a++) for (let b = 0; b < a; b++) hess[b * npar + a] = hess[a * npar + b]!;
    }
    return f;
  };

  return { npar, mats, implied, jacobian, sigma, objective: evaluate, derivatives };
}
