import type { MlSolution } from "../sem/estimateModel.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { momentCount } from "./momentJacobian.ts";

/** Normal-theory information matrices of the moments (σ, μ) of a solution's data. */
export interface NormalInformation {
  /** Order: G·momentCount(p, meanstructure), moments as in `momentJacobian` (vech by rows a ≤ b, then means). */
  readonly n: number;
  /** Observed information per observation, group-weighted (block-diagonal over groups). */
  readonly A: Float64Array;
  /** First-order information Σ_i s_i s_iᵀ / N from casewise scores, or null without raw rows. */
  readonly B: Float64Array | null;
}

/**
 * Observed and first-order information of the normal likelihood with respect to the moments
 * (σ, μ), at given moments (Σ_g, μ_g), computed analytically by missing-data pattern (one block per
 * group for complete data). With K = Σ_o⁻¹, d = ȳ_k − μ_o, S̃ = S_k + d dᵀ, W = K S̃ K and
 * f_k = log|Σ_o| + tr(K S̃) (−2 log L / n_k up to a constant), pattern k adds (n_k/N)·½·∂²f_k:
 *   μ–μ: K;   μ_x–σ_ab: K_xa(Kd)_b + K_xb(Kd)_a;
 *   σ_ab–σ_cd: ½[−T(K,K) + T(K,W) + T(W,K)],  T(X,Y) = X_bc Y_da + X_bd Y_ca + X_ac Y_db + X_ad Y_cb,
 * halved for each diagonal index pair (a = b, c = d). The casewise scores of f_i are
 * ∂f_i/∂μ = −2Kr, ∂f_i/∂σ_ab = (K − Kr rᵀK)_ab (doubled off the diagonal), r = x_i − μ_o (x_i − ȳ
 * without a mean structure), and B = Σ_i ∂f_i ∂f_iᵀ / (4N).
 * At the unrestricted estimates this is lavaan's h1 information; at a model's implied moments, Δᵀ A Δ
 * is that model's observed information whenever its moments are linear in θ (e.g. the baseline model).
 * Source: Savalei (2010), Structural Equation Modeling 17, 241–264; Yuan & Bentler (2000);
 * lavaan 0.6-14 R/lav_mvnorm_missing.R (`lav_mvnorm_missing_information_observed_samplestats`,
 * `lav_mvnorm_missing_information_firstorder`).
 * @param sol a solution (its blocks and raw block rows are used)
 * @param covs Σ_g per group (p×p)
 * @param means μ_g per group (p)
 * @param keep optional 0/1 mask over the n moments: entries involving other moments are left at 0
 * @param withB whether to form the first-order information B (default true; needs the raw rows)
 * @returns A and B (n×n)
 * @throws never (a non-positive-definite Σ_o leaves that pattern out)
 * @example
 * const { A, B } = missingDataInformation(sol, sol.stats.cov, sol.stats.mean);
 */
export function missingDataInformation(
  sol: MlSolution, covs: readonly Float64Array[], means: readonly Float64Array[], keep: Uint8Array | null = null, withB = true,
): NormalInformation {
  const { stats, blocks } = sol;
  const p = sol.rep.p, ms = sol.rep.meanstructure;
  const nm = momentCount(p, ms), nv = (p * (p + 1)) / 2;
  const n = stats.groups.length * nm, N = stats.ntotal;
  const A = new Float64Array(n * n);
  const rows = sol.blockRows;
  const B = rows !== null && withB ? new Float64Array(n * n) : null;
  const vech = (a: number, b: number): number => (a <= b ? a * p - (a * (a - 1)) / 2 + (b - a) : b * p - (b * (b - 1)) / 2 + (a - b));
  blocks.forEach((block, bk) => {
    const obs = block.observed;
    const po = obs === null ? p : obs.length;
    const at = (i: number): number => (obs === null ? i : obs[i]!);
    const Sig = covs[block.group]!, mu = means[block.group]!;
    const So = new Float64Array(po * po), K = new Float64Array(po * po), work = new Float64Array(po * po);
    for (let i = 0; i < po; i++) for (let j = 0; j < po; j++) So[i * po + j] = Sig[at(i) * p + at(j)]!;
    if (Number.isNaN(spdInverse(So, po, K, work))) return;
    const d = new Float64Array(po), Kd = new Float64Array(po);
    if (ms) for (let i = 0; i < po; i++) d[i] = block.mean[i]! - mu[at(i)]!;
    for (let i = 0; i < po; i++) { let s = 0; for (let j = 0; j < po; j++) s += K[i * po + j]! * d[j]!; Kd[i] = s; }
    // W = K S̃ K, S̃ = S + d dᵀ
    const St = new Float64Array(po * po);
    for (let i = 0; i < po; i++) for (let j = 0; j < po; j++) St[i * po + j] = block.cov[i * po + j]! + d[i]! * d[j]!;
    const KS = new Float64Array(po * po), W = new Float64Array(po * po);
    mul(K, St, po, KS); mul(KS, K, po, W);
    // local moment list: pairs (i ≤ j), then means; global indices
    const li: number[] = [], lj: number[] = [], glob: number[] = [];
    const base = block.group * nm;
    const kept = (gi: number): boolean => keep === null || keep[gi] === 1;
    for (let i = 0; i < po; i++) for (let j = i; j < po; j++) {
      const gi = base + vech(at(i), at(j));
      if (kept(gi)) { li.push(i); lj.push(j); glob.push(gi); }
    }
    const nvo = li.length;
    const mx: number[] = []; // local index of each kept mean
    if (ms) for (let i = 0; i < po; i++) if (kept(base + nv + at(i))) { mx.push(i); glob.push(base + nv + at(i)); }
    const nmo = mx.length;
    const nloc = glob.length;
    const w = block.weight;
    // −T(K,K) + T(K,W) + T(W,K) = T(K,V) + T(V,K) with V = W − K/2 (T is bilinear); symmetric, so s ≤ r
    const V = new Float64Array(po * po);
    for (let i = 0; i < po * po; i++) V[i] = W[i]! - 0.5 * K[i]!;
    const P = (x: number, y: number, z: number, t: number): number => K[x * po + y]! * V[z * po + t]! + V[x * po + y]! * K[z * po + t]!;
    for (let r = 0; r < nvo; r++) {
      const a = li[r]!, b = lj[r]!, gr = glob[r]!;
      const fr = a === b ? 0.5 : 1;
      for (let s = 0; s <= r; s++) {
        const c = li[s]!, e = lj[s]!;
        const h = P(b, c, e, a) + P(b, e, c, a) + P(a, c, e, b) + P(a, e, c, b);
        const v = 0.5 * w * fr * (c === e ? 0.5 : 1) * h, gs = glob[s]!;
        A[gr * n + gs]! += v;
        if (s !== r) A[gs * n + gr]! += v;
      }
      if (ms) {
        for (let xi = 0; xi < nmo; xi++) {
          const x = mx[xi]!;
          const v = w * fr * (K[x * po + a]! * Kd[b]! + K[x * po + b]! * Kd[a]!);
          const gx = glob[nvo + xi]!;
          A[gr * n + gx]! += v; A[gx * n + gr]! += v;
        }
      }
    }
    for (let xi = 0; xi < nmo; xi++) for (let yi = 0; yi < nmo; yi++) A[glob[nvo + xi]! * n + glob[nvo + yi]!]! += w * K[mx[xi]! * po + mx[yi]!]!;
    if (B === null) return;
    // first-order part from the raw rows of this block
    const data = rows![bk]!;
    const Bk = new Float64Array(nloc * nloc), g = new Float64Array(nloc), rr = new Float64Array(po), Kr = new Float64Array(po);
    for (let c = 0; c < block.n; c++) {
      for (let i = 0; i < po; i++) rr[i] = data[c * po + i]! - (ms ? mu[at(i)]! : block.mean[i]!);
      for (let i = 0; i < po; i++) { let s = 0; for (let j = 0; j < po; j++) s += K[i * po + j]! * rr[j]!; Kr[i] = s; }
      for (let t = 0; t < nvo; t++) {
        const a = li[t]!, b = lj[t]!;
        g[t] = (a === b ? 1 : 2) * (K[a * po + b]! - Kr[a]! * Kr[b]!);
      }
      for (let xi = 0; xi < nmo; xi++) g[nvo + xi] = -2 * Kr[mx[xi]!]!;
      for (let s = 0; s < nloc; s++) {
        const gs = g[s]!;
        if (gs === 0) continue;
        const o = s * nloc;
        for (let t = 0; t <= s; t++) Bk[o + t]! += gs * g[t]!;
      }
    }
    const f = 1 / (4 * N);
    for (let s = 0; s < nloc; s++) for (let t = 0; t <= s; t++) {
      const v = f * Bk[s * nloc + t]!;
      B[glob[s]! * n + glob[t]!]! += v;
      if (s !== t) B[glob[t]! * n + glob[s]!]! += v;
    }
  });
  return { n, A, B };
}

function mul(X: Float64Array, Y: Float64Array, n: number, out: Float64Array): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += X[i * n + k]! * Y[k * n + j]!;
    out[i * n + j] = s;
  }
}
