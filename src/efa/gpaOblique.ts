import type { Rotation, RotationCriterion } from "./types.ts";
import { gaussJordanInverse } from "../linalg/gaussJordanInverse.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";

/** Options of the gradient-projection rotation engines. */
export interface GpaOptions {
  /** Convergence when the Frobenius norm of the projected gradient is below this (GPArotation: 1e-5). */
  readonly eps?: number;
  /** Maximum number of iterations (GPArotation: 1000). */
  readonly maxit?: number;
}

/**
 * Oblique gradient-projection rotation (GPArotation's GPFoblq): minimise Q(Λ) over Λ = A T⁻ᵀ
 * with T having unit-length columns, from T = I. Each iteration projects the gradient
 * G = −(Λᵀ ∂Q/∂Λ T⁻¹)ᵀ onto the tangent space (Gp = G − T diag(𝟙ᵀ(T∘G))), doubles the step α,
 * and halves it (at most 10 times) until Q decreases by more than ½ α ‖Gp‖²; the new T is
 * (T − α Gp) with columns rescaled to unit length. Φ = TᵀT.
 *
 * Source: Jennrich (2002), "A simple general method for oblique rotation", Psychometrika 67;
 * Bernaards & Jennrich (2005), "Gradient projection algorithms and software for arbitrary
 * rotation criteria in factor analysis", Educ. Psychol. Meas. 65 (GPFoblq).
 * @param A row-major p×m unrotated loadings (not modified)
 * @param p rows
 * @param m factors (≥ 2)
 * @param criterion the rotation criterion Q
 * @param options eps (1e-5) and maxit (1000)
 * @returns rotated pattern loadings, Φ, iterations and convergence
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const r = gpaOblique(A, 25, 7, obliminCriterion(0)); r.phi; // 7×7 factor correlations
 */
export function gpaOblique(A: Float64Array, p: number, m: number, criterion: RotationCriterion, options: GpaOptions = {}): Rotation {
  checkArg("gpaOblique", "A", A, "float64");
  checkArg("gpaOblique", "criterion", criterion, "function");
  checkOptionsObject("gpaOblique", options);
  const eps = options.eps ?? 1e-5, maxit = options.maxit ?? 1000;
  const mm = m * m;
  const T = identity(m), Tt = new Float64Array(mm), X = new Float64Array(mm), Ti = new Float64Array(mm), Tti = new Float64Array(mm);
  const work = new Float64Array(mm), M = new Float64Array(mm), G = new Float64Array(mm), Gp = new Float64Array(mm);
  const L = new Float64Array(p * m), Lt = new Float64Array(p * m), Gq = new Float64Array(p * m), Gqt = new Float64Array(p * m);
  gaussJordanInverse(T, m, Ti, work);
  loadingsFrom(A, Ti, p, m, L);
  let f = criterion(L, p, m, Gq);
  gradient(L, Gq, Ti, p, m, M, G);
  let al = 1, s = Infinity, iter = 0;
  for (iter = 0; iter <= maxit; iter++) {
    // Gp = G − T diag(colSums(T ∘ G))
    for (let b = 0; b < m; b++) {
      let c = 0;
      for (let r = 0; r < m; r++) c += T[r * m + b]! * G[r * m + b]!;
      for (let r = 0; r < m; r++) Gp[r * m + b] = G[r * m + b]! - T[r * m + b]! * c;
    }
    s = 0;
    for (let i = 0; i < mm; i++) s += Gp[i]! * Gp[i]!;
    s = Math.sqrt(s);
    if (s < eps) break;
    al *= 2;
    let ft = f;
    for (let i = 0; i <= 10; i++) {
      for (let k = 0; k < mm; k++) X[k] = T[k]! - al * Gp[k]!;
      for (let b = 0; b < m; b++) {
        let c = 0;
        for (let r = 0; r < m; r++) c += X[r * m + b]! ** 2;
        c = 1 / Math.sqrt(c);
        for (let r = 0; r < m; r++) Tt[r * m + b] = X[r * m + b]! * c;
      }
      gaussJordanInverse(Tt, m, Tti, work);
      loadingsFrom(A, Tti, p, m, Lt);
      ft = criterion(Lt, p, m, Gqt);
      if (f - ft > 0.5 * s * s * al) break;
      al /= 2;
    }
    T.set(Tt); Ti.set(Tti); L.set(Lt); Gq.set(Gqt); f = ft;
    gradient(L, Gq, Ti, p, m, M, G);
  }
  const phi = new Float64Array(mm);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
    let v = 0;
    for (let r = 0; r < m; r++) v += T[r * m + a]! * T[r * m + b]!;
    phi[a * m + b] = v;
  }
  return { loadings: L, phi, iterations: Math.min(iter, maxit), converged: s < eps };
}

function identity(m: number): Float64Array {
  const I = new Float64Array(m * m);
  for (let i = 0; i < m; i++) I[i * m + i] = 1;
  return I;
}

/** L = A (T⁻¹)ᵀ, i.e. L_ik = Σ_c A_ic Ti_kc. */
function loadingsFrom(A: Float64Array, Ti: Float64Array, p: number, m: number, L: Float64Array): void {
  for (let i = 0; i < p; i++) {
    const r = i * m;
    for (let k = 0; k < m; k++) {
      let v = 0;
      for (let c = 0; c < m; c++) v += A[r + c]! * Ti[k * m + c]!;
      L[r + k] = v;
    }
  }
}

/** G = −(Lᵀ Gq T⁻¹)ᵀ, i.e. G_ab = −Σ_c (LᵀGq)_bc Ti_ca. */
function gradient(L: Float64Array, Gq: Float64Array, Ti: Float64Array, p: number, m: number, M: Float64Array, G: Float64Array): void {
  for (let c = 0; c < m; c++) for (let d = 0; d < m; d++) {
    let v = 0;
    for (let i = 0; i < p; i++) v += L[i * m + c]! * Gq[i * m + d]!;
    M[c * m + d] = v;
  }
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
    let v = 0;
    for (let c = 0; c < m; c++) v += M[b * m + c]! * Ti[c * m + a]!;
    G[a * m + b] = -v;
  }
}
