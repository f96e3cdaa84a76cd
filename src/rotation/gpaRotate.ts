import type { RotationObjective } from "./criteria.ts";
import { inverseRM } from "../linalg/inverseRM.ts";
import { matMulRM } from "../linalg/matMulRM.ts";
import { transposeRM } from "../linalg/transposeRM.ts";
import { polarFactor } from "../linalg/polarFactor.ts";

/** Result of one gradient-projection run. */
export interface GpaResult {
  /** m×m rotation matrix T (Λ = A T for orthogonal, Λ = A T⁻ᵀ for oblique rotations). */
  readonly T: Float64Array;
  /** Criterion value at T. */
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * lavaan's gradient-projection rotation (`lav_matrix_rotate_gpa`, Jennrich 2001/2002): from T₀, project the
 * criterion gradient on the tangent space of the constraint set (orthonormal T, or T with unit-length columns),
 * double the step α, and halve it (at most 1000 times) until Q decreases by more than ½α‖Gp‖²; the new T is
 * the polar factor of T − αGp (orthogonal) or T − αGp with columns scaled to unit length (oblique). Stops when
 * ‖Gp‖_F < tol, or when no step decreases Q any more (then converged when ‖Gp‖_F < 1e-6).
 *
 * Source: Bernaards & Jennrich (2005), Educ. Psychol. Meas. 65; lavaan R/lav_matrix_rotate.R.
 * @param A row-major p×m unrotated loadings (already scaled and row-weighted)
 * @param p rows
 * @param m columns (≥ 2)
 * @param orthogonal orthogonal (true) or oblique rotation
 * @param Q the criterion
 * @param T0 starting rotation (m×m)
 * @param tol gradient-norm tolerance
 * @param maxIter iteration cap
 * @returns the rotation and its criterion value
 * @throws never
 * @example
 * gpaRotate(A, 9, 3, false, rotationCriterion("geomin", args), identity3, 1e-10, 10000).value;
 */
export function gpaRotate(A: Float64Array, p: number, m: number, orthogonal: boolean, Q: RotationObjective, T0: Float64Array, tol: number, maxIter: number): GpaResult {
  let T = Float64Array.from(T0);
  const Gq = new Float64Array(p * m);
  const loadings = (R: Float64Array): Float64Array | null => {
    if (orthogonal) return matMulRM(A, R, p, m, m);
    const Ri = inverseRM(R, m);
    return Ri === null ? null : matMulRM(A, transposeRM(Ri, m, m), p, m, m);
  };
  const gradient = (R: Float64Array, L: Float64Array): Float64Array => {
    if (orthogonal) return matMulRM(transposeRM(A, p, m), Gq, m, p, m);
    // −(Tᵀ)⁻¹ (Gqᵀ Λ)
    const Rti = inverseRM(transposeRM(R, m, m), m)!;
    const g = matMulRM(Rti, matMulRM(transposeRM(Gq, p, m), L, m, p, m), m, m, m);
    for (let i = 0; i < g.length; i++) g[i] = -g[i]!;
    return g;
  };
  let L = loadings(T)!;
  let f = Q(L, p, m, Gq);
  let G = gradient(T, L);
  let alpha = 1, iter = 0, converged = false;
  const work = new Float64Array(3 * m * m + 2 * m);
  for (iter = 0; iter <= maxIter; iter++) {
    const Gp = new Float64Array(m * m);
    if (orthogonal) {
      const M = matMulRM(transposeRM(T, m, m), G, m, m, m);
      const S = new Float64Array(m * m);
      for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) S[a * m + b] = (M[a * m + b]! + M[b * m + a]!) / 2;
      const TS = matMulRM(T, S, m, m, m);
      for (let i = 0; i < m * m; i++) Gp[i] = G[i]! - TS[i]!;
    } else {
      for (let b = 0; b < m; b++) {
        let c = 0;
        for (let r = 0; r < m; r++) c += T[r * m + b]! * G[r * m + b]!;
        for (let r = 0; r < m; r++) Gp[r * m + b] = G[r * m + b]! - T[r * m + b]! * c;
      }
    }
    let frob = 0;
    for (let i = 0; i < m * m; i++) frob += Gp[i]! * Gp[i]!;
    frob = Math.sqrt(frob);
    if (frob < tol) { converged = true; break; }
    if (iter === maxIter) break;
    alpha *= 2;
    let Tt = T, Lt = L, ft = f, decreased = false;
    const Gqt = new Float64Array(p * m);
    for (let h = 0; h < 1000; h++) {
      const X = new Float64Array(m * m);
      for (let i = 0; i < m * m; i++) X[i] = T[i]! - alpha * Gp[i]!;
      Tt = new Float64Array(m * m);
      if (orthogonal) polarFactor(X, m, Tt, work);
      else {
        for (let b = 0; b < m; b++) {
          let c = 0;
          for (let r = 0; r < m; r++) c += X[r * m + b]! ** 2;
          c = 1 / Math.sqrt(c);
          for (let r = 0; r < m; r++) Tt[r * m + b] = X[r * m + b]! * c;
        }
      }
      const Lnew = loadings(Tt);
      ft = Lnew === null ? Infinity : Q(Lnew, p, m, Gqt);
      if (Lnew !== null) Lt = Lnew;
      if (ft < f - 0.5 * frob * frob * alpha) { decreased = true; break; }
      alpha /= 2;
      // below this step the criterion cannot be told apart from its rounding: T is stationary to working precision
      if (alpha < 1e-14) break;
    }
    if (!decreased) { converged = frob < 1e-6; break; }
    T = Tt; L = Lt; f = ft;
    Gq.set(Gqt);
    G = gradient(T, L);
  }
  return { T, value: f, iterations: iter, converged };
}
