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
  blocks.forEach((block, bk) => {
    const obs = block.observed;
    const po = obs === null ? p : obs.length;
    const at = new Int32Array(po);
    for (let i = 0; i < po; i++) at[i] = obs === null ? i : obs[i]!;
    const Sig = covs[block.group]!, mu = means[block.group]!;
    const So = new Float64Array(po * po), K = new Float64Array(po * po), work = new Float64Array(po * po);
    for (let i = 0; i < po; i++) for (let j = 0; j < po; j++) So[i * po + j] = Sig[at[i]! * p + at[j]!]!;
    if (Number.isNaN(spdInverse(So, po, K, work))) return;
    const d = new Float64Array(po), Kd = new Float64Array(po);
    if (ms) for (let i = 0; i < po; i++) d[i] = block.mean[i]! - mu[at[i]!]!;
    for (let i = 0; i < po; i++) { let s = 0; for (let j = 0; j < po; j++) s += K[i * po + j]! * d[j]!; Kd[i] = s; }
    // W = K S̃ K, S̃ = S + d dᵀ
    const St = new Float64Array(po * po);
    for (let i = 0; i < po; i++) for (let j = 0; j < po; j++) St[i * po + j] = block.cov[i * po + j]! + d[i]! * d[j]!;
    const KS = new Float64Array(po * po), W = new Float64Array(po * po);
    mul(K, St, po, KS); mul(KS, K, po, W);
    // local moment list: pairs (i ≤ j), then means; global indices
    const li: number[] = [], lj: number[] = [], glob: number[] = [];
    const base = block.group * nm;
    for (let i = 0; i < po; i++) for (let j = i; j < po; j++) {
      const x = at[i]!, y = at[j]!; // x < y as obs is sorted
      const gi = base + x * p - (x * (x - 1)) / 2 + (y - x);
      if (keep === null || keep[gi] === 1) { li.push(i); lj.push(j); glob.push(gi); }
    }
    const nvo = li.length;
    const mx: number[] = []; // local index of each kept mean
    if (ms) for (let i = 0; i < po; i++) { const gi = base + nv + at[i]!; if (keep === null || keep[gi] === 1) { mx.push(i); glob.push(gi); } }
    const nmo = mx.length;
    const nloc = glob.length;
    const w = block.weight;
    // −T(K,K) + T(K,W) + T(W,K) = T(K,V) + T(V,K) with V = W − K/2 (T is bilinear); with K and V symmetric
    // its eight products pair up: 2(K_bc V_ae + V_bc K_ae + K_be V_ac + V_be K_ac). Symmetric, so s ≤ r.
    const V = new Float64Array(po * po);
    for (let i = 0; i < po * po; i++) V[i] = W[i]! - 0.5 * K[i]!;
    for (let r = 0; r < nvo; r++) {
      const a = li[r]!, b = lj[r]!, gr = glob[r]!, ra = a * po, rb = b * po;
      const fr = (a === b ? 0.5 : 1) * w, ar = gr * n;
      for (let s = 0; s <= r; s++) {
        const c = li[s]!, e = lj[s]!;
        const h = K[rb + c]! * V[ra + e]! + V[rb + c]! * K[ra + e]! + K[rb + e]! * V[ra + c]! + V[rb + e]! * K[ra + c]!;
        const v = fr * (c === e ? 0.5 : 1) * h, gs = glob[s]!;
        A[ar + gs]! += v;
        if (s !== r) A[gs * n + gr]! += v;
      }
      for (let xi = 0; xi < nmo; xi++) {
        const x = mx[xi]!;
        const v = fr * (K[x * po + a]! * Kd[b]! + K[x * po + b]! * Kd[a]!);
        const gx = glob[nvo + xi]!;
        A[ar + gx]! += v; A[gx * n + gr]! += v;
      }
    }
    for (let xi = 0; xi < nmo; xi++) for (let yi = 0; yi < nmo; yi++) A[glob[nvo + xi]! * n + glob[nvo + yi]!]! += w * K[mx[xi]! * po + mx[yi]!]!;
    if (B === null) return;
    // first-order part from the raw rows of this block
    const Bk = new Float64Array(nloc * nloc);
    const centre = new Float64Array(po);
    for (let i = 0; i < po; i++) centre[i] = ms ? mu[at[i]!]! : block.mean[i]!;
    const args: BlockScores = { K, po, data: rows![bk]!, cases: block.n, centre, li, lj, mx, out: Bk };
    if (po > 30 || (nloc * (nloc + 1)) / 2 <= tensorSize(po)) firstOrderDirect(args); else firstOrderByMoments(args);
    const f = 1 / (4 * N);
    for (let s = 0; s < nloc; s++) for (let t = 0; t <= s; t++) {
      const v = f * Bk[s * nloc + t]!;
      B[glob[s]! * n + glob[t]!]! += v;
      if (s !== t) B[glob[t]! * n + glob[s]!]! += v;
    }
  });
  return { n, A, B };
}

/** One pattern's casewise scores: K = Σ_o⁻¹, rows r_i = x_i − centre, the kept pairs (li, lj) and means mx. */
interface BlockScores {
  readonly K: Float64Array;
  readonly po: number;
  readonly data: Float64Array;
  readonly cases: number;
  readonly centre: Float64Array;
  readonly li: readonly number[];
  readonly lj: readonly number[];
  readonly mx: readonly number[];
  /** Receives Σ_i g_i g_iᵀ in its lower triangle (nloc×nloc, nloc = kept pairs + kept means). */
  readonly out: Float64Array;
}

/** Fills u = K(x_i − centre) for case c. */
function scoreVector(s: BlockScores, c: number, rr: Float64Array, u: Float64Array): void {
  const { K, po, data, centre } = s;
  for (let i = 0; i < po; i++) rr[i] = data[c * po + i]! - centre[i]!;
  for (let i = 0; i < po; i++) { let t = 0; for (let j = 0; j < po; j++) t += K[i * po + j]! * rr[j]!; u[i] = t; }
}

/** Σ_i g_i g_iᵀ summed case by case (few kept moments). */
function firstOrderDirect(s: BlockScores): void {
  const { K, po, li, lj, mx, out } = s;
  const nvo = li.length, nloc = nvo + mx.length;
  const g = new Float64Array(nloc), rr = new Float64Array(po), u = new Float64Array(po);
  for (let c = 0; c < s.cases; c++) {
    scoreVector(s, c, rr, u);
    for (let t = 0; t < nvo; t++) {
      const a = li[t]!, b = lj[t]!;
      g[t] = (a === b ? 1 : 2) * (K[a * po + b]! - u[a]! * u[b]!);
    }
    for (let xi = 0; xi < mx.length; xi++) g[nvo + xi] = -2 * u[mx[xi]!]!;
    for (let r = 0; r < nloc; r++) {
      const gr = g[r]!;
      if (gr === 0) continue;
      const o = r * nloc;
      for (let t = 0; t <= r; t++) out[o + t]! += gr * g[t]!;
    }
  }
}

/**
 * Σ_i g_i g_iᵀ from the raw moments of u_i = K r_i up to order four (each kept once, a ≤ b ≤ c ≤ d):
 * with g_ab = c_ab (K_ab − u_a u_b), c_ab = 2 − [a = b], and g_x = −2u_x,
 *   Σ g_ab g_cd = c_ab c_cd (n K_ab K_cd − K_ab S_cd − K_cd S_ab + S_abcd),
 *   Σ g_ab g_x = −2 c_ab (K_ab S_x − S_abx),   Σ g_x g_y = 4 S_xy.
 */
function firstOrderByMoments(s: BlockScores): void {
  const { K, po, li, lj, mx, out } = s;
  const ix = tensorIndex(po);
  const S1 = new Float64Array(po), S2 = new Float64Array(ix.n2), S3 = new Float64Array(ix.n3), S4 = new Float64Array(ix.n4);
  const rr = new Float64Array(po), u = new Float64Array(po);
  for (let c = 0; c < s.cases; c++) {
    scoreVector(s, c, rr, u);
    let k2 = 0, k3 = 0, k4 = 0;
    for (let a = 0; a < po; a++) {
      const ua = u[a]!;
      S1[a]! += ua;
      for (let b = a; b < po; b++) {
        const uab = ua * u[b]!;
        S2[k2++]! += uab;
        for (let e = b; e < po; e++) {
          const uabe = uab * u[e]!;
          S3[k3++]! += uabe;
          for (let d = e; d < po; d++) S4[k4++]! += uabe * u[d]!;
        }
      }
    }
  }
  const nvo = li.length, nloc = nvo + mx.length, m = s.cases;
  const pair = (a: number, b: number): number => ix.i2[a * po + b]!;
  for (let r = 0; r < nvo; r++) {
    const a = li[r]!, b = lj[r]!, cab = a === b ? 1 : 2, kab = K[a * po + b]!, sab = S2[pair(a, b)]!, o = r * nloc;
    for (let t = 0; t <= r; t++) {
      const c = li[t]!, d = lj[t]!, kcd = K[c * po + d]!;
      const s4 = S4[ix.i4[((a * po + b) * po + c) * po + d]!]!;
      out[o + t] = cab * (c === d ? 1 : 2) * (m * kab * kcd - kab * S2[pair(c, d)]! - kcd * sab + s4);
    }
  }
  for (let xi = 0; xi < mx.length; xi++) {
    const x = mx[xi]!, o = (nvo + xi) * nloc;
    for (let t = 0; t < nvo; t++) {
      const a = li[t]!, b = lj[t]!;
      out[o + t] = -2 * (a === b ? 1 : 2) * (K[a * po + b]! * S1[x]! - S3[ix.i3[(a * po + b) * po + x]!]!);
    }
    for (let yi = 0; yi <= xi; yi++) out[o + nvo + yi] = 4 * S2[pair(x, mx[yi]!)]!;
  }
}

/** Positions of the sorted index tuples in the moment loops of `firstOrderByMoments`, for any order of the indices. */
interface TensorIndex { readonly n2: number; readonly n3: number; readonly n4: number; readonly i2: Int32Array; readonly i3: Int32Array; readonly i4: Int32Array }

const tensorIndices = new Map<number, TensorIndex>();

/** Number of distinct moments of orders 1–4 of p variables (the per-case work of `firstOrderByMoments`). */
function tensorSize(p: number): number {
  return p + (p * (p + 1)) / 2 + (p * (p + 1) * (p + 2)) / 6 + (p * (p + 1) * (p + 2) * (p + 3)) / 24;
}

function tensorIndex(p: number): TensorIndex {
  const hit = tensorIndices.get(p);
  if (hit !== undefined) return hit;
  const i2 = new Int32Array(p * p), i3 = new Int32Array(p * p * p), i4 = new Int32Array(p * p * p * p);
  let k2 = 0, k3 = 0, k4 = 0;
  for (let a = 0; a < p; a++) for (let b = a; b < p; b++) {
    i2[a * p + b] = i2[b * p + a] = k2++;
    for (let c = b; c < p; c++) {
      const t3 = k3++;
      for (const [x, y, z] of permutations3(a, b, c)) i3[(x * p + y) * p + z] = t3;
      for (let d = c; d < p; d++) {
        const t4 = k4++;
        for (const [w, x, y, z] of permutations4(a, b, c, d)) i4[((w * p + x) * p + y) * p + z] = t4;
      }
    }
  }
  const out: TensorIndex = { n2: k2, n3: k3, n4: k4, i2, i3, i4 };
  tensorIndices.set(p, out);
  return out;
}

function permutations3(a: number, b: number, c: number): number[][] {
  return [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]];
}

function permutations4(a: number, b: number, c: number, d: number): number[][] {
  const out: number[][] = [];
  for (const [x, y, z] of permutations3(b, c, d)) out.push([a, x, y, z], [x, a, y, z], [x, y, a, z], [x, y, z, a]);
  return out;
}

function mul(X: Float64Array, Y: Float64Array, n: number, out: Float64Array): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += X[i * n + k]! * Y[k * n + j]!;
    out[i * n + j] = s;
  }
}
