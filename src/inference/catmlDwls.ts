import { spdInverse } from "../linalg/spdInverse.ts";
import { symmetricEigenvalues } from "../linalg/symmetricEigenvalues.ts";
import { sparseRows } from "./sparseRows.ts";

/** One group of a DWLS (WLSMV) fit as the catML correction needs it. */
export interface CatmlGroup {
  /** Variables. */
  readonly p: number;
  /** N_g. */
  readonly nobs: number;
  /** Polychoric (sample) correlation matrix R_g, row-major p×p. */
  readonly sampleCor: Float64Array;
  /** Model-implied correlation matrix P_g at the DWLS estimates, row-major p×p, unit diagonal. */
  readonly impliedCor: Float64Array;
  /** Number of thresholds at the start of the WLS vectors (their rows of Δ, W and Γ are dropped). */
  readonly nth: number;
  /** Δ_g of the DWLS fit at θ̂: row-major ns_g × npar (thresholds first, then correlations). */
  readonly jacobian: Float64Array;
  /** DWLS weights 1/diag(Γ_g), length ns_g. */
  readonly weights: Float64Array;
  /** Γ_g (NACOV, N_g-scaled), row-major ns_g × ns_g. */
  readonly gamma: Float64Array;
}

/** lavaan's `lav_fit_catml_dwls` statistics (NaN when a polychoric matrix is not positive definite). */
export interface CatmlStatistics {
  /** ML discrepancy statistic of the correlation-structure model at the DWLS estimates: Σ N_g F_ML,g. */
  readonly XX3: number;
  readonly df3: number;
  /** tr(WiUᵀ V WiU Γ)/df3. */
  readonly cHat3: number;
  /** XX3 / c.hat3. */
  readonly XX3scaled: number;
  /** The independence (identity correlation) model's statistic: −Σ N_g log|R_g|. */
  readonly XX3null: number;
  readonly df3null: number;
  /** tr(Γ)/df3.null over the correlation blocks (Γ_g/f_g). */
  readonly cHat3null: number;
  /** 0-based index of the first group whose polychoric matrix is not positive definite, or −1. */
  readonly notPositiveDefinite: number;
}

/**
 * The statistics behind lavaan's robust CFI/TLI/RNI/RMSEA for categorical data (Savalei 2021): the model
 * is re-evaluated, not refitted, as a normal-theory ML model for the polychoric correlations (lavaan's
 * catML, `correlation = TRUE`, thresholds and means removed) at the DWLS estimates, giving
 *   XX3 = Σ_g N_g (log|P_g| − log|R_g| + tr(R_g P_g⁻¹) − p),
 *   c.hat3 = tr(WiUᵀ V WiU Γ) / df3,  WiU = I − Δ E⁻¹ Δᵀ W,
 * with Δ, W = ⊕ f_g W_g and Γ = ⊕ Γ_g/f_g restricted to the correlations (f_g = N_g/N), E⁻¹ the
 * inverted information of the DWLS fit (all parameters), and V = ⊕ f_g V_g the catML weight at P_g:
 * V_g[(ab),(cd)] = s_ac s_bd + s_ad s_bc (s = entries of P_g⁻¹; ½ D_corᵀ(P⁻¹⊗P⁻¹)D_cor). The baseline uses
 * the identity: XX3.null = −Σ N_g log|R_g|, df3.null = Σ p(p−1)/2, c.hat3.null = tr(Γ)/df3.null.
 * A polychoric matrix with an eigenvalue below √ε makes every statistic NaN, as lavaan (check.pd).
 * Source: Savalei (2021), Psychological Methods 26(4), 505–521 (robust RMSEA/CFI for categorical data);
 * lavaan 0.6-14 `lav_fit_catml_dwls`, `lav_object_catml`, `lav_mvnorm_information_expected` (correlation = TRUE).
 * @param groups sample and implied correlations, Δ, W and Γ of every group
 * @param informationInverse E⁻¹ of the DWLS fit (npar × npar; see `dwlsInference`)
 * @param npar free parameters of the DWLS fit
 * @param df3 degrees of freedom of the catML model (Σ p(p−1)/2 minus its free parameters)
 * @returns the catML statistics
 * @throws never
 * @example
 * const c = catmlDwls([{ p, nobs: 386, sampleCor: R, impliedCor: P, nth: 60, jacobian, weights, gamma }], Einv, 80, 85);
 * c.cHat3; // 1.656 for the loyalty core model (lavaan)
 */
export function catmlDwls(groups: readonly CatmlGroup[], informationInverse: Float64Array, npar: number, df3: number): CatmlStatistics {
  const N = groups.reduce((s, g) => s + g.nobs, 0);
  let XX3 = 0, XX3null = 0, df3null = 0, kbs = 0;
  const nan = (g: number): CatmlStatistics => ({
    XX3: NaN, df3, cHat3: NaN, XX3scaled: NaN, XX3null: NaN, df3null: NaN, cHat3null: NaN, notPositiveDefinite: g,
  });
  const pinvs: Float64Array[] = [];
  for (let g = 0; g < groups.length; g++) {
    const { p, nobs, sampleCor: R, impliedCor: P } = groups[g]!;
    const ev = symmetricEigenvalues(R, p);
    if (ev.some((x) => x < Math.sqrt(Number.EPSILON))) return nan(g);
    const work = new Float64Array(p * p), Rinv = new Float64Array(p * p), Pinv = new Float64Array(p * p);
    const logdetR = spdInverse(R, p, Rinv, work);
    const logdetP = spdInverse(P, p, Pinv, work);
    if (Number.isNaN(logdetP)) return nan(-1);
    let tr = 0;
    for (let i = 0; i < p * p; i++) tr += R[i]! * Pinv[i]!;
    XX3 += nobs * (logdetP - logdetR + tr - p);
    XX3null += -nobs * logdetR;
    df3null += (p * (p - 1)) / 2;
    pinvs.push(Pinv);
  }
  // ks = tr(WiUᵀ V WiU Γ) with WiU = I − D E⁻¹ Dᵀ Wc (D: correlation rows of Δ, Wc = ⊕ f_g W_g,
  // V = ⊕ f_g V_g, Γ = ⊕ Γ_g/f_g) expands into npar × npar products:
  //   ks = Σ_g tr(V_gΓ_g) − 2 tr(E⁻¹ X Y) + tr(E⁻¹ H E⁻¹ L),
  //   X = DᵀWcΓ, Y = VD, H = DᵀVD, L = DᵀWcΓWcD = Σ_g f_g X_g W_g D_g.
  // X, Y, H and L are zero outside the parameters that enter the correlations (the columns of D that are
  // not zero, e.g. not the thresholds), so they are formed over those c parameters only.
  const Ds = groups.map(({ nth, jacobian, weights }) => sparseRows(jacobian, weights.length, npar, undefined, nth));
  const pos = new Int32Array(npar).fill(-1);
  for (const D of Ds) for (const a of D.idx) pos[a] = 0;
  const cols: number[] = [];
  for (let a = 0; a < npar; a++) if (pos[a] === 0) { pos[a] = cols.length; cols.push(a); }
  const c = cols.length;
  const XY = new Float64Array(c * c), H = new Float64Array(c * c), L = new Float64Array(c * c);
  let trVG = 0;
  groups.forEach(({ p, nth, weights, gamma, nobs }, g) => {
    const fg = nobs / N, ns = weights.length, npair = ns - nth;
    const { ptr, idx, val } = Ds[g]!;
    const Vg = catmlWeight(pinvs[g]!, p);
    for (let k = 0; k < npair; k++) kbs += gamma[(nth + k) * ns + nth + k]! / fg;
    // X_g = D_gᵀ W_g Γ_g (c × npair), Y_g = f_g V_g D_g (npair × c, stored transposed: YT[a·npair + i] = Y[i, a])
    const X = new Float64Array(c * npair), YT = new Float64Array(npair * c);
    for (let k = 0; k < npair; k++) {
      const gk = (nth + k) * ns + nth, wk = weights[nth + k]!;
      for (let x = ptr[k]!; x < ptr[k + 1]!; x++) {
        const ra = pos[idx[x]!]! * npair, d = wk * val[x]!;
        for (let i = 0; i < npair; i++) X[ra + i]! += d * gamma[gk + i]!;
      }
      for (let x = ptr[k]!; x < ptr[k + 1]!; x++) {
        const a = pos[idx[x]!]!, d = fg * val[x]!;
        // V_g is symmetric (entry for entry), so its column k is read as row k
        const vk = k * npair, ra = a * npair;
        for (let i = 0; i < npair; i++) YT[ra + i]! += Vg[vk + i]! * d;
      }
    }
    // XY += X_g Y_g ; H += D_gᵀ Y_g ; L += f_g X_g W_g D_g
    // (XY[a, b] summed over i ascending, as a dot product of row a of X and row b of YT)
    for (let a = 0; a < c; a++) {
      const ra = a * npair;
      for (let b = 0; b < c; b++) {
        const rb = b * npair;
        let xy = XY[a * c + b]!;
        for (let i = 0; i < npair; i++) { const xa = X[ra + i]!; if (xa !== 0) xy += xa * YT[rb + i]!; }
        XY[a * c + b] = xy;
      }
    }
    for (let k = 0; k < npair; k++) {
      const wk = fg * weights[nth + k]!;
      for (let x = ptr[k]!; x < ptr[k + 1]!; x++) {
        const a = pos[idx[x]!]!, d = val[x]!;
        for (let b = 0; b < c; b++) H[a * c + b]! += d * YT[b * npair + k]!;
        for (let e = 0; e < c; e++) L[e * c + a]! += X[e * npair + k]! * wk * d;
      }
    }
    // Γ_g is symmetric entry for entry: Γ[nth+k, nth+i] read along row nth+i
    for (let i = 0; i < npair; i++) {
      const vi = i * npair, gi = (nth + i) * ns + nth;
      for (let k = 0; k < npair; k++) trVG += Vg[vi + k]! * gamma[gi + k]!;
    }
  });
  // E⁻¹ restricted to those parameters (its other entries meet only zeros of X, Y, H and L)
  const Einv = new Float64Array(c * c);
  for (let a = 0; a < c; a++) for (let b = 0; b < c; b++) Einv[a * c + b] = informationInverse[cols[a]! * npar + cols[b]!]!;
  const EH = matMul(Einv, H, c), EL = matMul(Einv, L, c);
  let trXY = 0, trHL = 0;
  for (let a = 0; a < c; a++) {
    for (let b = 0; b < c; b++) { trXY += Einv[a * c + b]! * XY[b * c + a]!; trHL += EH[a * c + b]! * EL[b * c + a]!; }
  }
  const ks = trVG - 2 * trXY + trHL;
  const cHat3 = ks / df3;
  return { XX3, df3, cHat3, XX3scaled: XX3 / cHat3, XX3null, df3null, cHat3null: kbs / df3null, notPositiveDefinite: -1 };
}

/** X Y for square row-major n × n matrices. */
function matMul(X: Float64Array, Y: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const x = X[i * n + k]!;
      if (x === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j]! += x * Y[k * n + j]!;
    }
  }
  return out;
}

/** ½ D_corᵀ(S⊗S)D_cor for S = P⁻¹: element [(ab),(cd)] = s_ac s_bd + s_ad s_bc over pairs a > b in vech order. */
function catmlWeight(S: Float64Array, p: number): Float64Array {
  const npair = (p * (p - 1)) / 2;
  const A = new Int32Array(npair), B = new Int32Array(npair);
  for (let b = 0, k = 0; b < p; b++) for (let a = b + 1; a < p; a++, k++) { A[k] = a; B[k] = b; }
  const V = new Float64Array(npair * npair);
  for (let i = 0; i < npair; i++) {
    const a = A[i]!, b = B[i]!;
    for (let j = 0; j < npair; j++) {
      const c = A[j]!, d = B[j]!;
      V[i * npair + j] = S[a * p + c]! * S[b * p + d]! + S[a * p + d]! * S[b * p + c]!;
    }
  }
  return V;
}
