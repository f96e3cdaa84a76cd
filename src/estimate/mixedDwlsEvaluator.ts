import type { Representation } from "../representation/types.ts";
import type { DwlsEvaluator, DwlsTarget } from "./dwlsEvaluator.ts";
import { fillMatrices } from "../representation/fillMatrices.ts";
import { impliedMoments } from "../representation/impliedMoments.ts";
import { fillPoolOf } from "./pool.ts";
import { dwlsBuffers } from "./dwlsBuffers.ts";
import { correlationJacobian } from "./correlationJacobian.ts";

/** DWLS target of one group with ordinal and continuous indicators. */
export interface MixedDwlsTarget extends DwlsTarget {
  /** For each of the nth first entries: 1 when it is the −mean of a continuous variable, 0 for a threshold. */
  readonly meanEntry: Uint8Array;
  /** The continuous variables, whose variances follow the nth first entries of wlsObs. */
  readonly numIdx: Int32Array;
}

/**
 * Diagonally weighted least squares for a mix of ordinal and continuous indicators (lavaan's WLSMV point
 * estimates, delta parameterisation), G groups: F(θ) = Σ_g c_g Σ_j w_gj (s_gj − σ_gj(θ))², c_g = (N_g − 1)/(N − G),
 * with σ_g as lavaan's WLS.est: for every variable in order its thresholds δ_v(τ_k − μ_v) (ordinal) or −μ_v
 * (continuous), then the variances Σ_vv of the continuous variables, then δ_aδ_b Σ_ab for a > b in vech order,
 * Σ = ΛCΛᵀ + Θ, μ = ν + Λ(I − B)⁻¹α, δ = 1 for continuous variables. Residual variances of continuous variables
 * are ordinary parameters; those of the latent responses do not enter (they are 1/δ² − diag(ΛCΛᵀ)).
 * Gradient −2Σ c_g Δ_gᵀW_g r_g, Gauss–Newton Hessian 2Σ c_g Δ_gᵀW_gΔ_g.
 * Source: Muthén (1984); Muthén, du Toit & Spisic (1997); lavaan 0.6-14 computeTH.LISREL (−μ for continuous
 * variables), lav_model_wls_est (th, diag(Σ)[num.idx], vech(Σ, diagonal = FALSE)), lav_model_objective.
 * @param rep compiled representation
 * @param targets sample statistics and bookkeeping, one per group
 * @returns the evaluator (the same interface as dwlsEvaluator's)
 * @throws never (an inadmissible θ gives an objective of Infinity)
 * @example
 * const ev = mixedDwlsEvaluator(rep, mixedTargets(pt, stats)); fisherScoring(ev, start);
 */
export function mixedDwlsEvaluator(rep: Representation, targets: readonly MixedDwlsTarget[]): DwlsEvaluator {
  const { p, m } = rep;
  const q = p + 2 * m;
  const npar = rep.npar;
  const G = targets.length;
  const { mats, implied, covSlots, meanSlots, sigmas, resids, jacobians, deltas, V, npair, pairA, pairB } = dwlsBuffers(rep, targets);

  const evaluate = (theta: Float64Array): number => {
    fillMatrices(rep, theta, mats);
    let f = 0;
    for (let g = 0; g < G; g++) {
      const t = targets[g]!, imp = implied[g]!, sigma = sigmas[g]!, resid = resids[g]!, delta = deltas[g]!;
      if (!impliedMoments(mats[g]!, p, m, rep.hasBeta, imp)) return Infinity;
      for (let v = 0; v < p; v++) { const k = t.deltaFree[v]!; delta[v] = k >= 0 ? theta[k]! : t.deltaFixed[v]!; }
      for (let j = 0; j < t.nth; j++) {
        const v = t.thresholdVar[j]!, mu = rep.meanstructure ? imp.mu[v]! : 0;
        if (t.meanEntry[j]) { sigma[j] = -mu; continue; }
        const k = t.thresholdFree[j]!;
        sigma[j] = delta[v]! * ((k >= 0 ? theta[k]! : t.thresholdFixed[j]!) - mu);
      }
      const S = imp.sigma, nnum = t.numIdx.length, off = t.nth + nnum;
      for (let k = 0; k < nnum; k++) { const v = t.numIdx[k]!; sigma[t.nth + k] = S[v * p + v]!; }
      for (let k = 0; k < npair; k++) { const a = pairA[k]!, b = pairB[k]!; sigma[off + k] = delta[a]! * delta[b]! * S[a * p + b]!; }
      let fg = 0;
      for (let j = 0; j < sigma.length; j++) { const r = t.wlsObs[j]! - sigma[j]!; resid[j] = r; fg += t.weights[j]! * r * r; }
      f += t.scale * fg;
    }
    return f;
  };

  const jacobianOf = (g: number, theta: Float64Array): void => {
    const t = targets[g]!, imp = implied[g]!, J = jacobians[g]!, delta = deltas[g]!;
    const nth = t.nth, nnum = t.numIdx.length, off = nth + nnum;
    J.fill(0);
    fillPoolOf(V, imp, p, m);
    // thresholds: ∂/∂τ = δ_v, ∂/∂δ_v = τ − μ_v, mean part −δ_v ∂μ_v/∂θ; −means: −∂μ_v/∂θ
    for (let j = 0; j < nth; j++) {
      const v = t.thresholdVar[j]!, row = j * npar, isMean = t.meanEntry[j] === 1;
      const dv = isMean ? 1 : delta[v]!;
      if (!isMean) {
        const kt = t.thresholdFree[j]!, kd = t.deltaFree[v]!;
        if (kt >= 0) J[row + kt]! += delta[v]!;
        if (kd >= 0) J[row + kd]! += (kt >= 0 ? theta[kt]! : t.thresholdFixed[j]!) - (rep.meanstructure ? imp.mu[v]! : 0);
      }
      for (const sl of meanSlots[g]!) {
        const c = sl.cFrom < 0 ? 1 : imp.Ma[sl.cFrom]!;
        const d = c * V[v * q + sl.z]!;
        if (d !== 0) J[row + sl.k]! -= dv * d;
      }
    }
    // variances of the continuous variables: ∂Σ_vv = 2s V_vu V_vv'
    for (const sl of covSlots[g]!) {
      for (let k = 0; k < nnum; k++) {
        const v = t.numIdx[k]!;
        const d = 2 * sl.s * V[v * q + sl.u]! * V[v * q + sl.v]!;
        if (d !== 0) J[(nth + k) * npar + sl.k]! += d;
      }
    }
    // covariances: δ_aδ_b ∂Σ_ab/∂θ, and Σ_ab times the other δ for a free scale factor
    correlationJacobian(J, npar, off, covSlots[g]!, V, p, q, pairA, pairB, delta, t.deltaFree, imp.sigma);
  };

  const derivatives = (theta: Float64Array, grad: Float64Array, hess: Float64Array | null): number => {
    const f = evaluate(theta);
    if (!Number.isFinite(f)) return Infinity;
    grad.fill(0);
    if (hess !== null) hess.fill(0);
    for (let g = 0; g < G; g++) {
      jacobianOf(g, theta);
      const t = targets[g]!, J = jacobians[g]!, resid = resids[g]!, ns = resid.length;
      for (let j = 0; j < ns; j++) {
        const wr = -2 * t.scale * t.weights[j]! * resid[j]!;
        if (wr === 0) continue;
        for (let k = 0; k < npar; k++) grad[k]! += wr * J[j * npar + k]!;
      }
      if (hess === null) continue;
      for (let j = 0; j < ns; j++) {
        const w2 = 2 * t.scale * t.weights[j]!, row = j * npar;
        for (let a = 0; a < npar; a++) {
          const da = J[row + a]!;
          if (da === 0) continue;
          for (let b = 0; b <= a; b++) hess[a * npar + b]! += w2 * da * J[row + b]!;
        }
      }
    }
    if (hess !== null) for (let a = 0; a < npar; a++) for (let b = 0; b < a; b++) hess[b * npar + a] = hess[a * npar + b]!;
    return f;
  };

  return { npar, mats, implied, jacobians, sigmas, deltas, objective: evaluate, derivatives };
}
