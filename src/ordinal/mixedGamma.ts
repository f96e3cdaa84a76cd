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
 * rows/columns of the means negated, and Γ = n · WLS.W. Computed as Σ_r u_r u_rᵀ with u_r = H B⁻¹ s_r.
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
  // influence u_r = H B⁻¹ s_r of every case, then Γ = n Σ_r u_r u_rᵀ
  const U = new Float64Array(n * q);
  const uni = new Float64Array(nuni);
  for (let r = 0; r < n; r++) {
    const o = r * q;
    for (const idx of blocks) {
      for (const a of idx) {
        let s = 0;
        for (const b of idx) s += a11inv[a * nuni + b]! * S[o + b]!;
        uni[a] = s;
      }
    }
    for (let t = 0; t < npair; t++) {
      let s = a22inv[t]! * S[o + nuni + t]!;
      for (const c of cIdx[t]!) s -= C[t * nuni + c]! * S[o + c]!;
      let h = h22[t]! * s;
      for (const c of hIdx[t]!) h += h21[t * nuni + c]! * uni[c]!;
      U[o + nuni + t] = h;
    }
    for (let a = 0; a < nuni; a++) U[o + a] = sign[a]! * uni[a]!;
  }
  const gamma = new Float64Array(q * q);
  for (let r = 0; r < n; r++) {
    const o = r * q;
    for (let a = 0; a < q; a++) {
      const ua = U[o + a]!;
      if (ua === 0) continue;
      const row = a * q;
      for (let b = 0; b <= a; b++) gamma[row + b] += ua * U[o + b]!;
    }
  }
  for (let a = 0; a < q; a++) {
    for (let b = 0; b <= a; b++) {
      const v = n * gamma[a * q + b]!;
      gamma[a * q + b] = v; gamma[b * q + a] = v;
    }
  }
  return { gamma, singularBlocks, singularPairs };
}
