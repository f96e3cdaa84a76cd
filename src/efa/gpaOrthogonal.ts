import type { Rotation, RotationCriterion } from "./types.ts";
import type { GpaOptions } from "./gpaOblique.ts";
import { polarFactor } from "../linalg/polarFactor.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { GPA_OPTION_KEYS } from "./gpaOblique.ts";

/**
 * Orthogonal gradient-projection rotation (GPArotation's GPForth): minimise Q(Λ) over Λ = A T
 * with T orthogonal, from T = I. The gradient G = Aᵀ ∂Q/∂Λ is projected onto the tangent space
 * (Gp = G − T sym(TᵀG)); the step α is doubled then halved (at most 10 times) until Q decreases
 * by more than ½ α ‖Gp‖²; the new T is the orthogonal polar factor of T − α Gp.
 *
 * Source: Jennrich (2001), "A simple general procedure for orthogonal rotation", Psychometrika 66;
 * Bernaards & Jennrich (2005), Educ. Psychol. Meas. 65 (GPForth).
 * @param A row-major p×m unrotated loadings (not modified)
 * @param p rows
 * @param m factors (≥ 2)
 * @param criterion the rotation criterion Q
 * @param options eps (1e-5) and maxit (1000)
 * @returns rotated loadings (phi null), iterations and convergence
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const r = gpaOrthogonal(A, 9, 3, quartimaxCriterion); r.loadings;
 */
export function gpaOrthogonal(A: Float64Array, p: number, m: number, criterion: RotationCriterion, options: GpaOptions = {}): Rotation {
  checkArg("gpaOrthogonal", "A", A, "float64");
  checkArg("gpaOrthogonal", "criterion", criterion, "function");
  checkOptionsObject("gpaOrthogonal", options);
  options = checkOptionKeys("gpaOrthogonal", options, GPA_OPTION_KEYS);
  const eps = options.eps ?? 1e-5, maxit = options.maxit ?? 1000;
  const mm = m * m;
  const T = new Float64Array(mm), Tt = new Float64Array(mm), X = new Float64Array(mm);
  for (let i = 0; i < m; i++) T[i * m + i] = 1;
  const G = new Float64Array(mm), Gp = new Float64Array(mm), M = new Float64Array(mm), work = new Float64Array(3 * mm + 2 * m);
  const L = new Float64Array(p * m), Lt = new Float64Array(p * m), Gq = new Float64Array(p * m), Gqt = new Float64Array(p * m);
  L.set(A.subarray(0, p * m));
  let f = criterion(L, p, m, Gq);
  crossprod(A, Gq, p, m, G);
  let al = 1, s = Infinity, iter = 0;
  for (iter = 0; iter <= maxit; iter++) {
    // Gp = G − T S with S = (M + Mᵀ)/2, M = TᵀG
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
      let v = 0;
      for (let r = 0; r < m; r++) v += T[r * m + a]! * G[r * m + b]!;
      M[a * m + b] = v;
    }
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
      let v = 0;
      for (let c = 0; c < m; c++) v += T[a * m + c]! * 0.5 * (M[c * m + b]! + M[b * m + c]!);
      Gp[a * m + b] = G[a * m + b]! - v;
    }
    s = 0;
    for (let i = 0; i < mm; i++) s += Gp[i]! * Gp[i]!;
    s = Math.sqrt(s);
    if (s < eps) break;
    al *= 2;
    let ft = f;
    for (let i = 0; i <= 10; i++) {
      for (let k = 0; k < mm; k++) X[k] = T[k]! - al * Gp[k]!;
      polarFactor(X, m, Tt, work);
      for (let r = 0; r < p; r++) for (let k = 0; k < m; k++) {
        let v = 0;
        for (let c = 0; c < m; c++) v += A[r * m + c]! * Tt[c * m + k]!;
        Lt[r * m + k] = v;
      }
      ft = criterion(Lt, p, m, Gqt);
      if (ft < f - 0.5 * s * s * al) break;
      al /= 2;
    }
    T.set(Tt); L.set(Lt); Gq.set(Gqt); f = ft;
    crossprod(A, Gq, p, m, G);
  }
  return { loadings: L, phi: null, iterations: Math.min(iter, maxit), converged: s < eps };
}

/** G = Aᵀ Gq (m×m). */
function crossprod(A: Float64Array, Gq: Float64Array, p: number, m: number, G: Float64Array): void {
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) {
    let v = 0;
    for (let i = 0; i < p; i++) v += A[i * m + a]! * Gq[i * m + b]!;
    G[a * m + b] = v;
  }
}
