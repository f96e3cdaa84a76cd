import type { Rotation } from "./types.ts";
import { varimaxKaiser } from "./varimaxKaiser.ts";
import { gaussJordanInverse } from "../linalg/gaussJordanInverse.ts";

/**
 * Promax rotation as psych::fa(rotate = "promax"): Kaiser-normalise the rows (psych's `kaiser`),
 * rotate to varimax (stats::varimax), build the target Q = X ∘ |X|^{k−1}, regress it on X
 * (U = (XᵀX)⁻¹XᵀQ), rescale U's columns so that diag((UᵀU)⁻¹) = 1, take Λ = XU (rows scaled back)
 * and Φ = U*⁻¹U*⁻ᵀ with U* = T_varimax U (psych::Promax). With `kaiserRows = false` the rows are not
 * pre-normalised, which is R's stats::promax as psych::principal uses it.
 *
 * Source: Hendrickson & White (1964), "Promax: a quick method for rotation to oblique simple
 * structure", Br. J. Stat. Psychol. 17; psych::Promax and psych::kaiser (Revelle 2022); R stats::promax.
 * @param A row-major p×m unrotated loadings (not modified)
 * @param p rows
 * @param m factors (≥ 2)
 * @param power the promax power k (default 4)
 * @param kaiserRows normalise rows before varimax and target (psych::fa; default true) or not (stats::promax)
 * @returns pattern loadings and Φ
 * @throws never (a singular regression gives non-finite output)
 * @example
 * const r = promax(A, 9, 3); r.phi; // 3×3
 */
export function promax(A: Float64Array, p: number, m: number, power = 4, kaiserRows = true): Rotation {
  const h = new Float64Array(p), w = new Float64Array(p * m);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += A[i * m + k]! ** 2;
    h[i] = kaiserRows ? Math.sqrt(s) : 1;
    for (let k = 0; k < m; k++) w[i * m + k] = A[i * m + k]! / h[i]!;
  }
  const vm = varimaxKaiser(w, p, m);
  const x = vm.loadings, mm = m * m;
  // U = (XᵀX)⁻¹ Xᵀ Q
  const XtX = new Float64Array(mm), XtQ = new Float64Array(mm), inv = new Float64Array(mm), U = new Float64Array(mm);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
    let s1 = 0, s2 = 0;
    for (let i = 0; i < p; i++) {
      const xa = x[i * m + a]!, xb = x[i * m + b]!;
      s1 += xa * xb;
      s2 += xa * xb * Math.abs(xb) ** (power - 1);
    }
    XtX[a * m + b] = s1; XtQ[a * m + b] = s2;
  }
  gaussJordanInverse(XtX, m, inv, new Float64Array(m * m));
  matmul(inv, XtQ, m, U);
  // scale columns: d = diag((UᵀU)⁻¹)
  const UtU = new Float64Array(mm), UtUi = new Float64Array(mm);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
    let s = 0;
    for (let r = 0; r < m; r++) s += U[r * m + a]! * U[r * m + b]!;
    UtU[a * m + b] = s;
  }
  gaussJordanInverse(UtU, m, UtUi, new Float64Array(m * m));
  for (let b = 0; b < m; b++) { const d = Math.sqrt(UtUi[b * m + b]!); for (let r = 0; r < m; r++) U[r * m + b] = U[r * m + b]! * d; }
  const z = new Float64Array(p * m);
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) {
    let s = 0;
    for (let c = 0; c < m; c++) s += x[i * m + c]! * U[c * m + k]!;
    z[i * m + k] = s * h[i]!;
  }
  const Ufull = new Float64Array(mm), Ui = new Float64Array(mm), phi = new Float64Array(mm);
  matmul(vm.rotmat, U, m, Ufull);
  gaussJordanInverse(Ufull, m, Ui, new Float64Array(m * m));
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
    let s = 0;
    for (let c = 0; c < m; c++) s += Ui[a * m + c]! * Ui[b * m + c]!;
    phi[a * m + b] = s;
  }
  return { loadings: z, phi, iterations: vm.iterations, converged: vm.converged };
}

function matmul(a: Float64Array, b: Float64Array, m: number, out: Float64Array): void {
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += a[i * m + k]! * b[k * m + j]!;
    out[i * m + j] = s;
  }
}
