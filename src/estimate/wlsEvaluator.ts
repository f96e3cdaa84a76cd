import type { Representation } from "../representation/types.ts";
import type { MlEvaluator } from "./mlEvaluator.ts";
import type { MomentBlock } from "./momentBlocks.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments } from "../representation/impliedMoments.ts";
import { momentJacobian, momentCount } from "../representation/momentJacobian.ts";
import { EstimationError } from "../errors.ts";
import { message } from "../messages.ts";

/** The fixed weight matrix of one group of a least-squares discrepancy. */
export interface WlsWeight {
  /** Full symmetric weight (m×m, m = momentCount) for GLS, or null for the identity (ULS). */
  readonly W: Float64Array | null;
}

/**
 * Least-squares discrepancy with a fixed weight matrix per group (lavaan's GLS and ULS):
 *   F(θ) = Σ_g c_g (s_g − σ_g(θ))ᵀ W_g (s_g − σ_g(θ)),   c_g = (N_g − 1)/N in lavaan,
 * s_g = (vech S_g, m̄_g) and σ_g = (vech Σ_g, μ_g) in the moment order of `momentJacobian`;
 * χ² = N·F = Σ_g (N_g − 1) F_g (lavaan's fmin = F/2). GLS: W_g = ½ Dᵀ(S_g⁻¹ ⊗ S_g⁻¹)D (with S_g⁻¹
 * for the means), so F_g = ½ tr[(S_g⁻¹(S_g − Σ_g))²]; ULS: W_g = I. Gradient −2 Σ_g c_g Δ_gᵀ W_g r_g;
 * the Hessian supplied to the optimizer is the Gauss–Newton (expected) one, 2 Σ_g c_g Δ_gᵀ W_g Δ_g.
 * Source: Browne (1974), South African Statistical Journal 8, 1–24 (GLS); Jöreskog & Goldberger (1972);
 * Bollen (1989), eqs. 4.77–4.80; lavaan 0.6-14 R/lav_objective.R (estimator.GLS / estimator.ULS via
 * WLS.V, WLS.VD).
 * @param rep compiled model structure
 * @param blocks complete-data moment blocks (one per group; `cov` holds the estimator's S_g)
 * @param weights per-group weight matrices
 * @param groupScale per-group factors c_g
 * @returns an evaluator with the interface of the ML one (no casewise derivatives)
 * @throws nothing at construction; `casewiseDerivatives` throws EstimationError
 * @example
 * const ev = wlsEvaluator(rep, blocks, stats.cov.map(() => ({ W: null })), stats.nobs.map((n) => (n - 1) / stats.ntotal)); // ULS
 */
export function wlsEvaluator(rep: Representation, blocks: readonly MomentBlock[], weights: readonly WlsWeight[], groupScale: readonly number[]): MlEvaluator {
  const { p, m, ngroups, meanstructure, npar } = rep;
  const nm = momentCount(p, meanstructure), nv = (p * (p + 1)) / 2;
  const mats = allocateMatrices(rep);
  const implied = mats.map(() => allocateImplied(p, m));
  const s = new Float64Array(ngroups * nm), r = new Float64Array(ngroups * nm), Wr = new Float64Array(ngroups * nm);
  const fg = Float64Array.from(groupScale);
  for (const b of blocks) {
    const o = b.group * nm;
    let k = o;
    for (let a = 0; a < p; a++) for (let c = a; c < p; c++) s[k++] = b.cov[a * p + c]!;
    if (meanstructure) for (let a = 0; a < p; a++) s[o + nv + a] = b.mean[a]!;
  }

  const objective = (theta: Float64Array): number => {
    fillMatrices(rep, theta, mats);
    let f = 0;
    for (let g = 0; g < ngroups; g++) {
      const imp = implied[g]!;
      if (!impliedMoments(mats[g]!, p, m, rep.hasBeta, imp)) return Infinity;
      const o = g * nm;
      let k = o;
      for (let a = 0; a < p; a++) for (let c = a; c < p; c++, k++) r[k] = s[k]! - imp.sigma[a * p + c]!;
      if (meanstructure) for (let a = 0; a < p; a++) r[o + nv + a] = s[o + nv + a]! - imp.mu[a]!;
      const W = weights[g]!.W;
      let fgv = 0;
      for (let i = 0; i < nm; i++) {
        let v = r[o + i]!;
        if (W !== null) { v = 0; for (let j = 0; j < nm; j++) v += W[i * nm + j]! * r[o + j]!; }
        Wr[o + i] = v;
        fgv += r[o + i]! * v;
      }
      f += fg[g]! * fgv;
    }
    return f;
  };

  const derivatives = (theta: Float64Array, grad: Float64Array, hess: Float64Array | null): number => {
    const f = objective(theta);
    if (!Number.isFinite(f)) return Infinity;
    const D = momentJacobian(rep, implied);
    grad.fill(0);
    for (let row = 0; row < ngroups * nm; row++) {
      const c = -2 * fg[Math.floor(row / nm)]! * Wr[row]!;
      if (c === 0) continue;
      for (let k = 0; k < npar; k++) grad[k]! += c * D[row * npar + k]!;
    }
    if (hess !== null) {
      hess.fill(0);
      const WD = new Float64Array(nm * npar);
      for (let g = 0; g < ngroups; g++) {
        const W = weights[g]!.W, o = g * nm, w2 = 2 * fg[g]!;
        if (W === null) WD.set(D.subarray(o * npar, (o + nm) * npar));
        else {
          WD.fill(0);
          for (let i = 0; i < nm; i++) for (let j = 0; j < nm; j++) {
            const wij = W[i * nm + j]!;
            if (wij === 0) continue;
            const dj = (o + j) * npar, oi = i * npar;
            for (let k = 0; k < npar; k++) WD[oi + k]! += wij * D[dj + k]!;
          }
        }
        for (let i = 0; i < nm; i++) {
          const di = (o + i) * npar, oi = i * npar;
          for (let a = 0; a < npar; a++) {
            const da = D[di + a]!;
            if (da === 0) continue;
            for (let b = 0; b < npar; b++) hess[a * npar + b]! += w2 * da * WD[oi + b]!;
          }
        }
      }
    }
    return f;
  };

  const casewiseDerivatives = (): Float64Array => {
    throw new EstimationError(message.leastSquaresNoCasewise);
  };

  /** Observed Hessian of F by central differences of the analytic gradient (5-point stencil). */
  const observedHessian = (theta: Float64Array, out: Float64Array): void => {
    const h = 1e-6, t = new Float64Array(theta);
    const g1 = new Float64Array(npar), g2 = new Float64Array(npar), g3 = new Float64Array(npar), g4 = new Float64Array(npar);
    for (let j = 0; j < npar; j++) {
      const x = theta[j]!;
      t[j] = x - 2 * h; derivatives(t, g1, null);
      t[j] = x - h; derivatives(t, g2, null);
      t[j] = x + h; derivatives(t, g3, null);
      t[j] = x + 2 * h; derivatives(t, g4, null);
      t[j] = x;
      for (let i = 0; i < npar; i++) out[i * npar + j] = (g1[i]! - 8 * g2[i]! + 8 * g3[i]! - g4[i]!) / (12 * h);
    }
    for (let i = 0; i < npar; i++) for (let j = 0; j < i; j++) {
      const v = (out[i * npar + j]! + out[j * npar + i]!) / 2;
      out[i * npar + j] = v; out[j * npar + i] = v;
    }
    objective(theta);
  };

  const ev = { npar, mats, implied, objective, derivatives, casewiseDerivatives, observedHessian };
  return ev;
}
