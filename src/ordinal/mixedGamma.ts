import { spdInverse } from "../linalg/spdInverse.ts";
import { symmetricPseudoInverse } from "../linalg/symmetricPseudoInverse.ts";

/** Input of {@link mixedGamma} for one group. */
export interface MixedGammaInput {
  /** cases */
  readonly n: number;
  /** statistics: nuni first-stage ones (thresholds and means, then variances), then npair correlations */
  readonly q: number;
  readonly nuni: number;
  /** casewise scores, row-major n × q, columns in the order of the statistics */
  readonly scores: Float64Array;
  /** first-stage indices of each variable (its thresholds or its mean and variance): the blocks of A11 */
  readonly blocks: readonly Int32Array[];
  /** A21 = Σ_r s_ρ(r) ∂-scores of the first-stage parameters in each pair's likelihood, row-major npair × nuni */
  readonly a21: Float64Array;
  /** Jacobian of covariances with respect to (variances, correlations): H21 (npair × nuni), diagonal H22 (npair) */
  readonly h21: Float64Array;
  readonly h22: Float64Array;
  /** first-stage indices whose sign is flipped (means reported as −μ, lavaan's thresholds of continuous variables) */
  readonly negate: Int32Array;
}

/** Γ and what went wrong building it. */
export interface MixedGammaResult {
  /** NACOV, row-major q × q (Var of the statistics ≈ Γ/n) */
  readonly gamma: Float64Array;
  /** variables whose A11 block needed a pseudo-inverse; pairs with zero information */
  readonly singularBlocks: number[];
  readonly singularPairs: number[];
}

/**
 * Asymptotic covariance Γ (lavaan's NACOV) of two-step statistics for a mix of ordinal and continuous variables
 * (thresholds, means, variances, then polychoric / polyserial / Pearson correlations turned into covariances),
 * by Muthén's (1984) sandwich as lavaan 0.6-14's muthen1984(): with casewise scores s_r, the block-triangular
 *   B = [A11 0; A21 A22],  A11 = ⊕_v Σ_r s_v s_vᵀ,  A22 = diag Σ_r s_ρ²,
 *   WLS.W = H B⁻¹ (Σ_r s_r s_rᵀ) B⁻ᵀ Hᵀ,  H = [I 0; H21 H22] (delta method from ρ to σ_ij = ρ σ_i σ_j),
 * rows/columns of the means negated, and Γ = n · WLS.W. Computed as n Σ_r u_r u_rᵀ with u_r = H B⁻¹ s_r.
 *
 * Source: B. Muthén (1984), Psychometrika 49, 115–132, eqs. (31)–(37); lavaan 0.6-14 (Rosseel 2012)
 * lav_samplestats_step2.R, muthen1984().
 * @param input scores and the blocks of B and H
 * @returns Γ (n-scaled) and diagnostics
 * @throws never (singular blocks use a pseudo-inverse, zero-information pairs get zero rows)
 * @example
 * const { gamma } = mixedGamma({ n, q, nuni, scores, blocks, a21, h21, h22, negate });
 */
export function mixedGamma(input: MixedGammaInput): MixedGammaResult {
  const { n, q, nuni, scores: S, blocks, a21, h21, h22, negate } = input;
  const npair = q - nuni;
  const singularBlocks: number[] = [];
  const singularPairs: number[] = [];
  // A11⁻¹, block by block (dense nuni × nuni, zero outside the blocks)
  const a11inv = new Float64Array(nuni * nuni);
  blocks.forEach((idx, v) => {
    const m = idx.length;
    if (m === 0) return;
    const a = new Float64Array(m * m);
    for (let r = 0; r < n; r++) {
      const o = r * q;
      for (let k = 0; k < m; k++) {
        const sk = S[o + idx[k]!]!;
        if (sk === 0) continue;
        for (let l = 0; l < m; l++) a[k * m + l] += sk * S[o + idx[l]!]!;
      }
    }
    let inv: Float64Array = new Float64Array(m * m);
    if (!Number.isFinite(spdInverse(a, m, inv, new Float64Array(m * m)))) {
      inv = symmetricPseudoInverse(a, m);
      singularBlocks.push(v);
    }
    for (let k = 0; k < m; k++) for (let l = 0; l < m; l++) a11inv[idx[k]! * nuni + idx[l]!] = inv[k * m + l]!;
  });
  // A22⁻¹ (diagonal; lavaan's generalized inverse leaves a zero for a pair without information)
  const a22inv = new Float64Array(npair);
  for (let t = 0; t < npair; t++) {
    let s = 0;
    for (let r = 0; r < n; r++) { const x = S[r * q + nuni + t]!; s += x * x; }
    if (s === 0) singularPairs.push(t); else a22inv[t] = 1 / s;
  }
  // C = A22⁻¹ A21 A11⁻¹ (npair × nuni), so that B⁻¹ = [A11⁻¹ 0; −C A22⁻¹]
  const C = new Float64Array(npair * nuni);
  for (let t = 0; t < npair; t++) {
    for (let b = 0; b < nuni; b++) {
      const x = a21[t * nuni + b]!;
      if (x === 0) continue;
      for (let c = 0; c < nuni; c++) C[t * nuni + c] += x * a11inv[b * nuni + c]!;
    }
    for (let c = 0; c < nuni; c++) C[t * nuni + c] *= a22inv[t]!;
  }
  const nz = (row: Float64Array, o: number): Int32Array => {
    const out: number[] = [];
    for (let c = 0; c < nuni; c++) if (row[o + c] !== 0) out.push(c);
    return Int32Array.from(out);
  };
  const cIdx = Array.from({ length: npair }, (_, t) => nz(C, t * nuni));
  const hIdx = Array.from({ length: npair }, (_, t) => nz(h21, t * nuni));
  const sign = new Float64Array(nuni).fill(1);
  for (const a of negate) sign[a] = -1;
  // influence u_r = H B⁻¹ s_r of every case, stored column-major (statistic a: Ut[a·n … a·n + n)), then
  // Γ = n Σ_r u_r u_rᵀ as dot products of the columns
  const Ut = new Float64Array(q * n);
  const uni = new Float64Array(nuni);
  for (let r = 0; r < n; r++) {
    const o = r * q;
    for (const idx of blocks) {
      for (let x = 0; x < idx.length; x++) {
        const a = idx[x]!, row = a * nuni;
        let s = 0;
        for (let y = 0; y < idx.length; y++) s += a11inv[row + idx[y]!]! * S[o + idx[y]!]!;
        uni[a] = s;
      }
    }
    for (let t = 0; t < npair; t++) {
      let s = a22inv[t]! * S[o + nuni + t]!;
      const ci = cIdx[t]!, hi = hIdx[t]!, row = t * nuni;
      for (let x = 0; x < ci.length; x++) s -= C[row + ci[x]!]! * S[o + ci[x]!]!;
      let h = h22[t]! * s;
      for (let x = 0; x < hi.length; x++) h += h21[row + hi[x]!]! * uni[hi[x]!]!;
      Ut[(nuni + t) * n + r] = h;
    }
    for (let a = 0; a < nuni; a++) Ut[a * n + r] = sign[a]! * uni[a]!;
  }
  const gamma = new Float64Array(q * q);
  crossColumns(Ut, q, n, n, gamma);
  return { gamma, singularBlocks, singularPairs };
}

/**
 * out[a·q + b] = out[b·q + a] = scale · Σ_r X[a·n + r] X[b·n + r] for b ≤ a (X column-major q × n), in 2×4
 * register tiles.
 */
function crossColumns(X: Float64Array, q: number, n: number, scale: number, out: Float64Array): void {
  const put = (a: number, b: number, v: number): void => { if (b <= a) { out[a * q + b] = scale * v; out[b * q + a] = scale * v; } };
  let a = 0;
  for (; a + 1 < q; a += 2) {
    const a0 = a * n, a1 = a0 + n;
    let b = 0;
    for (; b + 3 <= a + 1; b += 4) {
      const b0 = b * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let r = 0; r < n; r++) {
        const x0 = X[a0 + r]!, x1 = X[a1 + r]!;
        const y0 = X[b0 + r]!, y1 = X[b1 + r]!, y2 = X[b2 + r]!, y3 = X[b3 + r]!;
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
      }
      put(a, b, s00); put(a, b + 1, s01); put(a, b + 2, s02); put(a, b + 3, s03);
      put(a + 1, b, s10); put(a + 1, b + 1, s11); put(a + 1, b + 2, s12); put(a + 1, b + 3, s13);
    }
    for (; b <= a + 1; b++) {
      const ob = b * n;
      let s0 = 0, s1 = 0;
      for (let r = 0; r < n; r++) { const y = X[ob + r]!; s0 += X[a0 + r]! * y; s1 += X[a1 + r]! * y; }
      put(a, b, s0); put(a + 1, b, s1);
    }
  }
  for (; a < q; a++) {
    for (let b = 0; b <= a; b++) {
      let s0 = 0;
      for (let r = 0; r < n; r++) s0 += X[a * n + r]! * X[b * n + r]!;
      put(a, b, s0);
    }
  }
}
