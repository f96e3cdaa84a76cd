import { spdInverse } from "../linalg/spdInverse.ts";
import type { Representation, GroupMatrices } from "../representation/types.ts";
import type { MomentBlock } from "./momentBlocks.ts";
import type { Discrepancy } from "./discrepancy.ts";
import { productABt } from "../linalg/productABt.ts";
import { densePoolTransposed, fillPoolOf, freeSlots, poolQuadFormT, quadForm, type FreeSlot, type PoolSparsity } from "./pool.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments, type ImpliedBuffers } from "../representation/impliedMoments.ts";

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
export interface MlEvaluator extends Discrepancy {
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
  /**
   * Casewise derivatives ∂f_i/∂θ of f_i = log|Σ_o| + (x_i − μ_o)ᵀ Σ_o⁻¹ (x_i − μ_o) for every case,
   * given each block's raw rows (row-major, the block's observed variables). Returns an
   * (N × npar) matrix in block order; the casewise score of log L is −½ times a row.
   */
  casewiseDerivatives(theta: Float64Array, rows: readonly Float64Array[]): Float64Array;
  /**
   * Observed Hessian of F at θ (npar×npar): the exact terms from Σ⁻¹ and the residual moments per
   * block, plus the second derivatives of Σ(θ), μ(θ) by differences of the gradient with the weights
   * held fixed (cheap: no per-block work).
   */
  observedHessian?(theta: Float64Array, out: Float64Array): void;
}

interface GroupWork {
  readonly V: Float64Array;
  readonly slots: readonly FreeSlot[];
  /** The slots with a Σ part, as flat arrays (u, v and their row offsets u·q, v·q; 2s and s; θ index). */
  readonly cov: { readonly n: number; readonly u: Int32Array; readonly v: Int32Array; readonly uq: Int32Array; readonly vq: Int32Array; readonly s2: Float64Array; readonly s: Float64Array; readonly k: Int32Array };
  /** Σ_blocks w Vᵀ W V (gradient) for this group. */
  readonly H: Float64Array;
  /** Σ_blocks w Vᵀ Σ⁻¹ (m − μ) for this group. */
  readonly r: Float64Array;
}

interface BlockWork {
  readonly block: MomentBlock;
  readonly po: number;
  readonly sigma: Float64Array; readonly K: Float64Array; readonly W: Float64Array; readonly work: Float64Array;
  readonly Vo: Float64Array; readonly KV: Float64Array; readonly G: Float64Array; readonly Hb: Float64Array;
  readonly diff: Float64Array; readonly Kd: Float64Array; readonly rb: Float64Array;
  /** Non-zero pattern of the transposed dense pool columns. */
  readonly nz: PoolSparsity;
}

/**
 * Compile the ML discrepancy for a representation and blocks of sample moments
 * (`completeDataBlocks(stats)` for complete data, missing-data patterns for FIML).
 * @param rep compiled model structure
 * @param blocks sample moments by group or by missing-data pattern
 * @returns an allocation-free evaluator
 * @throws nothing; a non-PD implied matrix gives F = +Infinity
 * @example
 * const ev = mlEvaluator(rep, completeDataBlocks(stats)); ev.objective(theta);
 */
export function mlEvaluator(rep: Representation, blocks: readonly MomentBlock[]): MlEvaluator {
  const { p, m, ngroups } = rep;
  const q = p + 2 * m;
  const mats = allocateMatrices(rep);
  const implied = mats.map(() => allocateImplied(p, m));
  const meanstructure = rep.meanstructure;
  const groups: GroupWork[] = [];
  for (let g = 0; g < ngroups; g++) {
    const slots = freeSlots(rep, g), cs = slots.filter((sl) => sl.u >= 0);
    const cov = {
      n: cs.length, u: Int32Array.from(cs, (sl) => sl.u), v: Int32Array.from(cs, (sl) => sl.v),
      uq: Int32Array.from(cs, (sl) => sl.u * q), vq: Int32Array.from(cs, (sl) => sl.v * q),
      s2: Float64Array.from(cs, (sl) => 2 * sl.s), s: Float64Array.from(cs, (sl) => sl.s), k: Int32Array.from(cs, (sl) => sl.k),
    };
    groups.push({ V: new Float64Array(p * q), slots, cov, H: new Float64Array(q * q), r: new Float64Array(q) });
  }
  const work: BlockWork[] = blocks.map((block) => {
    const po = block.observed === null ? p : block.observed.length;
    return {
      block, po, sigma: new Float64Array(po * po), K: new Float64Array(po * po), W: new Float64Array(po * po), work: new Float64Array(po * po),
      Vo: new Float64Array(po * q), KV: new Float64Array(po * q), G: new Float64Array(q * q), Hb: new Float64Array(q * q),
      diff: new Float64Array(po), Kd: new Float64Array(po), rb: new Float64Array(q),
      nz: { idx: new Int32Array((q - p) * po), cnt: new Int32Array(q - p) },
    };
  });

  const fillPool = (V: Float64Array, imp: ImpliedBuffers): void => fillPoolOf(V, imp, p, m);

  const evalBlock = (bw: BlockWork): number => {
    const { block, po, K } = bw;
    const imp = implied[block.group]!;
    const obs = block.observed;
    let sigma: Float64Array;
    if (obs === null) sigma = imp.sigma;
    else {
      sigma = bw.sigma;
      for (let a = 0; a < po; a++) for (let b = 0; b < po; b++) sigma[a * po + b] = imp.sigma[obs[a]! * p + obs[b]!]!;
    }
    const logdet = spdInverse(sigma, po, K, bw.work);
    if (Number.isNaN(logdet)) return Infinity;
    const S = block.cov;
    let trace = 0;
    for (let a = 0; a < po * po; a++) trace += S[a]! * K[a]!;
    let f = logdet + trace - block.constant;
    if (meanstructure) {
      const mean = block.mean;
      for (let a = 0; a < po; a++) bw.diff[a] = mean[a]! - imp.mu[obs === null ? a : obs[a]!]!;
      for (let a = 0; a < po; a++) {
        let s = 0;
        for (let b = 0; b < po; b++) s += K[a * po + b]! * bw.diff[b]!;
        bw.Kd[a] = s;
        f += bw.diff[a]! * s;
      }
    }
    return f;
  };

  let lastF = Infinity;
  const objective = (theta: Float64Array): number => (lastF = objectiveAt(theta));
  const objectiveAt = (theta: Float64Array): number => {
    fillMatrices(rep, theta, mats);
    for (let g = 0; g < ngroups; g++) if (!impliedMoments(mats[g]!, p, m, rep.hasBeta, implied[g]!)) return Infinity;
    let f = 0;
    for (const bw of work) {
      const fb = evalBlock(bw);
      if (!Number.isFinite(fb)) return Infinity;
      f += bw.block.weight * fb;
    }
    return f;
  };

  const derivatives = (theta: Float64Array, grad: Float64Array, hess: Float64Array | null): number =>
    derivativesAt(objective(theta), grad, hess);

  /** Gradient (and Hessian) at the θ of the last objective() call, whose value f was; the buffers still hold its state. */
  const derivativesAt = (f: number, grad: Float64Array, hess: Float64Array | null): number => {
    if (!Number.isFinite(f)) return Infinity;
    grad.fill(0);
    if (hess !== null) hess.fill(0);
    for (let g = 0; g < ngroups; g++) {
      const gw = groups[g]!;
      fillPool(gw.V, implied[g]!);
      gw.H.fill(0); gw.r.fill(0);
    }
    for (const bw of work) {
      blockProducts(bw, groups[bw.block.group]!.V, hess !== null);
      const gw = groups[bw.block.group]!, wgt = bw.block.weight;
      for (let i = 0; i < q * q; i++) gw.H[i]! += wgt * bw.Hb[i]!;
      if (meanstructure) for (let x = 0; x < q; x++) gw.r[x]! += wgt * bw.rb[x]!;
      if (hess !== null) {
        if (meanstructure) accumulateHessian(groups[bw.block.group]!.slots, implied[bw.block.group]!.Ma, bw.G, wgt, hess);
        else accumulateCovHessian(groups[bw.block.group]!.cov, bw.G, wgt, hess);
      }
    }
    for (let g = 0; g < ngroups; g++) accumulateGradient(groups[g]!, implied[g]!.Ma, grad);
    return f;
  };

  /**
   * W = K − K S̃ K (S̃ = S + d dᵀ), then Hb = Voᵀ W Vo, G = Voᵀ K Vo, rb = Voᵀ K d. S and K are symmetric, so
   * every inner product reads rows (contiguous memory); the pool's dense columns are used transposed.
   */
  const blockProducts = (bw: BlockWork, V: Float64Array, withG: boolean): void => {
    const { po, K, W, block } = bw;
    const obs = block.observed;
    const VdT = bw.Vo, tmpT = bw.KV; // scratch: (q − p) × po each
    densePoolTransposed(V, p, q, po, obs, VdT, bw.nz);
    const S = block.cov, KS = bw.work;
    productABt(K, S, po, po, po, KS, false); // K S
    productABt(KS, K, po, po, po, W, true); // K S K, lower triangle
    for (let a = 0; a < po; a++) {
      const ra = a * po;
      for (let b = 0; b <= a; b++) {
        const rb = b * po;
        let s = W[ra + b]!;
        if (meanstructure) s += bw.Kd[a]! * bw.Kd[b]!;
        const v = K[ra + b]! - s;
        W[ra + b] = v; W[rb + a] = v;
      }
    }
    poolQuadFormT(W, VdT, po, p, q, obs, tmpT, bw.Hb, bw.nz);
    if (withG) poolQuadFormT(K, VdT, po, p, q, obs, tmpT, bw.G, bw.nz);
    if (meanstructure) {
      const rbv = bw.rb, Kd = bw.Kd;
      if (obs !== null) rbv.fill(0, 0, p);
      for (let a = 0; a < po; a++) rbv[obs === null ? a : obs[a]!] = Kd[a]!;
      for (let y = 0; y < q - p; y++) {
        const vy = y * po;
        let s = 0;
        for (let a = 0; a < po; a++) s += VdT[vy + a]! * Kd[a]!;
        rbv[p + y] = s;
      }
    }
  };

  const accumulateGradient = (gw: GroupWork, Ma: Float64Array, grad: Float64Array): void => {
    const { H, r } = gw;
    for (const sa of gw.slots) {
      let ga = 0;
      if (sa.u >= 0) ga += 2 * sa.s * H[sa.u * q + sa.v]!;
      if (meanstructure && sa.z >= 0) ga -= 2 * (sa.cFrom < 0 ? 1 : Ma[sa.cFrom]!) * r[sa.z]!;
      grad[sa.k]! += ga;
    }
  };

  /** accumulateHessian without a mean structure: only the Σ terms, over flat arrays (same sums in the same order). */
  const accumulateCovHessian = (cov: GroupWork["cov"], G: Float64Array, wg: number, hess: Float64Array): void => {
    const npar = rep.npar, { n, u, v, uq, vq, s2, s, k } = cov;
    for (let a = 0; a < n; a++) {
      const ua = uq[a]!, va = vq[a]!, s2a = s2[a]!, ka = k[a]!;
      for (let b = 0; b <= a; b++) {
        const ub = u[b]!, vb = v[b]!;
        let h = s2a * s[b]! * (G[ua + ub]! * G[va + vb]! + G[ua + vb]! * G[va + ub]!);
        if (h === 0) continue;
        h *= wg;
        const kb = k[b]!;
        hess[ka * npar + kb]! += h;
        if (a !== b) hess[kb * npar + ka]! += h; // the pair (b, a) contributes the same term
      }
    }
  };

  const accumulateHessian = (slots: readonly FreeSlot[], Ma: Float64Array, G: Float64Array, wg: number, hess: Float64Array): void => {
    const ns = slots.length, npar = rep.npar;
    for (let a = 0; a < ns; a++) {
      const sa = slots[a]!;
      const ca = sa.cFrom < 0 ? 1 : Ma[sa.cFrom]!;
      for (let b = 0; b <= a; b++) {
        const sb = slots[b]!;
        let h = 0;
        if (sa.u >= 0 && sb.u >= 0) {
          h += 2 * sa.s * sb.s * (G[sa.u * q + sb.u]! * G[sa.v * q + sb.v]! + G[sa.u * q + sb.v]! * G[sa.v * q + sb.u]!);
        }
        if (meanstructure && sa.z >= 0 && sb.z >= 0) {
          const cb = sb.cFrom < 0 ? 1 : Ma[sb.cFrom]!;
          h += 2 * ca * cb * G[sa.z * q + sb.z]!;
        }
        if (h === 0) continue;
        h *= wg;
        hess[sa.k * npar + sb.k]! += h;
        if (a !== b) hess[sb.k * npar + sa.k]! += h; // the pair (b, a) contributes the same term
      }
    }
  };

  const casewiseDerivatives = (theta: Float64Array, rows: readonly Float64Array[]): Float64Array => {
    const npar = rep.npar;
    let total = 0;
    for (const b of blocks) total += b.n;
    const out = new Float64Array(total * npar);
    if (!Number.isFinite(objective(theta))) return out.fill(NaN);
    for (let g = 0; g < ngroups; g++) fillPool(groups[g]!.V, implied[g]!);
    const a = new Float64Array(q);
    let row = 0;
    work.forEach((bw, k) => {
      const { po, K, block } = bw;
      const V = groups[block.group]!.V, Ma = implied[block.group]!.Ma, mu = implied[block.group]!.mu;
      const obs = block.observed;
      if (obs === null) bw.Vo.set(V);
      else for (let i = 0; i < po; i++) bw.Vo.set(V.subarray(obs[i]! * q, (obs[i]! + 1) * q), i * q);
      quadForm(K, bw.Vo, po, q, bw.KV, bw.G); // KV = K Vo, G = Voᵀ K Vo
      const data = rows[k]!;
      for (let c = 0; c < block.n; c++, row++) {
        // without a mean structure the means are saturated: deviations are taken from the block mean
        for (let i = 0; i < po; i++) bw.diff[i] = data[c * po + i]! - (meanstructure ? mu[obs === null ? i : obs[i]!]! : block.mean[i]!);
        const KV = bw.KV, diff = bw.diff; // a = (K Vo)ᵀ diff, rows of KV in turn (same sums, same order)
        a.fill(0);
        for (let i = 0; i < po; i++) { const di = diff[i]!, o = i * q; for (let x = 0; x < q; x++) a[x]! += KV[o + x]! * di; }
        const o = row * npar;
        for (const sl of groups[block.group]!.slots) {
          let d = 0;
          if (sl.u >= 0) d += 2 * sl.s * (bw.G[sl.u * q + sl.v]! - a[sl.u]! * a[sl.v]!);
          if (meanstructure && sl.z >= 0) d -= 2 * (sl.cFrom < 0 ? 1 : Ma[sl.cFrom]!) * a[sl.z]!;
          out[o + sl.k]! += d;
        }
      }
    });
    return out;
  };

  /**
   * Observed Hessian. For f = log|Σ| + tr(Σ⁻¹T) (T = S + ddᵀ) and directions A = ∂Σ/∂θ_a, B = ∂Σ/∂θ_b:
   *   ∂²f = −tr(KAKB) + 2 tr(AKBM) + 2 c_a c_b z_aᵀK z_b + 2 c_b z_bᵀ K A K d + 2 c_a z_aᵀ K B K d
   *         + tr(W ∂²Σ) − 2 dᵀK ∂²μ,     K = Σ⁻¹, M = KTK, W = K − M,
   * the first line from the pool products G = VᵀKV and VᵀMV = G − VᵀWV, the last by central differences
   * of the gradient formula with W and Kd frozen (Magnus & Neudecker 1999, ch. 8; lavaan's observed
   * information is the numerical Jacobian of its analytic gradient, which this reproduces exactly).
   */
  const observedHessian = (theta: Float64Array, out: Float64Array): void => {
    const npar = rep.npar;
    out.fill(0);
    const scratchG = new Float64Array(npar), scratchH = new Float64Array(npar * npar);
    if (!Number.isFinite(derivatives(theta, scratchG, scratchH))) { out.fill(NaN); return; }
    // frozen per-group weights: W_g = Σ_k w_k embed(W_k), r_g = Σ_k w_k embed(K_k d_k)
    const Wg = groups.map(() => new Float64Array(p * p)), rg = groups.map(() => new Float64Array(p));
    for (const bw of work) {
      const { po, block } = bw;
      const obs = block.observed, wgt = block.weight;
      const Wt = Wg[block.group]!, rt = rg[block.group]!;
      for (let a = 0; a < po; a++) {
        const ia = obs === null ? a : obs[a]!;
        if (meanstructure) rt[ia]! += wgt * bw.Kd[a]!;
        for (let b = 0; b < po; b++) Wt[ia * p + (obs === null ? b : obs[b]!)]! += wgt * bw.W[a * po + b]!;
      }
      blockObservedTerms(bw, implied[block.group]!.Ma, out);
    }
    // second-derivative terms: Jacobian of the frozen-weight gradient
    const t = new Float64Array(theta), gp = new Float64Array(npar), gm = new Float64Array(npar);
    const J = scratchH; // reused: J[i, j] = ∂(frozen gradient)_i / ∂θ_j
    for (let j = 0; j < npar; j++) {
      const h = 1e-6 * Math.max(1, Math.abs(theta[j]!));
      t[j] = theta[j]! + h; frozenGradient(t, Wg, rg, gp);
      t[j] = theta[j]! - h; frozenGradient(t, Wg, rg, gm);
      t[j] = theta[j]!;
      for (let i = 0; i < npar; i++) J[i * npar + j] = (gp[i]! - gm[i]!) / (2 * h);
    }
    for (let i = 0; i < npar; i++) for (let j = 0; j < npar; j++) out[i * npar + j]! += (J[i * npar + j]! + J[j * npar + i]!) / 2;
    objective(theta);
  };

  /** Gradient formula with the per-group weights W_g, r_g held fixed (only Σ(θ), μ(θ) move). */
  const frozenGradient = (theta: Float64Array, Wg: readonly Float64Array[], rg: readonly Float64Array[], grad: Float64Array): void => {
    lastF = Number.NaN; // the buffers no longer belong to the last objective() call
    fillMatrices(rep, theta, mats);
    grad.fill(0);
    for (let g = 0; g < ngroups; g++) {
      impliedMoments(mats[g]!, p, m, rep.hasBeta, implied[g]!);
      const gw = groups[g]!;
      fillPool(gw.V, implied[g]!);
      quadForm(Wg[g]!, gw.V, p, q, frozenTmp, gw.H);
      if (meanstructure) for (let x = 0; x < q; x++) {
        let s2 = 0;
        for (let a = 0; a < p; a++) s2 += gw.V[a * q + x]! * rg[g]![a]!;
        gw.r[x] = s2;
      }
      accumulateGradient(gw, implied[g]!.Ma, grad);
    }
  };
  const frozenTmp = new Float64Array(p * q);

  /** Exact observed-information terms of one block (see observedHessian), added into out. */
  const blockObservedTerms = (bw: BlockWork, Ma: Float64Array, out: Float64Array): void => {
    const slots = groups[bw.block.group]!.slots, npar = rep.npar, wgt = bw.block.weight;
    const G = bw.G, Hb = bw.Hb, r = bw.rb;
    const GM = (x: number, y: number): number => G[x * q + y]! - Hb[x * q + y]!;
    for (let a = 0; a < slots.length; a++) {
      const sa = slots[a]!, ca = sa.cFrom < 0 ? 1 : Ma[sa.cFrom]!;
      for (let b = 0; b <= a; b++) {
        const sb = slots[b]!, cb = sb.cFrom < 0 ? 1 : Ma[sb.cFrom]!;
        let h = 0;
        if (sa.u >= 0 && sb.u >= 0) {
          const { u, v } = sa, x = sb.u, y = sb.v;
          h += sa.s * sb.s * (
            -2 * (G[u * q + x]! * G[v * q + y]! + G[u * q + y]! * G[v * q + x]!)
            + 2 * (G[v * q + x]! * GM(y, u) + G[v * q + y]! * GM(x, u) + G[u * q + x]! * GM(y, v) + G[u * q + y]! * GM(x, v)));
        }
        if (meanstructure) {
          if (sa.z >= 0 && sb.z >= 0) h += 2 * ca * cb * G[sa.z * q + sb.z]!;
          if (sa.u >= 0 && sb.z >= 0) h += 2 * cb * sa.s * (G[sb.z * q + sa.u]! * r[sa.v]! + G[sb.z * q + sa.v]! * r[sa.u]!);
          if (sb.u >= 0 && sa.z >= 0) h += 2 * ca * sb.s * (G[sa.z * q + sb.u]! * r[sb.v]! + G[sa.z * q + sb.v]! * r[sb.u]!);
        }
        if (h === 0) continue;
        h *= wgt;
        out[sa.k * npar + sb.k]! += h;
        if (a !== b) out[sb.k * npar + sa.k]! += h;
      }
    }
  };

  // after an objective() call nothing else touches the buffers until the optimizer asks for derivatives
  const derivativesAtLastObjective = (grad: Float64Array, hess: Float64Array | null): number => derivativesAt(lastF, grad, hess);

  return { npar: rep.npar, mats, implied, objective, derivatives, derivativesAtLastObjective, casewiseDerivatives, observedHessian };
}

