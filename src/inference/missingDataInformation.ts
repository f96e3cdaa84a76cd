import type { MlSolution } from "../estimate/estimateModel.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { momentCount } from "../representation/momentJacobian.ts";

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
 * Each pattern's K, V = W − K/2 and Kd are embedded in p×p (zero for the unobserved variables), so
 * its terms are added in the moment order directly. B is summed case by case over the kept moments
 * when they are few, else from the raw moments of the embedded u = K r up to order four, summed over
 * all cases of a group (one sum per a ≤ b ≤ c ≤ d), plus per-pattern rank-two terms in K (see
 * `addPatternScores`).
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
  const p = sol.rep.p, ms = sol.rep.meanstructure, G = stats.groups.length;
  const nm = momentCount(p, ms), nv = (p * (p + 1)) / 2;
  const n = G * nm, N = stats.ntotal;
  const A = new Float64Array(n * n);
  const rows = sol.blockRows;
  const B = rows !== null && withB ? new Float64Array(n * n) : null;
  let kept = n;
  if (keep !== null) { kept = 0; for (let i = 0; i < n; i++) kept += keep[i]!; }
  const nk = kept / G;
  // casewise work: (nk² / 2) products per case directly, or one sum per moment of order ≤ 4 of u
  const byMoments = B !== null && p <= 30 && N * ((nk * (nk + 1)) / 2) > N * tensorSize(p) + blocks.length * nm * nm;
  const moments = byMoments ? Array.from({ length: G }, () => newGroupMoments(p)) : null;
  const Kf = new Float64Array(p * p), Vf = new Float64Array(p * p), Kdf = new Float64Array(p);
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
    // W = K S̃ K, S̃ = S + d dᵀ; V = W − K/2, embedded with K and Kd
    const St = new Float64Array(po * po);
    for (let i = 0; i < po; i++) for (let j = 0; j < po; j++) St[i * po + j] = block.cov[i * po + j]! + d[i]! * d[j]!;
    const KS = new Float64Array(po * po), W = new Float64Array(po * po);
    sandwich(K, St, po, KS, W);
    Kf.fill(0); Vf.fill(0); Kdf.fill(0);
    for (let i = 0; i < po; i++) {
      Kdf[at[i]!] = Kd[i]!;
      for (let j = 0; j < po; j++) { Kf[at[i]! * p + at[j]!] = K[i * po + j]!; Vf[at[i]! * p + at[j]!] = W[i * po + j]! - 0.5 * K[i * po + j]!; }
    }
    const base = block.group * nm;
    addObserved(A, n, base, p, ms, Kf, Vf, Kdf, block.weight, keep);
    if (B === null) return;
    const centre = new Float64Array(po);
    for (let i = 0; i < po; i++) centre[i] = ms ? mu[at[i]!]! : block.mean[i]!;
    const data = rows![bk]!;
    if (moments !== null) { addPatternScores(B, n, base, p, ms, Kf, K, at, data, block.n, centre, moments[block.group]!); return; }
    // few kept moments: Σ_i g_i g_iᵀ over them, case by case
    const li: number[] = [], lj: number[] = [], mx: number[] = [], glob: number[] = [];
    for (let i = 0; i < po; i++) for (let j = i; j < po; j++) {
      const x = at[i]!, y = at[j]!;
      const gi = base + x * p - (x * (x - 1)) / 2 + (y - x);
      if (keep === null || keep[gi] === 1) { li.push(i); lj.push(j); glob.push(gi); }
    }
    if (ms) for (let i = 0; i < po; i++) { const gi = base + nv + at[i]!; if (keep === null || keep[gi] === 1) { mx.push(i); glob.push(gi); } }
    const nloc = glob.length, Bk = new Float64Array(nloc * nloc);
    firstOrderDirect({ K, po, data, cases: block.n, centre, li, lj, mx, out: Bk });
    for (let s = 0; s < nloc; s++) {
      const o = glob[s]! * n, ls = s * nloc;
      for (let t = 0; t <= s; t++) B[o + glob[t]!]! += Bk[ls + t]!;
    }
  });
  if (moments !== null) moments.forEach((m, g) => addGroupMoments(B!, n, g * nm, p, ms, m));
  // lower triangles were filled (moment indices increase within a pattern); mask, scale B, mirror
  const f = 1 / (4 * N);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
    const out = keep === null || (keep[i] === 1 && keep[j] === 1);
    const a = out ? A[i * n + j]! : 0;
    A[i * n + j] = a; A[j * n + i] = a;
    if (B !== null) { const b = out ? f * B[i * n + j]! : 0; B[i * n + j] = b; B[j * n + i] = b; }
  }
  return { n, A, B };
}

/**
 * Adds one pattern's observed information, lower triangle, in the moment order (group offset base):
 * σ_ab–σ_ce: w·h_ab·h_ce·(K_bc V_ae + V_bc K_ae + K_be V_ac + V_be K_ac), the eight products of
 * T(K,V) + T(V,K) paired by the symmetry of K and V (h = ½ on a diagonal pair); μ_x–σ_ab:
 * w·h_ab·(K_xa(Kd)_b + K_xb(Kd)_a); μ_x–μ_y: w·K_xy. K, V, Kd embedded in p×p (zero when unobserved);
 * the σ rows of moments not kept are skipped.
 */
function addObserved(
  A: Float64Array, n: number, base: number, p: number, ms: boolean, K: Float64Array, V: Float64Array, Kd: Float64Array, w: number,
  keep: Uint8Array | null,
): void {
  const nv = (p * (p + 1)) / 2;
  for (let a = 0, r = 0; a < p; a++) for (let b = a; b < p; b++, r++) {
    const ra = a * p, rb = b * p;
    if (K[ra + a] === 0 || K[rb + b] === 0 || (keep !== null && keep[base + r] === 0)) continue; // a or b not observed, or not kept
    const fr = (a === b ? 0.5 : 1) * w, o = (base + r) * n + base;
    let s = 0;
    for (let c = 0; c <= a; c++) {
      const last = c < a ? p - 1 : b;
      if (K[c * p + c] === 0) { s += last - c + 1; continue; }
      const kbc = K[rb + c]!, vbc = V[rb + c]!, kac = K[ra + c]!, vac = V[ra + c]!;
      A[o + s++]! += 0.5 * fr * (kbc * V[ra + c]! + vbc * K[ra + c]! + vac * K[rb + c]! + kac * V[rb + c]!);
      for (let e = c + 1; e <= last; e++) A[o + s++]! += fr * (kbc * V[ra + e]! + vbc * K[ra + e]! + vac * K[rb + e]! + kac * V[rb + e]!);
    }
    if (ms) for (let x = 0; x < p; x++) A[(base + nv + x) * n + base + r]! += fr * (K[x * p + a]! * Kd[b]! + K[x * p + b]! * Kd[a]!);
  }
  // (the columns of moments not kept are zeroed by the caller)
  if (ms) for (let x = 0; x < p; x++) for (let y = 0; y <= x; y++) A[(base + nv + x) * n + base + nv + y]! += w * K[x * p + y]!;
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

/** Σ_i g_i g_iᵀ over the kept moments (few of them): the scores of all cases by moment, then dot products two by two. */
function firstOrderDirect(s: BlockScores): void {
  const { K, po, li, lj, mx, out } = s;
  const nvo = li.length, nloc = nvo + mx.length, m = s.cases;
  const Gt = new Float64Array(nloc * m), rr = new Float64Array(po), u = new Float64Array(po);
  for (let c = 0; c < m; c++) {
    scoreVector(s, c, rr, u);
    for (let t = 0; t < nvo; t++) {
      const a = li[t]!, b = lj[t]!;
      Gt[t * m + c] = (a === b ? 1 : 2) * (K[a * po + b]! - u[a]! * u[b]!);
    }
    for (let xi = 0; xi < mx.length; xi++) Gt[(nvo + xi) * m + c] = -2 * u[mx[xi]!]!;
  }
  for (let r = 0; r < nloc; r += 2) {
    const x0 = r * m, two = r + 1 < nloc, x1 = two ? x0 + m : x0;
    for (let t = 0; t <= r; t++) {
      const y = t * m;
      let s0 = 0, s1 = 0;
      for (let c = 0; c < m; c++) { const v = Gt[y + c]!; s0 += Gt[x0 + c]! * v; s1 += Gt[x1 + c]! * v; }
      out[r * nloc + t] = s0;
      if (two) out[(r + 1) * nloc + t] = s1;
    }
    if (two) { let d = 0; for (let c = 0; c < m; c++) d += Gt[x1 + c]! * Gt[x1 + c]!; out[(r + 1) * nloc + r + 1] = d; }
  }
}

/** Raw moments of u of one group, summed over all its cases: S1 (p), S2, S3, S4 in the loop order of `addPatternScores`. */
interface GroupMoments { readonly S1: Float64Array; readonly S2: Float64Array; readonly S3: Float64Array; readonly S4: Float64Array }

function newGroupMoments(p: number): GroupMoments {
  const ix = tensorIndex(p);
  return { S1: new Float64Array(p), S2: new Float64Array(ix.n2), S3: new Float64Array(ix.n3), S4: new Float64Array(ix.n4) };
}

/**
 * One pattern's share of Σ_i g_i g_iᵀ (lower triangle, unscaled) with g_ab = c_ab (K_ab − u_a u_b),
 * c_ab = 2 − [a = b], g_x = −2u_x, u = K r embedded in p (zero when unobserved):
 *   Σ g_ab g_cd = c_ab c_cd (n K_ab K_cd − K_ab S_cd − K_cd S_ab) + c_ab c_cd S_abcd,
 *   Σ g_ab g_x = −2 c_ab K_ab S_x + 2 c_ab S_abx,   Σ g_x g_y = 4 S_xy.
 * The terms in K (with this pattern's n, S_x, S_ab) are added here; the raw moments S_x … S_abcd are
 * summed into the group's totals, added once by `addGroupMoments`.
 */
function addPatternScores(
  B: Float64Array, n: number, base: number, p: number, ms: boolean, Kf: Float64Array, K: Float64Array, at: Int32Array,
  data: Float64Array, cases: number, centre: Float64Array, m: GroupMoments,
): void {
  const po = at.length, nv = (p * (p + 1)) / 2, ix = tensorIndex(p);
  const { S1, S2, S3, S4 } = m;
  // U: u = K r of every case, one row per observed variable; the sums over cases are dot products of rows
  const U = new Float64Array(po * cases), rr = new Float64Array(po);
  for (let c = 0; c < cases; c++) {
    for (let i = 0; i < po; i++) rr[i] = data[c * po + i]! - centre[i]!;
    for (let i = 0; i < po; i++) { let t = 0; for (let j = 0; j < po; j++) t += K[i * po + j]! * rr[j]!; U[i * cases + c] = t; }
  }
  // for each pair (a ≤ b): W3_e = u_a u_b u_e over the cases (e ≥ b), S_abe = Σ W3_e, S_abed = W3_e·U_d in 2×2 blocks of (e, d), d ≥ e
  const s1 = new Float64Array(p), s2 = new Float64Array(nv), w2 = new Float64Array(cases), W3 = new Float64Array(po * cases);
  for (let i1 = 0; i1 < po; i1++) {
    const a = at[i1]!, ra = i1 * cases;
    let t1 = 0;
    for (let c = 0; c < cases; c++) t1 += U[ra + c]!;
    s1[a] = t1;
    for (let i2 = i1; i2 < po; i2++) {
      const b = at[i2]!, rb = i2 * cases, ab = (a * p + b) * p;
      let t2 = 0;
      for (let c = 0; c < cases; c++) { const v = U[ra + c]! * U[rb + c]!; w2[c] = v; t2 += v; }
      s2[ix.i2[a * p + b]!] = t2;
      for (let i3 = i2; i3 < po; i3++) {
        const re = i3 * cases;
        let t3 = 0;
        for (let c = 0; c < cases; c++) { const v = w2[c]! * U[re + c]!; W3[re + c] = v; t3 += v; }
        S3[ix.i3[ab + at[i3]!]!]! += t3;
      }
      for (let i3 = i2; i3 < po; i3 += 2) {
        const two = i3 + 1 < po, e0 = i3 * cases, e1 = two ? e0 + cases : e0;
        const abe0 = (ab + at[i3]!) * p, abe1 = two ? (ab + at[i3 + 1]!) * p : abe0;
        for (let i4 = i3; i4 < po; i4 += 2) {
          const pair = i4 + 1 < po, d0 = i4 * cases, d1 = pair ? d0 + cases : d0;
          let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
          for (let c = 0; c < cases; c++) {
            const x0 = W3[e0 + c]!, x1 = W3[e1 + c]!, y0 = U[d0 + c]!, y1 = U[d1 + c]!;
            s00 += x0 * y0; s01 += x0 * y1; s10 += x1 * y0; s11 += x1 * y1;
          }
          S4[ix.i4[abe0 + at[i4]!]!]! += s00;
          if (pair) S4[ix.i4[abe0 + at[i4 + 1]!]!]! += s01;
          if (two && i4 > i3) S4[ix.i4[abe1 + at[i4]!]!]! += s10;
          if (two && pair) S4[ix.i4[abe1 + at[i4 + 1]!]!]! += s11;
        }
      }
    }
  }
  for (let a = 0; a < p; a++) S1[a]! += s1[a]!;
  for (let r = 0; r < nv; r++) S2[r]! += s2[r]!;
  // c∘K (α), c∘(nK − S_ab) (β), c∘S_ab (γ) over the pairs: Σ g_ab g_cd's K terms are α_ab β_cd − γ_ab α_cd
  const al = new Float64Array(nv), be = new Float64Array(nv), ga = new Float64Array(nv);
  for (let a = 0, r = 0; a < p; a++) for (let b = a; b < p; b++, r++) {
    const c = a === b ? 1 : 2, k = Kf[a * p + b]!;
    al[r] = c * k; be[r] = c * (cases * k - s2[r]!); ga[r] = c * s2[r]!;
  }
  for (let r = 0; r < nv; r++) {
    const ar = al[r]!, gr = ga[r]!, o = (base + r) * n + base;
    if (ar === 0 && gr === 0) continue;
    for (let t = 0; t <= r; t++) B[o + t]! += ar * be[t]! - gr * al[t]!;
  }
  if (ms) for (let x = 0; x < p; x++) {
    const f = -2 * s1[x]!, o = (base + nv + x) * n + base;
    if (f !== 0) for (let t = 0; t < nv; t++) B[o + t]! += f * al[t]!;
  }
}

/** Adds a group's raw-moment terms c_ab c_cd S_abcd, 2 c_ab S_abx and 4 S_xy (see `addPatternScores`). */
function addGroupMoments(B: Float64Array, n: number, base: number, p: number, ms: boolean, m: GroupMoments): void {
  const ix = tensorIndex(p), nv = (p * (p + 1)) / 2;
  for (let a = 0, r = 0; a < p; a++) for (let b = a; b < p; b++, r++) {
    const o = (base + r) * n + base, ab = (a * p + b) * p, cab = a === b ? 1 : 2;
    for (let c = 0, t = 0; c <= a; c++) {
      const last = c < a ? p - 1 : b;
      for (let e = c; e <= last; e++, t++) B[o + t]! += cab * (c === e ? 1 : 2) * m.S4[ix.i4[(ab + c) * p + e]!]!;
    }
  }
  if (!ms) return;
  for (let x = 0; x < p; x++) {
    const o = (base + nv + x) * n + base;
    for (let a = 0, t = 0; a < p; a++) for (let b = a; b < p; b++, t++) B[o + t]! += 2 * (a === b ? 1 : 2) * m.S3[ix.i3[(a * p + b) * p + x]!]!;
    for (let y = 0; y <= x; y++) B[o + nv + y]! += 4 * m.S2[ix.i2[x * p + y]!]!;
  }
}

/** Positions of the sorted index tuples in the moment loops of `addPatternScores`, for any order of the indices. */
interface TensorIndex { readonly n2: number; readonly n3: number; readonly n4: number; readonly i2: Int32Array; readonly i3: Int32Array; readonly i4: Int32Array }

const tensorIndices = new Map<number, TensorIndex>();

/** Number of distinct moments of orders 1–4 of p variables (the per-case work of `addPatternScores`). */
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

/** W = K S K for symmetric K and S (po×po) as dot products of rows: KS_ij = K_i·S_j, W_ij = (KS)_i·K_j, one triangle mirrored. */
function sandwich(K: Float64Array, S: Float64Array, n: number, KS: Float64Array, W: Float64Array): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let t = 0;
    for (let k = 0; k < n; k++) t += K[i * n + k]! * S[j * n + k]!;
    KS[i * n + j] = t;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
    let t = 0;
    for (let k = 0; k < n; k++) t += KS[i * n + k]! * K[j * n + k]!;
    W[i * n + j] = t; W[j * n + i] = t;
  }
}
