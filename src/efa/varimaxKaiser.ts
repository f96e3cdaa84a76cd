import type { Rotation } from "./types.ts";
import { polarFactor } from "../linalg/polarFactor.ts";
import { checkArg } from "../options/checkArg.ts";

/** Varimax result with the orthogonal rotation matrix (Λ = A T). */
export interface VarimaxRotation extends Rotation {
  /** m×m orthogonal rotation matrix. */
  readonly rotmat: Float64Array;
}

/**
 * Varimax rotation with Kaiser normalisation exactly as R's stats::varimax (which psych::fa uses
 * for rotate = "varimax" and inside promax): rows are scaled to unit length, then
 * T ← UVᵀ from the SVD of B = Xᵀ(Z³ − Z diag(𝟙ᵀZ²)/p), Z = XT, until the sum of singular values
 * grows by less than a factor (1 + eps); finally rows are scaled back.
 *
 * Source: Kaiser (1958), "The varimax criterion for analytic rotation in factor analysis",
 * Psychometrika 23; R stats::varimax (normalize = TRUE, eps = 1e-5, at most 1000 iterations).
 * @param A row-major p×m loadings (not modified)
 * @param p rows
 * @param m factors (≥ 2)
 * @param normalize apply Kaiser row normalisation (default true)
 * @param eps relative convergence tolerance (default 1e-5)
 * @returns rotated loadings, the rotation matrix, iterations and convergence
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const v = varimaxKaiser(A, 25, 7); v.loadings;
 */
export function varimaxKaiser(A: Float64Array, p: number, m: number, normalize = true, eps = 1e-5): VarimaxRotation {
  checkArg("varimaxKaiser", "A", A, "float64");
  const x = new Float64Array(A.subarray(0, p * m)), sc = new Float64Array(p).fill(1);
  if (normalize) {
    for (let i = 0; i < p; i++) {
      let h = 0;
      for (let k = 0; k < m; k++) h += x[i * m + k]! ** 2;
      sc[i] = Math.sqrt(h);
      for (let k = 0; k < m; k++) x[i * m + k] = x[i * m + k]! / sc[i]!;
    }
  }
  const mm = m * m;
  const TT = new Float64Array(mm);
  for (let i = 0; i < m; i++) TT[i * m + i] = 1;
  const z = new Float64Array(p * m), w = new Float64Array(p * m), B = new Float64Array(mm);
  const colSq = new Float64Array(m), work = new Float64Array(3 * mm + 2 * m);
  let d = 0, iterations = 0, converged = false;
  for (let it = 1; it <= 1000; it++) {
    iterations = it;
    multiply(x, TT, p, m, z);
    colSq.fill(0);
    for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) colSq[k] = colSq[k]! + z[i * m + k]! ** 2;
    for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) {
      const v = z[i * m + k]!;
      w[i * m + k] = v * v * v - (v * colSq[k]!) / p;
    }
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
      let v = 0;
      for (let i = 0; i < p; i++) v += x[i * m + a]! * w[i * m + b]!;
      B[a * m + b] = v;
    }
    const dpast = d;
    d = polarFactor(B, m, TT, work);
    if (d < dpast * (1 + eps)) { converged = true; break; }
  }
  multiply(x, TT, p, m, z);
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) z[i * m + k] = z[i * m + k]! * sc[i]!;
  return { loadings: z, phi: null, rotmat: TT, iterations, converged };
}

function multiply(x: Float64Array, T: Float64Array, p: number, m: number, out: Float64Array): void {
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) {
    let v = 0;
    for (let c = 0; c < m; c++) v += x[i * m + c]! * T[c * m + k]!;
    out[i * m + k] = v;
  }
}
