import type { Representation, GroupMatrices } from "../representation/types.ts";
import { Mat } from "../representation/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments, type ImpliedBuffers } from "../representation/impliedMoments.ts";
import { spdInverse } from "../linalg/spdInverse.ts";

/**
 * Normal-theory ML discrepancy, its gradient and its expected Hessian.
 *
 *   F(θ) = Σ_g (N_g/N) [ log|Σ_g| + tr(S_g Σ_g⁻¹) − log|S_g| − p + (m_g − μ_g)ᵀ Σ_g⁻¹ (m_g − μ_g) ]
 *
 * (Jöreskog 1969; Bollen 1989, eq. 4.67; lavaan's `estimator.ML`, with χ² = N·F and fmin = F/2.)
 *
 * Every derivative ∂Σ/∂θ_k of a LISREL model is a sum of terms s·(u vᵀ + v uᵀ) whose vectors
 * u, v come from the pool V = [I_p | ΛM | ΛC]; ∂μ/∂θ_k is c·z with z in the same pool. So the
 * gradient needs only Vᵀ W V and the expected Hessian only Vᵀ Σ⁻¹ V:
 *   tr(Σ⁻¹ A Σ⁻¹ B) = 2[(uᵀKx)(vᵀKy) + (uᵀKy)(vᵀKx)]  for A = uvᵀ+vuᵀ, B = xyᵀ+yxᵀ, K = Σ⁻¹.
 * Nothing is allocated per evaluation.
 */
export interface MlEvaluator {
  readonly npar: number;
  /** Per-group matrices at the last evaluated θ. */
  readonly mats: readonly GroupMatrices[];
  /** Per-group implied moments at the last evaluated θ. */
  readonly implied: readonly ImpliedBuffers[];
  /** F(θ); +Infinity when some Σ_g is not positive definite. */
  objective(theta: Float64Array): number;
  /**
   * F(θ), with its gradient written to `grad` and, when given, the expected Hessian
   * E[∂²F/∂θ∂θᵀ] written to `hess` (npar×npar). Returns +Infinity when Σ is not PD.
   */
  derivatives(theta: Float64Array, grad: Float64Array, hess: Float64Array | null): number;
}

interface FreeSlot {
  readonly k: number; // θ index
  readonly u: number; readonly v: number; readonly s: number; // Σ part: s(u vᵀ + v uᵀ); u < 0 when none
  readonly z: number; readonly cFrom: number; // μ part: c·z; cFrom = −1 → c = 1, else c = Mα[cFrom]; z < 0 when none
}

interface GroupWork {
  readonly K: Float64Array; readonly W: Float64Array; readonly work: Float64Array;
  readonly V: Float64Array; readonly KV: Float64Array; readonly G: Float64Array; readonly H: Float64Array;
  readonly diff: Float64Array; readonly Kd: Float64Array; readonly r: Float64Array;
  readonly logdetS: number;
  readonly slots: readonly FreeSlot[];
}

/**
 * Compile the ML discrepancy for a representation and sample statistics.
 * @param rep compiled model structure
 * @param stats sample means and covariances (N denominator) per group
 * @returns an allocation-free evaluator
 * @throws nothing; a non-PD sample covariance gives F = +Infinity at every θ
 * @example
 * const ev = mlEvaluator(rep, stats); ev.objective(theta);
 */
export function mlEvaluator(rep: Representation, stats: SampleStatistics): MlEvaluator {
  const { p, m, ngroups } = rep;
  const q = p + 2 * m;
  const mats = allocateMatrices(rep);
  const implied = mats.map(() => allocateImplied(p, m));
  const weights = stats.nobs.map((n) => n / stats.ntotal);
  const groups: GroupWork[] = [];
  for (let g = 0; g < ngroups; g++) {
    const Sinv = new Float64Array(p * p), work = new Float64Array(p * p);
    const logdetS = spdInverse(stats.cov[g]!, p, Sinv, work);
    groups.push({
      K: new Float64Array(p * p), W: new Float64Array(p * p), work, V: new Float64Array(p * q), KV: new Float64Array(p * q),
      G: new Float64Array(q * q), H: new Float64Array(q * q), diff: new Float64Array(p), Kd: new Float64Array(p),
      r: new Float64Array(q), logdetS, slots: freeSlots(rep, g),
    });
  }

  const evalGroup = (g: number): number => {
    const imp = implied[g]!, w = groups[g]!;
    if (!impliedMoments(mats[g]!, p, m, rep.hasBeta, imp)) return Infinity;
    const logdet = spdInverse(imp.sigma, p, w.K, w.work);
    if (Number.isNaN(logdet)) return Infinity;
    const S = stats.cov[g]!, K = w.K;
    let trace = 0;
    for (let a = 0; a < p * p; a++) trace += S[a]! * K[a]!;
    let f = logdet + trace - w.logdetS - p;
    if (rep.meanstructure) {
      const mean = stats.mean[g]!;
      for (let a = 0; a < p; a++) w.diff[a] = mean[a]! - imp.mu[a]!;
      for (let a = 0; a < p; a++) {
        let s = 0;
        for (let b = 0; b < p; b++) s += K[a * p + b]! * w.diff[b]!;
        w.Kd[a] = s;
        f += w.diff[a]! * s;
      }
    }
    return f;
  };

  const objective = (theta: Float64Array): number => {
    fillMatrices(rep, theta, mats);
    let f = 0;
    for (let g = 0; g < ngroups; g++) {
      const fg = evalGroup(g);
      if (!Number.isFinite(fg)) return Infinity;
      f += weights[g]! * fg;
    }
    return f;
  };

  const derivatives = (theta: Float64Array, grad: Float64Array, hess: Float64Array | null): number => {
    const f = objective(theta);
    if (!Number.isFinite(f)) return Infinity;
    grad.fill(0);
    if (hess !== null) hess.fill(0);
    for (let g = 0; g < ngroups; g++) accumulateGroup(g, grad, hess);
    return f;
  };

  const accumulateGroup = (g: number, grad: Float64Array, hess: Float64Array | null): void => {
    const w = groups[g]!, imp = implied[g]!, wg = weights[g]!;
    const { K, W, V, KV, G, H, r } = w;
    const S = stats.cov[g]!;
    // V = [I | D | LC]
    V.fill(0);
    for (let a = 0; a < p; a++) {
      V[a * q + a] = 1;
      for (let j = 0; j < m; j++) { V[a * q + p + j] = imp.D[a * m + j]!; V[a * q + p + m + j] = imp.LC[a * m + j]!; }
    }
    // W = K − K S̃ K with S̃ = S + d dᵀ ; computed as K − (K S K) − (Kd)(Kd)ᵀ
    const KS = w.work;
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
      let s = 0;
      for (let c = 0; c < p; c++) s += K[a * p + c]! * S[c * p + b]!;
      KS[a * p + b] = s;
    }
    for (let a = 0; a < p; a++) for (let b = 0; b <= a; b++) {
      let s = 0;
      for (let c = 0; c < p; c++) s += KS[a * p + c]! * K[c * p + b]!;
      if (rep.meanstructure) s += w.Kd[a]! * w.Kd[b]!;
      const v = K[a * p + b]! - s;
      W[a * p + b] = v; W[b * p + a] = v;
    }
    // H = Vᵀ W V ; G = Vᵀ K V (only when the Hessian is wanted)
    quadForm(W, V, p, q, KV, H);
    if (hess !== null) quadForm(K, V, p, q, KV, G);
    if (rep.meanstructure) {
      for (let x = 0; x < q; x++) {
        let s = 0;
        for (let a = 0; a < p; a++) s += V[a * q + x]! * w.Kd[a]!;
        r[x] = s;
      }
    }
    const slots = w.slots, ns = slots.length, Ma = imp.Ma;
    for (let a = 0; a < ns; a++) {
      const sa = slots[a]!;
      let ga = 0;
      if (sa.u >= 0) ga += 2 * sa.s * H[sa.u * q + sa.v]!;
      const ca = sa.cFrom < 0 ? 1 : Ma[sa.cFrom]!;
      if (rep.meanstructure && sa.z >= 0) ga -= 2 * ca * r[sa.z]!;
      grad[sa.k]! += wg * ga;
      if (hess === null) continue;
      for (let b = 0; b <= a; b++) {
        const sb = slots[b]!;
        let h = 0;
        if (sa.u >= 0 && sb.u >= 0) {
          h += 2 * sa.s * sb.s * (G[sa.u * q + sb.u]! * G[sa.v * q + sb.v]! + G[sa.u * q + sb.v]! * G[sa.v * q + sb.u]!);
        }
        if (rep.meanstructure && sa.z >= 0 && sb.z >= 0) {
          const cb = sb.cFrom < 0 ? 1 : Ma[sb.cFrom]!;
          h += 2 * ca * cb * G[sa.z * q + sb.z]!;
        }
        if (h === 0) continue;
        h *= wg;
        hess[sa.k * rep.npar + sb.k]! += h;
        if (a !== b) hess[sb.k * rep.npar + sa.k]! += h; // the pair (b, a) contributes the same term
      }
    }
  };

  return { npar: rep.npar, mats, implied, objective, derivatives };
}

/** out = Vᵀ A V for symmetric A (p×p) and V (p×q); tmp is p×q scratch. */
function quadForm(A: Float64Array, V: Float64Array, p: number, q: number, tmp: Float64Array, out: Float64Array): void {
  for (let a = 0; a < p; a++) {
    for (let x = 0; x < q; x++) {
      let s = 0;
      for (let c = 0; c < p; c++) { const v = V[c * q + x]!; if (v !== 0) s += A[a * p + c]! * v; }
      tmp[a * q + x] = s;
    }
  }
  for (let x = 0; x < q; x++) {
    for (let y = 0; y <= x; y++) {
      let s = 0;
      for (let a = 0; a < p; a++) s += V[a * q + x]! * tmp[a * q + y]!;
      out[x * q + y] = s; out[y * q + x] = s;
    }
  }
}

/** The free slots of one group with their derivative vectors in the pool V = [I_p | D | LC]. */
function freeSlots(rep: Representation, g: number): FreeSlot[] {
  const { p, m } = rep;
  const out: FreeSlot[] = [];
  for (const s of rep.slots) {
    if (s.group !== g || s.free < 0) continue;
    switch (s.mat) {
      case Mat.Lambda: out.push({ k: s.free, u: s.i, v: p + m + s.j, s: 1, z: s.i, cFrom: s.j }); break;
      case Mat.Theta: out.push({ k: s.free, u: s.i, v: s.j, s: s.i === s.j ? 0.5 : 1, z: -1, cFrom: -1 }); break;
      case Mat.Psi: out.push({ k: s.free, u: p + s.i, v: p + s.j, s: s.i === s.j ? 0.5 : 1, z: -1, cFrom: -1 }); break;
      case Mat.Beta: out.push({ k: s.free, u: p + s.i, v: p + m + s.j, s: 1, z: p + s.i, cFrom: s.j }); break;
      case Mat.Nu: out.push({ k: s.free, u: -1, v: -1, s: 0, z: s.i, cFrom: -1 }); break;
      case Mat.Alpha: out.push({ k: s.free, u: -1, v: -1, s: 0, z: p + s.i, cFrom: -1 }); break;
    }
  }
  return out;
}
