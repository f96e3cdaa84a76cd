import { spdInverse } from "../linalg/spdInverse.ts";
import { sparseRows } from "./sparseRows.ts";

/** One group of a DWLS fit as its inference needs it. */
export interface DwlsInferenceGroup {
  /** Δ_g = ∂σ_g/∂θ at θ̂, row-major ns_g × npar. */
  readonly jacobian: Float64Array;
  /** Diagonal W_g (ns_g): 1/diag(Γ_g). */
  readonly weights: Float64Array;
  /** Γ_g (NACOV, N_g-scaled), row-major ns_g × ns_g. */
  readonly gamma: Float64Array;
  /** N_g. */
  readonly nobs: number;
}

/** Robust inference of a DWLS fit: sandwich covariance and the mean- and variance-adjusted test. */
export interface DwlsInference {
  /** Var(θ̂) = E⁻¹ (Σ f_g Δ_gᵀW_gΓ_gW_gΔ_g) E⁻¹ / (N − G) with E = Σ f_g Δ_gᵀW_gΔ_g, or null when E is singular. */
  readonly vcov: Float64Array | null;
  /** E⁻¹ (npar × npar; lavaan's inverted expected information of the DWLS fit), or null when E is singular. */
  readonly informationInverse: Float64Array | null;
  /** tr(UΓ) and tr((UΓ)²) with U = V − VΔE⁻¹ΔᵀV, V = ⊕ f_g W_g, Γ = ⊕ Γ_g/f_g. */
  readonly traceUGamma: number;
  readonly traceUGamma2: number;
}

/**
 * Sandwich standard errors ("robust.sem") and the traces behind lavaan's scaled-shifted χ² for a
 * diagonally weighted least squares fit (WLSMV) of G groups, f_g = N_g/N:
 *   E = Σ_g f_g Δ_gᵀW_gΔ_g,  M = Σ_g f_g Δ_gᵀW_gΓ_gW_gΔ_g,  Var(θ̂) = E⁻¹ M E⁻¹ / (N − G),
 *   UΓ with blocks (UΓ)_gh = [g = h] W_gΓ_g − f_g W_gΔ_g E⁻¹ Δ_hᵀW_hΓ_h, whose traces reduce to
 *   tr(UΓ) = Σ_g tr(W_gΓ_g) − tr(E⁻¹M),
 *   tr((UΓ)²) = Σ_g tr((W_gΓ_g)²) − 2 tr(E⁻¹ Σ_g f_g A_gW_gA_gᵀ) + tr((E⁻¹M)²),  A_g = Δ_gᵀW_gΓ_g,
 * so no ns × ns product is formed, Δ is used by its non-zero entries, and E is inverted block by block
 * (thresholds apart from the structural parameters) so that the npar × npar products and K run over the
 * non-zero entries of E⁻¹ only.
 * Equality constraints are already in θ (one index per set of equal parameters), which gives the same
 * ΔE⁻¹Δᵀ as lavaan's augmented information.
 * Source: Satorra & Bentler (1994); Asparouhov & Muthén (2010) for the scaled-shifted statistic;
 * lavaan 0.6-14 `lav_model_nvcov_robust_sem`, `lav_test_satorra_bentler_trace_original` (Satterthwaite branch).
 * @param groups Δ, W, Γ and N of every group
 * @param npar free parameters
 * @returns covariance, E⁻¹ and traces (NaN traces and null matrices when E is singular)
 * @throws never
 * @example
 * const inf = dwlsInference([{ jacobian: ev.jacobians[0], weights: w, gamma, nobs: 386 }], npar);
 */
export function dwlsInference(groups: readonly DwlsInferenceGroup[], npar: number): DwlsInference {
  const G = groups.length;
  const N = groups.reduce((s, g) => s + g.nobs, 0);
  const E = new Float64Array(npar * npar), M = new Float64Array(npar * npar);
  let trWG = 0, trWG2 = 0;
  const As: Float64Array[] = [];
  for (const { jacobian, weights: w, gamma, nobs } of groups) {
    const ns = w.length, fg = nobs / N;
    const Q = sparseRows(jacobian, ns, npar, w); // W Δ
    const { ptr, idx, val } = Q;
    // E += f_g Δᵀ W Δ = f_g Qᵀ W⁻¹ Q
    for (let j = 0; j < ns; j++) {
      const c = fg / w[j]!;
      for (let x = ptr[j]!; x < ptr[j + 1]!; x++) {
        const a = idx[x]!, qa = c * val[x]!;
        for (let y = ptr[j]!; y < ptr[j + 1]!; y++) E[a * npar + idx[y]!]! += qa * val[y]!;
      }
    }
    // Q by columns (rows k ascending within a column), so that A and M are formed a row at a time
    const cptr = new Int32Array(npar + 1), crow = new Int32Array(idx.length), cval = new Float64Array(idx.length);
    for (let x = 0; x < idx.length; x++) cptr[idx[x]! + 1]!++;
    for (let a = 0; a < npar; a++) cptr[a + 1] += cptr[a]!;
    const next = cptr.slice(0, npar);
    for (let k = 0; k < ns; k++) {
      for (let x = ptr[k]!; x < ptr[k + 1]!; x++) { const y = next[idx[x]!]!++; crow[y] = k; cval[y] = val[x]!; }
    }
    // A = QᵀΓ (npar × ns): row a = Σ_k Q[k, a] Γ[k, ·] over k ascending
    const A = new Float64Array(npar * ns);
    for (let a = 0; a < npar; a++) {
      const ra = a * ns;
      for (let y = cptr[a]!; y < cptr[a + 1]!; y++) {
        const gk = crow[y]! * ns, q = cval[y]!;
        for (let i = 0; i < ns; i++) A[ra + i]! += q * gamma[gk + i]!;
      }
    }
    As.push(A);
    // M += f_g A Q: M[a, b] += Σ_k A[a, k] Q[k, b] over k ascending
    for (let a = 0; a < npar; a++) {
      const ra = a * ns, rm = a * npar;
      for (let b = 0; b < npar; b++) {
        const c0 = cptr[b]!, c1 = cptr[b + 1]!;
        if (c0 === c1) continue;
        let m = M[rm + b]!;
        for (let y = c0; y < c1; y++) m += A[ra + crow[y]!]! * (fg * cval[y]!);
        M[rm + b] = m;
      }
    }
    for (let i = 0; i < ns; i++) {
      trWG += w[i]! * gamma[i * ns + i]!;
      const wi = w[i]!, gi = i * ns;
      for (let j = 0; j < ns; j++) { const v = gamma[gi + j]!; trWG2 += wi * w[j]! * v * v; }
    }
  }
  const Einv = new Float64Array(npar * npar);
  if (!blockSpdInverse(E, npar, Einv)) {
    return { vcov: null, informationInverse: null, traceUGamma: NaN, traceUGamma2: NaN };
  }
  // E⁻¹ is as sparse as E (its blocks: thresholds apart from the structural parameters); the products
  // below run over its non-zero entries only
  const { ptr: eptr, idx: eidx } = sparseRows(Einv, npar, npar);
  const EM = new Float64Array(npar * npar);
  for (let a = 0; a < npar; a++) {
    const ra = a * npar;
    for (let x = eptr[a]!; x < eptr[a + 1]!; x++) {
      const k = eidx[x]!, e = Einv[ra + k]!, rk = k * npar;
      for (let b = 0; b < npar; b++) EM[ra + b]! += e * M[rk + b]!;
    }
  }
  // tr(E⁻¹K), K = Σ_g f_g A_gW_gA_gᵀ, needs K only where E⁻¹ is not zero (each symmetric pair once)
  const Kv = new Float64Array(npar * npar);
  for (let a = 0; a < npar; a++) {
    for (let x = eptr[a]!; x < eptr[a + 1]!; x++) {
      const b = eidx[x]!;
      if (b > a) break;
      let k = 0;
      for (let g = 0; g < G; g++) {
        const { weights: w, nobs } = groups[g]!, A = As[g]!, ns = w.length, rh = a * ns, rl = b * ns;
        let s = 0;
        for (let i = 0; i < ns; i++) s += A[rh + i]! * w[i]! * A[rl + i]!;
        k += (nobs / N) * s;
      }
      Kv[a * npar + b] = Kv[b * npar + a] = k;
    }
  }
  let trEM = 0, trEM2 = 0, trEK = 0;
  for (let a = 0; a < npar; a++) {
    trEM += EM[a * npar + a]!;
    for (let b = 0; b < npar; b++) trEM2 += EM[a * npar + b]! * EM[b * npar + a]!;
    for (let x = eptr[a]!; x < eptr[a + 1]!; x++) { const b = eidx[x]!; trEK += Einv[a * npar + b]! * Kv[b * npar + a]!; }
  }
  // Var(θ̂) = (E⁻¹M) E⁻¹ / (N − G), over the non-zero entries of E⁻¹
  const nEff = N - G;
  const vcov = new Float64Array(npar * npar);
  for (let i = 0; i < npar; i++) {
    const ri = i * npar;
    for (let j = 0; j < npar; j++) {
      let s = 0;
      for (let x = eptr[j]!; x < eptr[j + 1]!; x++) { const k = eidx[x]!; s += EM[ri + k]! * Einv[k * npar + j]!; }
      vcov[ri + j] = s / nEff;
    }
  }
  return { vcov, informationInverse: Einv, traceUGamma: trWG - trEM, traceUGamma2: trWG2 - 2 * trEK + trEM2 };
}

/**
 * Inverse of a symmetric positive-definite matrix block by block: the connected components of its
 * non-zero pattern are inverted apart (each by Cholesky), which gives the same numbers as inverting the
 * whole matrix, whose factor and inverse keep the same zero blocks.
 * @returns false when a block is not positive definite
 */
function blockSpdInverse(E: Float64Array, n: number, out: Float64Array): boolean {
  const comp = new Int32Array(n).fill(-1);
  const members: number[] = [];
  for (let s = 0; s < n; s++) {
    if (comp[s]! >= 0) continue;
    // collect the component of s (depth-first over non-zero entries), then sort it
    members.length = 0;
    comp[s] = s; members.push(s);
    for (let h = 0; h < members.length; h++) {
      const r = members[h]! * n;
      for (let c = 0; c < n; c++) if (comp[c]! < 0 && (E[r + c] !== 0 || E[c * n + members[h]!] !== 0)) { comp[c] = s; members.push(c); }
    }
    members.sort((x, y) => x - y);
    const m = members.length;
    if (m === 1) {
      const d = E[s * n + s]!;
      if (!(d > 0) || !Number.isFinite(d)) return false;
      const l = 1 / Math.sqrt(d);
      out[s * n + s] = l * l;
      continue;
    }
    const sub = new Float64Array(m * m), inv = new Float64Array(m * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) sub[i * m + j] = E[members[i]! * n + members[j]!]!;
    if (Number.isNaN(spdInverse(sub, m, inv, new Float64Array(m * m)))) return false;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) out[members[i]! * n + members[j]!] = inv[i * m + j]!;
  }
  return true;
}
