import { productABt } from "../linalg/productABt.ts";
import type { Rotation, RotationCriterion } from "./types.ts";
import { gaussJordanInverse } from "../linalg/gaussJordanInverse.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of the gradient-projection rotation engines. */
export interface GpaOptions {
  /** Convergence when the Frobenius norm of the projected gradient is below this (GPArotation: 1e-5). */
  readonly eps?: number;
  /** Maximum number of iterations (GPArotation: 1000). */
  readonly maxit?: number;
}

/** The accepted keys of `gpaOblique()` / `gpaOrthogonal()` options. */
export const GPA_OPTION_KEYS = optionKeys<GpaOptions>({ eps: true, maxit: true });

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
  options = checkOptionKeys("gpaOblique", options, GPA_OPTION_KEYS);
  const eps = options.eps ?? 1e-5, maxit = options.maxit ?? 1000;
  const mm = m * m;
  let T: Float64Array = identity(m), Tt: Float64Array = new Float64Array(mm), Ti: Float64Array = new Float64Array(mm), Tti: Float64Array = new Float64Array(mm);
  const X = new Float64Array(mm), work = new Float64Array(mm), M = new Float64Array(mm), G = new Float64Array(mm), Gp = new Float64Array(mm);
  let L: Float64Array = new Float64Array(p * m), Lt: Float64Array = new Float64Array(p * m);
  let Gq: Float64Array = new Float64Array(p * m), Gqt: Float64Array = new Float64Array(p * m);
  gaussJordanInverse(T, m, Ti, work);
  productABt(A, Ti, p, m, m, L); // L = A (T⁻¹)ᵀ
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
      productABt(A, Tti, p, m, m, Lt);
      ft = criterion(Lt, p, m, Gqt);
      if (f - ft > 0.5 * s * s * al) break;
      al /= 2;
    }
    let sw = T; T = Tt; Tt = sw; sw = Ti; Ti = Tti; Tti = sw; sw = L; L = Lt; Lt = sw; sw = Gq; Gq = Gqt; Gqt = sw; // accept the trial
    f = ft;
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


/** G = −(Lᵀ Gq T⁻¹)ᵀ, i.e. G_ab = −Σ_c (LᵀGq)_bc Ti_ca; LᵀGq in 2 × 2 register blocks, each sum over i in order. */
function gradient(L: Float64Array, Gq: Float64Array, Ti: Float64Array, p: number, m: number, M: Float64Array, G: Float64Array): void {
  let c = 0;
  for (; c + 1 < m; c += 2) {
    let d = 0;
    for (; d + 1 < m; d += 2) {
      let v00 = 0, v01 = 0, v10 = 0, v11 = 0;
      for (let i = 0; i < p; i++) {
        const o = i * m, l0 = L[o + c]!, l1 = L[o + c + 1]!, g0 = Gq[o + d]!, g1 = Gq[o + d + 1]!;
        v00 += l0 * g0; v01 += l0 * g1; v10 += l1 * g0; v11 += l1 * g1;
      }
      M[c * m + d] = v00; M[c * m + d + 1] = v01; M[(c + 1) * m + d] = v10; M[(c + 1) * m + d + 1] = v11;
    }
    if (d < m) {
      let v0 = 0, v1 = 0;
      for (let i = 0; i < p; i++) { const o = i * m, g = Gq[o + d]!; v0 += L[o + c]! * g; v1 += L[o + c + 1]! * g; }
      M[c * m + d] = v0; M[(c + 1) * m + d] = v1;
    }
  }
  if (c < m) {
    for (let d = 0; d < m; d++) {
      let v = 0;
      for (let i = 0; i < p; i++) v += L[i * m + c]! * Gq[i * m + d]!;
      M[c * m + d] = v;
    }
  }
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
    let v = 0;
    for (let e = 0; e < m; e++) v += M[b * m + e]! * Ti[e * m + a]!;
    G[a * m + b] = -v;
  }
}
