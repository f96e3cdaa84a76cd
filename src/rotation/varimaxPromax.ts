import { inverseRM } from "../linalg/inverseRM.ts";
import { matMulRM } from "../linalg/matMulRM.ts";
import { transposeRM } from "../linalg/transposeRM.ts";
import { polarFactor } from "../linalg/polarFactor.ts";

/**
 * R's `stats::varimax` (Kaiser-normalized when `normalize`, eps 1e-5, at most 1000 iterations) followed by
 * lavaan's `lav_matrix_rotate_promax` (power κ): Q = X∘|X|^{κ−1}, U = (XᵀX)⁻¹XᵀQ with columns scaled so that
 * diag((UᵀU)⁻¹) = 1, loadings X U, rotation (varimax T) U.
 *
 * Source: R stats::varimax (Kaiser 1958); Hendrickson & White (1964) promax; lavaan R/lav_matrix_rotate_methods.R.
 * @param A row-major p×m loadings
 * @param p rows
 * @param m columns
 * @param normalize Kaiser row normalization in varimax
 * @param kappa promax power (lavaan: 4)
 * @returns promax loadings and the combined m×m transformation
 * @throws never
 * @example
 * varimaxPromax(A, 9, 3, true, 4).loadings;
 */
export function varimaxPromax(A: Float64Array, p: number, m: number, normalize: boolean, kappa: number): { loadings: Float64Array; rotmat: Float64Array } {
  const sc = new Float64Array(p).fill(1);
  const x = new Float64Array(p * m);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += A[i * m + k]! ** 2;
    if (normalize) sc[i] = Math.sqrt(s);
    for (let k = 0; k < m; k++) x[i * m + k] = A[i * m + k]! / sc[i]!;
  }
  let TT = new Float64Array(m * m);
  for (let k = 0; k < m; k++) TT[k * m + k] = 1;
  let d = 0;
  const work = new Float64Array(3 * m * m + 2 * m);
  for (let it = 0; it < 1000; it++) {
    const z = matMulRM(x, TT, p, m, m);
    const colSq = new Float64Array(m);
    for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) colSq[k] = colSq[k]! + z[i * m + k]! ** 2;
    const Y = new Float64Array(p * m);
    for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) { const v = z[i * m + k]!; Y[i * m + k] = v ** 3 - v * colSq[k]! / p; }
    const B = matMulRM(transposeRM(x, p, m), Y, m, p, m);
    const next = new Float64Array(m * m);
    const dpast = d;
    d = polarFactor(B, m, next, work);
    TT = next;
    if (d < dpast * (1 + 1e-5)) break;
  }
  const vz = matMulRM(x, TT, p, m, m);
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) vz[i * m + k] = vz[i * m + k]! * sc[i]!;
  // promax
  const Q = vz.map((v) => v * Math.abs(v) ** (kappa - 1));
  const xtx = matMulRM(transposeRM(vz, p, m), vz, m, p, m);
  let U = matMulRM(inverseRM(xtx, m)!, matMulRM(transposeRM(vz, p, m), Q, m, p, m), m, m, m);
  const dd = inverseRM(matMulRM(transposeRM(U, m, m), U, m, m, m), m)!;
  U = U.map((v, idx) => v * Math.sqrt(dd[(idx % m) * m + (idx % m)]!));
  return { loadings: matMulRM(vz, U, p, m, m), rotmat: matMulRM(TT, U, m, m, m) };
}
