import type { GroupMatrices } from "./types.ts";
import { gaussJordanInverse } from "../linalg/gaussJordanInverse.ts";

/** Buffers for the implied moments of one group, with the intermediate products later stages reuse. */
export interface ImpliedBuffers {
  /** (I − B)⁻¹, m×m. */
  readonly M: Float64Array;
  /** Λ M, p×m. */
  readonly D: Float64Array;
  /** Latent covariance C = M Ψ Mᵀ, m×m. */
  readonly C: Float64Array;
  /** Λ C, p×m. */
  readonly LC: Float64Array;
  /** Latent means M α, m. */
  readonly Ma: Float64Array;
  /** Σ, p×p. */
  readonly sigma: Float64Array;
  /** μ, p. */
  readonly mu: Float64Array;
  /** scratch m×m */
  readonly tmp: Float64Array;
  /** scratch m×m for the inverse */
  readonly work: Float64Array;
  /** scratch: columns of the non-zero loadings of each row of Λ (row a at a·m), and their count per row */
  readonly nzCol: Int32Array;
  readonly nzCount: Int32Array;
}

export function allocateImplied(p: number, m: number): ImpliedBuffers {
  return {
    M: new Float64Array(m * m), D: new Float64Array(p * m), C: new Float64Array(m * m), LC: new Float64Array(p * m),
    Ma: new Float64Array(m), sigma: new Float64Array(p * p), mu: new Float64Array(p), tmp: new Float64Array(m * m), work: new Float64Array(m * m),
    nzCol: new Int32Array(p * m), nzCount: new Int32Array(p),
  };
}

/**
 * Model-implied moments of one group:
 *   Σ = Λ (I−B)⁻¹ Ψ (I−B)⁻ᵀ Λᵀ + Θ,  μ = ν + Λ (I−B)⁻¹ α   (Bollen 1989, eq. 8.x; lavaan `computeSigmaHat`).
 * @param mats the group's model matrices
 * @param p observed variables
 * @param m latent variables (with phantoms)
 * @param hasBeta whether B can be non-zero (else M = I is skipped)
 * @param out buffers to fill
 * @returns false when I − B is singular
 * @example
 * impliedMoments(mats, p, m, rep.hasBeta, buffers);
 */
export function impliedMoments(mats: GroupMatrices, p: number, m: number, hasBeta: boolean, out: ImpliedBuffers): boolean {
  const { M, D, C, LC, Ma, sigma, mu, tmp } = out;
  const { lambda, theta, psi, beta, nu, alpha } = mats;
  if (hasBeta) {
    for (let i = 0; i < m * m; i++) tmp[i] = -beta[i]!;
    for (let i = 0; i < m; i++) tmp[i * m + i]! += 1;
    if (!gaussJordanInverse(tmp, m, M, out.work)) return false;
  } else {
    M.fill(0);
    for (let i = 0; i < m; i++) M[i * m + i] = 1;
  }
  // Λ is sparse (an item loads on one or a few factors): every product with Λ runs over its non-zero entries
  // only, in the same order as the dense sums, so the results are the same
  const { nzCol, nzCount } = out;
  for (let a = 0; a < p; a++) {
    let c = 0;
    const ra = a * m;
    for (let k = 0; k < m; k++) if (lambda[ra + k] !== 0) nzCol[ra + c++] = k;
    nzCount[a] = c;
  }
  // D = Λ M
  if (!hasBeta) D.set(lambda);
  else {
    for (let a = 0; a < p; a++) {
      const ra = a * m, c = nzCount[a]!;
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let t = 0; t < c; t++) { const k = nzCol[ra + t]!; s += lambda[ra + k]! * M[k * m + j]!; }
        D[ra + j] = s;
      }
    }
  }
  // tmp = M Ψ ; C = tmp Mᵀ
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += M[i * m + k]! * psi[k * m + j]!;
      tmp[i * m + j] = s;
    }
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += tmp[i * m + k]! * M[j * m + k]!;
      C[i * m + j] = s; C[j * m + i] = s;
    }
  }
  // LC = Λ C ; Σ = LC Λᵀ + Θ
  for (let a = 0; a < p; a++) {
    const ra = a * m, c = nzCount[a]!;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < c; t++) { const k = nzCol[ra + t]!; s += lambda[ra + k]! * C[k * m + j]!; }
      LC[ra + j] = s;
    }
  }
  for (let a = 0; a < p; a++) {
    const ra = a * m;
    for (let b = 0; b <= a; b++) {
      const rb = b * m, c = nzCount[b]!;
      let s = theta[a * p + b]!;
      for (let t = 0; t < c; t++) { const k = nzCol[rb + t]!; s += LC[ra + k]! * lambda[rb + k]!; }
      sigma[a * p + b] = s; sigma[b * p + a] = s;
    }
  }
  // Mα and μ
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += M[i * m + k]! * alpha[k]!;
    Ma[i] = s;
  }
  for (let a = 0; a < p; a++) {
    const ra = a * m, c = nzCount[a]!;
    let s = nu[a]!;
    for (let t = 0; t < c; t++) { const k = nzCol[ra + t]!; s += lambda[ra + k]! * Ma[k]!; }
    mu[a] = s;
  }
  return true;
}
