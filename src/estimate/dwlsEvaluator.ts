import type { Representation, GroupMatrices } from "../representation/types.ts";
import type { Discrepancy } from "./discrepancy.ts";
import type { DwlsTarget } from "./dwlsTarget.ts";
export type { DwlsTarget } from "./dwlsTarget.ts";
import { fillMatrices } from "../representation/fillMatrices.ts";
import { impliedMoments, type ImpliedBuffers } from "../representation/impliedMoments.ts";
import { fillPoolOf } from "./pool.ts";
import { dwlsBuffers } from "./dwlsBuffers.ts";
import { correlationJacobian } from "./correlationJacobian.ts";


/** The DWLS discrepancy with access to the model matrices and the Jacobian Δ = ∂σ/∂θ of every group. */
export interface DwlsEvaluator extends Discrepancy {
  readonly mats: readonly GroupMatrices[];
  readonly implied: readonly ImpliedBuffers[];
  /** Δ_g at the last `derivatives` call: row-major (length of wlsObs_g) × npar, per group. */
  readonly jacobians: readonly Float64Array[];
  /** σ_g(θ) (lavaan's WLS.est: model thresholds, then model correlations) at the last evaluation, per group. */
  readonly sigmas: readonly Float64Array[];
  /** Scale factors δ_g at the last evaluation, per group. */
  readonly deltas: readonly Float64Array[];
  /** `derivatives` at the θ of the latest `objective` call, without evaluating F again. */
  derivativesAtLastObjective?(grad: Float64Array, hess: Float64Array | null): number;
}

/**
 * Diagonally weighted least squares for ordinal indicators (lavaan's WLSMV point estimates), delta
 * parameterisation, G groups:
 *   F(θ) = Σ_g c_g Σ_j w_gj (s_gj − σ_gj(θ))²,  c_g = (N_g − 1)/(N − G),
 *   σ_g = (δ_v(τ_k − μ_v) for every threshold k of variable v,  δ_a δ_b Σ*_ab for a > b),
 * with Σ* = ΛCΛᵀ + Θ, μ = ν + Λ(I − B)⁻¹α and δ the scale factors `~*~` (1 unless free). Only the
 * off-diagonal elements of Σ* enter: the residual variances of the latent responses are
 * 1/δ² − diag(ΛCΛᵀ), so the implied correlation matrix has a unit diagonal. Gradient −2Σ c_g Δ_gᵀW_g r_g;
 * Gauss–Newton Hessian 2Σ c_g Δ_gᵀW_gΔ_g. χ² = (N − G)·F = Σ_g (N_g − 1)F_g.
 * Source: Muthén, du Toit & Spisic (1997); lavaan 0.6-14 `estimator.DWLS`, `computeTH` (thresholds times
 * δ), delta parameterisation and the group weights of `lav_model_objective`.
 * @param rep compiled representation (thresholds and free scale factors are extra θ entries, see the targets)
 * @param targets sample statistics and bookkeeping, one per group
 * @returns the evaluator
 * @throws never (an inadmissible θ gives an objective of Infinity)
 * @example
 * const ev = dwlsEvaluator(rep, targets); fisherScoring(ev, start);
 */
export function dwlsEvaluator(rep: Representation, targets: readonly DwlsTarget[]): DwlsEvaluator {
  const { p, m } = rep;
  const q = p + 2 * m;
  const npar = rep.npar;
  const G = targets.length;
  const { mats, implied, covSlots, meanSlots, sigmas, resids, jacobians, deltas, V, npair, pairA, pairB } = dwlsBuffers(rep, targets);

  const lastTheta = new Float64Array(npar);
  let lastF = Infinity;
  const evaluate = (theta: Float64Array): number => {
    lastTheta.set(theta);
    lastF = Infinity;
    fillMatrices(rep, theta, mats);
    let f = 0;
    for (let g = 0; g < G; g++) {
      const t = targets[g]!, imp = implied[g]!, sigma = sigmas[g]!, resid = resids[g]!, delta = deltas[g]!;
      if (!impliedMoments(mats[g]!, p, m, rep.hasBeta, imp)) return Infinity;
      for (let v = 0; v < p; v++) { const k = t.deltaFree[v]!; delta[v] = k >= 0 ? theta[k]! : t.deltaFixed[v]!; }
      for (let j = 0; j < t.nth; j++) {
        const v = t.thresholdVar[j]!, k = t.thresholdFree[j]!;
        const tau = k >= 0 ? theta[k]! : t.thresholdFixed[j]!;
        sigma[j] = delta[v]! * (tau - (rep.meanstructure ? imp.mu[v]! : 0));
      }
      const S = imp.sigma;
      for (let k = 0; k < npair; k++) { const a = pairA[k]!, b = pairB[k]!; sigma[t.nth + k] = delta[a]! * delta[b]! * S[a * p + b]!; }
      let fg = 0;
      for (let j = 0; j < sigma.length; j++) { const r = t.wlsObs[j]! - sigma[j]!; resid[j] = r; fg += t.weights[j]! * r * r; }
      f += t.scale * fg;
    }
    return (lastF = f);
  };

  const jacobianOf = (g: number, theta: Float64Array): void => {
    const t = targets[g]!, imp = implied[g]!, J = jacobians[g]!, delta = deltas[g]!;
    const nth = t.nth;
    J.fill(0);
    fillPoolOf(V, imp, p, m);
    // thresholds: ∂/∂τ = δ_v, ∂/∂δ_v = τ − μ_v, ∂/∂θ (mean part) = −δ_v ∂μ_v/∂θ
    for (let j = 0; j < nth; j++) {
      const v = t.thresholdVar[j]!, row = j * npar, kt = t.thresholdFree[j]!, kd = t.deltaFree[v]!;
      if (kt >= 0) J[row + kt]! += delta[v]!;
      if (kd >= 0) {
        const tau = kt >= 0 ? theta[kt]! : t.thresholdFixed[j]!;
        J[row + kd]! += tau - (rep.meanstructure ? imp.mu[v]! : 0);
      }
      for (const sl of meanSlots[g]!) {
        const c = sl.cFrom < 0 ? 1 : imp.Ma[sl.cFrom]!;
        const d = c * V[v * q + sl.z]!;
        if (d !== 0) J[row + sl.k]! -= delta[v]! * d;
      }
    }
    // correlations: δ_aδ_b ∂Σ*_ab/∂θ, and Σ*_ab times the other δ for a free scale factor
    correlationJacobian(J, npar, nth, covSlots[g]!, V, p, q, pairA, pairB, delta, t.deltaFree, imp.sigma);
  };

  // gradient and Gauss–Newton Hessian from the non-zero entries of each row of Δ, looked for among the
  // columns jacobianOf can write in that row (sorted): threshold, scale factor and mean parameters of a
  // threshold row; Σ* parameters and scale factors of a correlation row
  // (flat lists: row j of group g uses colIdx[rowStart[g][j]] … colIdx[rowEnd[g][j] − 1]; correlation rows share one list)
  const colList: number[] = [];
  const pushSorted = (ks: number[]): void => {
    const from = colList.length;
    for (const k of ks) {
      if (k < 0) continue;
      let x = colList.length;
      while (x > from && colList[x - 1]! > k) x--;
      if (x > from && colList[x - 1] === k) continue;
      colList.splice(x, 0, k);
    }
  };
  const rowStart = targets.map((t) => new Int32Array(t.wlsObs.length)), rowEnd = targets.map((t) => new Int32Array(t.wlsObs.length));
  targets.forEach((t, g) => {
    const starts = rowStart[g]!, ends = rowEnd[g]!;
    const mean = meanSlots[g]!.map((sl) => sl.k);
    for (let j = 0; j < t.nth; j++) {
      starts[j] = colList.length;
      pushSorted([t.thresholdFree[j]!, t.deltaFree[t.thresholdVar[j]!]!, ...mean]);
      ends[j] = colList.length;
    }
    const c0 = colList.length;
    pushSorted([...covSlots[g]!.map((sl) => sl.k), ...t.deltaFree]);
    for (let k = 0; k < npair; k++) { starts[t.nth + k] = c0; ends[t.nth + k] = colList.length; }
  });
  const colIdx = Int32Array.from(colList);
  const nz = new Int32Array(npar);
  const derivativesAt = (theta: Float64Array, f: number, grad: Float64Array, hess: Float64Array | null): number => {
    if (!Number.isFinite(f)) return Infinity;
    grad.fill(0);
    if (hess !== null) hess.fill(0);
    for (let g = 0; g < G; g++) {
      jacobianOf(g, theta);
      const t = targets[g]!, J = jacobians[g]!, resid = resids[g]!, ns = resid.length, starts = rowStart[g]!, ends = rowEnd[g]!;
      for (let j = 0; j < ns; j++) {
        const row = j * npar;
        let cnt = 0;
        for (let x = starts[j]!, end = ends[j]!; x < end; x++) { const k = colIdx[x]!; if (J[row + k] !== 0) nz[cnt++] = k; }
        const wr = -2 * t.scale * t.weights[j]! * resid[j]!;
        if (wr !== 0) for (let c = 0; c < cnt; c++) { const k = nz[c]!; grad[k]! += wr * J[row + k]!; }
        if (hess === null) continue;
        const w2 = 2 * t.scale * t.weights[j]!;
        for (let x = 0; x < cnt; x++) {
          const a = nz[x]!, da = J[row + a]!, ra = a * npar;
          for (let y = 0; y <= x; y++) { const b = nz[y]!; hess[ra + b]! += w2 * da * J[row + b]!; }
        }
      }
    }
    if (hess !== null) for (let a = 0; a < npar; a++) for (let b = 0; b < a; b++) hess[b * npar + a] = hess[a * npar + b]!;
    return f;
  };
  const derivatives = (theta: Float64Array, grad: Float64Array, hess: Float64Array | null): number =>
    derivativesAt(theta, evaluate(theta), grad, hess);
  // the state of the latest objective() call (implied moments, residuals) is that of lastTheta
  const derivativesAtLastObjective = (grad: Float64Array, hess: Float64Array | null): number =>
    derivativesAt(lastTheta, lastF, grad, hess);

  return { npar, mats, implied, jacobians, sigmas, deltas, objective: evaluate, derivatives, derivativesAtLastObjective };
}
