import { spdInverse } from "../linalg/spdInverse.ts";
import { symmetricPseudoInverse } from "../linalg/symmetricPseudoInverse.ts";
import { thresholdScores } from "./thresholdScores.ts";
import type { CellScores } from "./polychoricCellScores.ts";
import { pairInfluenceBuffers, pairIndex, pairCrossProducts, pairCategorySums } from "./pairCrossProducts.ts";

/** One pair of variables (j < i, lavaan's vech order), with the table rows indexed by j's categories. */
export interface GammaPair {
  readonly j: number;
  readonly i: number;
  /** counts, row-major K_j × K_i */
  readonly freq: Float64Array;
  readonly scores: CellScores;
}

/** Input of {@link muthenGamma} for one group. */
export interface GammaInput {
  readonly n: number;
  readonly p: number;
  /** row-major n×p category indices 0 … K−1 */
  readonly codes: Uint8Array;
  readonly ncat: ArrayLike<number>;
  readonly thresholds: readonly Float64Array[];
  /** the p(p−1)/2 pairs in lavaan's vech order: (1,0), (2,0), …, (p−1,0), (2,1), … */
  readonly pairs: readonly GammaPair[];
}

/** Γ and what went wrong building it. */
export interface GammaResult {
  /** NACOV, row-major q×q, q = number of thresholds + p(p−1)/2 */
  readonly gamma: Float64Array;
  readonly q: number;
  /** variables whose threshold information needed a pseudo-inverse; pairs (index) with zero information */
  readonly singularThresholds: number[];
  readonly singularPairs: number[];
  /** number of distinct response patterns the cross-products ran over */
  readonly patterns: number;
}

/**
 * Asymptotic covariance matrix Γ (lavaan's NACOV) of the two-step ordinal statistics (thresholds, then
 * polychoric correlations in vech order), by the casewise-score sandwich of Muthén (1984) as lavaan 0.6-14's
 * muthen1984() computes it without covariates: with s_r the casewise scores (univariate threshold scores,
 * then the ρ scores of every pair), A the block-triangular Jacobian of the estimating equations
 * (A11 = per-variable threshold information, A21 = Σ s_ρ ∂s_ρ-terms w.r.t. the thresholds, A22 = diag Σ s_ρ²),
 * Γ = N · A⁻¹ (Σ_r s_r s_rᵀ) A⁻ᵀ. Because every score depends only on a case's categories, A⁻¹ s_r is built
 * from per-category and per-cell tables, and the outer products run over distinct response patterns.
 *
 * Source: B. Muthén (1984), "A general structural equation model with dichotomous, ordered categorical, and
 * continuous latent variable indicators", Psychometrika 49, 115–132, eqs. (31)–(37); lavaan 0.6-14
 * (Rosseel 2012) lav_samplestats_step2.R, muthen1984().
 * @param input codes, thresholds and per-pair tables with their cell scores
 * @returns Γ (N-scaled: Var of the statistics ≈ Γ/N) and diagnostics
 * @throws never
 * @example
 * const { gamma } = muthenGamma({ n, p, codes, ncat, thresholds, pairs });
 */
export function muthenGamma(input: GammaInput): GammaResult {
  const { n, p, codes, ncat, thresholds, pairs } = input;
  const thOffset = new Int32Array(p + 1);
  for (let v = 0; v < p; v++) thOffset[v + 1] = thOffset[v]! + ncat[v]! - 1;
  const nth = thOffset[p]!, npair = pairs.length, q = nth + npair;
  const singularThresholds: number[] = [];
  const singularPairs: number[] = [];

  // influence of one case on the thresholds of v: u_v(c) = A11_v⁻¹ s_v(c), a K×(K−1) table per variable
  const uTh: Float64Array[] = [];
  const counts: Float64Array[] = [];
  for (let v = 0; v < p; v++) {
    const K = ncat[v]!, m = K - 1;
    const s = thresholdScores(thresholds[v]!);
    const count = new Float64Array(K);
    for (let r = 0; r < n; r++) count[codes[r * p + v]!]!++;
    counts.push(count);
    const a11 = new Float64Array(m * m);
    for (let c = 0; c < K; c++) {
      for (let k = 0; k < m; k++) {
        const sk = count[c]! * s[c * m + k]!;
        if (sk === 0) continue;
        for (let l = 0; l < m; l++) a11[k * m + l] += sk * s[c * m + l]!;
      }
    }
    let inv: Float64Array = new Float64Array(m * m);
    if (!Number.isFinite(spdInverse(a11, m, inv, new Float64Array(m * m)))) {
      inv = symmetricPseudoInverse(a11, m);
      singularThresholds.push(v);
    }
    const u = new Float64Array(K * m);
    for (let c = 0; c < K; c++) {
      for (let k = 0; k < m; k++) {
        let acc = 0;
        for (let l = 0; l < m; l++) acc += inv[k * m + l]! * s[c * m + l]!;
        u[c * m + k] = acc;
      }
    }
    uTh.push(u);
  }

  // influence on each correlation: u(c, d) = (s_ρ(c, d) − A21_j·u_j(c) − A21_i·u_i(d)) / A22
  // (all pairs' tables in one array, pair t from uOffset[t]; scratch reused from pair to pair)
  const uOffset = new Int32Array(npair + 1);
  for (let t = 0; t < npair; t++) uOffset[t + 1] = uOffset[t]! + ncat[pairs[t]!.j]! * ncat[pairs[t]!.i]!;
  const uAll = new Float64Array(uOffset[npair]!);
  const a21j = new Float64Array(16), a21i = new Float64Array(16), bj = new Float64Array(16), bi = new Float64Array(16);
  for (let t = 0; t < npair; t++) {
    const { j, i, freq, scores } = pairs[t]!;
    const Kj = ncat[j]!, Ki = ncat[i]!, mj = Kj - 1, mi = Ki - 1;
    a21j.fill(0); a21i.fill(0);
    let a22 = 0;
    for (let c = 0; c < Kj; c++) {
      for (let d = 0; d < Ki; d++) {
        const x = c * Ki + d;
        const nr = freq[x]! * scores.rho[x]!;
        if (nr === 0) continue;
        a22 += nr * scores.rho[x]!;
        if (c < mj) a21j[c] += nr * scores.th1Upper[x]!;
        if (c > 0) a21j[c - 1] += nr * scores.th1Lower[x]!;
        if (d < mi) a21i[d] += nr * scores.th2Upper[x]!;
        if (d > 0) a21i[d - 1] += nr * scores.th2Lower[x]!;
      }
    }
    const uj = uTh[j]!, ui = uTh[i]!;
    const u = uAll.subarray(uOffset[t]!, uOffset[t + 1]!);
    if (a22 === 0) singularPairs.push(t);
    else {
      for (let c = 0; c < Kj; c++) { let acc = 0; for (let k = 0; k < mj; k++) acc += a21j[k]! * uj[c * mj + k]!; bj[c] = acc; }
      for (let d = 0; d < Ki; d++) { let acc = 0; for (let k = 0; k < mi; k++) acc += a21i[k]! * ui[d * mi + k]!; bi[d] = acc; }
      for (let c = 0; c < Kj; c++) {
        for (let d = 0; d < Ki; d++) u[c * Ki + d] = (scores.rho[c * Ki + d]! - bj[c]! - bi[d]!) / a22;
      }
    }
  }

  // distinct response patterns and their counts; their codes column by column (variable v: pc[v·m + s])
  const { first, weight } = responsePatterns(codes, n, p, ncat);
  const m = first.length;
  const pc = new Uint8Array(p * m);
  for (let s = 0; s < m; s++) { const row = first[s]! * p; for (let v = 0; v < p; v++) pc[v * m + s] = codes[row + v]!; }
  let unitWeights = true;
  for (let s = 0; s < m; s++) if (weight[s] !== 1) { unitWeights = false; break; }
  const gamma = new Float64Array(q * q);
  // pair influences per pattern: column-major (npair × m), plain and weighted (the same array when every
  // pattern occurs once: 1·x = x)
  // (two pairs interleaved, see pairInfluenceBuffers; entry (t, s) at pairIndex(t, s, m))
  const buf = pairInfluenceBuffers(npair, m, !unitWeights);
  const P = buf.X, WP = buf.W;
  for (let t = 0; t < npair; t++) {
    const { j, i } = pairs[t]!;
    const uo = uOffset[t]!, Ki = ncat[i]!, ot = pairIndex(t, 0, m), oj = j * m, oi = i * m;
    for (let s = 0; s < m; s++) {
      const x = uAll[uo + pc[oj + s]! * Ki + pc[oi + s]!]!;
      P[ot + 2 * s] = x;
      if (!unitWeights) WP[ot + 2 * s] = weight[s]! * x;
    }
  }
  // correlations × correlations: Σ_s w_s u_t(s) u_t'(s)
  pairCrossProducts(buf, npair, m, n, gamma, q, nth);
  // thresholds × correlations: Σ_c u_v(c) Σ_{s in category c of v} w_s u_t(s), the inner sums over the
  // patterns listed category by category, eight pairs at a time
  const order = buf.order, bound = new Int32Array(17), fill = new Int32Array(16);
  const cs = new Float64Array(8 * 16);
  for (let v = 0; v < p; v++) {
    const K = ncat[v]!, mv = K - 1, u = uTh[v]!, off = thOffset[v]!, ov = v * m;
    bound.fill(0);
    for (let s = 0; s < m; s++) bound[pc[ov + s]! + 1]!++;
    for (let c = 0; c < K; c++) bound[c + 1] += bound[c]!;
    for (let c = 0; c < K; c++) fill[c] = bound[c]!;
    for (let s = 0; s < m; s++) order[fill[pc[ov + s]!]!++] = s;
    for (let t0 = 0; t0 < npair; t0 += 8) {
      const nt = Math.min(8, npair - t0);
      for (let c = 0; c < K; c++) pairCategorySums(buf, m, t0, nt, bound[c]!, bound[c + 1]!, cs, 8 * c);
      for (let e = 0; e < nt; e++) {
        const t = t0 + e;
        for (let k = 0; k < mv; k++) {
          let acc = 0;
          for (let c = 0; c < K; c++) acc += u[c * mv + k]! * cs[8 * c + e]!;
          const a = off + k;
          gamma[a * q + nth + t] = gamma[(nth + t) * q + a] = n * acc;
        }
      }
    }
  }
  // thresholds × thresholds: from the category counts (same variable) and the pair tables
  for (let v = 0; v < p; v++) {
    const K = ncat[v]!, mv = K - 1, u = uTh[v]!, off = thOffset[v]!, count = counts[v]!;
    for (let k = 0; k < mv; k++) {
      for (let l = 0; l < mv; l++) {
        let acc = 0;
        for (let c = 0; c < K; c++) acc += count[c]! * u[c * mv + k]! * u[c * mv + l]!;
        gamma[(off + k) * q + off + l] = n * acc;
      }
    }
  }
  for (const { j, i, freq } of pairs) {
    const Kj = ncat[j]!, Ki = ncat[i]!, mj = Kj - 1, mi = Ki - 1, uj = uTh[j]!, ui = uTh[i]!;
    for (let k = 0; k < mj; k++) {
      for (let l = 0; l < mi; l++) {
        let acc = 0;
        for (let c = 0; c < Kj; c++) {
          const x = uj[c * mj + k]!;
          for (let d = 0; d < Ki; d++) acc += freq[c * Ki + d]! * x * ui[d * mi + l]!;
        }
        const a = thOffset[j]! + k, b = thOffset[i]! + l;
        gamma[a * q + b] = gamma[b * q + a] = n * acc;
      }
    }
  }
  return { gamma, q, singularThresholds, singularPairs, patterns: m };
}

/** Group identical rows of category codes: the first row of each pattern and how many rows share it. */
function responsePatterns(codes: Uint8Array, n: number, p: number, ncat: ArrayLike<number>): { first: Int32Array; weight: Float64Array } {
  const first: number[] = [];
  const weight: number[] = [];
  let bits = 0;
  const width = new Int32Array(p);
  for (let v = 0; v < p; v++) { width[v] = Math.ceil(Math.log2(ncat[v]!)); bits += width[v]!; }
  if (bits <= 52) {
    // exact numeric key: the codes packed into the 52 integer bits of a double
    const index = new Map<number, number>();
    for (let r = 0; r < n; r++) {
      let key = 0;
      for (let v = 0; v < p; v++) key = key * (1 << width[v]!) + codes[r * p + v]!;
      const s = index.get(key);
      if (s === undefined) { index.set(key, first.length); first.push(r); weight.push(1); } else weight[s]!++;
    }
  } else {
    const index = new Map<string, number>();
    const chars = new Array<string>(p);
    for (let r = 0; r < n; r++) {
      for (let v = 0; v < p; v++) chars[v] = String.fromCharCode(65 + codes[r * p + v]!);
      const key = chars.join("");
      const s = index.get(key);
      if (s === undefined) { index.set(key, first.length); first.push(r); weight.push(1); } else weight[s]!++;
    }
  }
  return { first: Int32Array.from(first), weight: Float64Array.from(weight) };
}
