import { symmetricEigenInPlace } from "../linalg/symmetricEigenInPlace.ts";

/**
 * The unweighted-least-squares (minres) discrepancy as a function of the uniquenesses Ψ,
 * with the loadings concentrated out: for fixed Ψ the best m-factor loadings are the leading
 * eigenvectors of R − Ψ scaled by √λ, so
 * F(Ψ) = ½‖R − Ψ − ΛΛᵀ‖² = ½ Σ_{k not kept} λ_k², and ∂F/∂Ψ_i = (ΛΛᵀ + Ψ − R)_ii.
 * The gradient is psych's `FAgr.minres`; its zero is the minres / iterated principal-axis
 * fixed point (diagonal residuals vanish). The exact Hessian (from first-order eigenvector
 * perturbation, K the kept and K̄ the other eigen-pairs, P = Σ_{k∈K̄} v_k v_kᵀ) is
 * ∂²F/∂Ψ_i∂Ψ_j = P_ij² + 2 Σ_{k∈K̄} Σ_{l∈K} λ_k/(λ_k − λ_l) v_ik v_il v_jk v_jl.
 *
 * Source: Harman & Jones (1966), "Factor analysis by minimizing residuals (minres)",
 * Psychometrika 31; Jöreskog (1977) for the concentrated ULS function; psych::fa (Revelle 2022);
 * eigenvector derivatives: Magnus & Neudecker (1999), Matrix Differential Calculus, §8.8.
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param m number of factors
 * @param workspace optional arrays that receive Ψ and the eigen-decomposition of R − Ψ of the last call
 * @returns `(psi, grad, hess?) => F(Ψ)` writing ∂F/∂Ψ into grad and, when given, the p×p Hessian into hess;
 *   reuses internal workspaces (not re-entrant); a call with the Ψ of the previous call reuses its
 *   eigen-decomposition, so asking for the Hessian at an already evaluated point costs only the Hessian
 * @throws never
 * @example
 * const fg = ulsObjective(R, p, 2); const g = new Float64Array(p); fg(new Float64Array(p).fill(0.5), g);
 */
export function ulsObjective(
  R: Float64Array, p: number, m: number, workspace?: UlsWorkspace,
): (psi: Float64Array, grad: Float64Array, hess?: Float64Array) => number {
  const A = new Float64Array(p * p), work = new Float64Array(p), u = new Float64Array(4 * p);
  const ws = workspace ?? { psi: new Float64Array(p), values: new Float64Array(p), vectors: new Float64Array(p * p) };
  const { values, vectors } = ws, last = ws.psi;
  let fresh = true;
  return (psi, grad, hess) => {
    let same = !fresh;
    for (let i = 0; i < p && same; i++) same = psi[i] === last[i];
    if (!same) { // a new Ψ: decompose R − Ψ (the same Ψ again reuses the decomposition, e.g. for its Hessian)
      A.set(R);
      for (let i = 0; i < p; i++) A[i * p + i] = R[i * p + i]! - psi[i]!;
      symmetricEigenInPlace(A, p, values, vectors, work);
      last.set(psi.subarray(0, p));
      fresh = false;
    }
    let f = 0;
    grad.fill(0);
    for (let k = 0; k < p; k++) {
      const lam = values[k]!;
      if (k < m && lam > 0) continue; // kept in ΛΛᵀ
      f += lam * lam;
      for (let i = 0; i < p; i++) { const v = vectors[i * p + k]!; grad[i] = grad[i]! - lam * v * v; }
    }
    if (hess !== undefined) hessian(values, vectors, p, m, hess, u);
    return 0.5 * f;
  };
}

/** Optional workspace of {@link ulsObjective}: after each call it holds Ψ and the eigen-decomposition of R − Ψ. */
export interface UlsWorkspace {
  /** Ψ of the last call (length p). */
  readonly psi: Float64Array;
  /** Eigenvalues of R − Ψ, largest first (length p). */
  readonly values: Float64Array;
  /** Eigenvectors of R − Ψ as columns, row-major p×p. */
  readonly vectors: Float64Array;
}

/**
 * H = P∘P + Σ_{l∈K} Σ_{k∈K̄} 2λ_k/(λ_k − λ_l) u uᵀ with u_i = v_ik v_il (upper triangle mirrored).
 * The rank-one terms are added four pairs (l, k) per sweep over H; each element still receives them one
 * by one in the order of the pairs, so the sums are the same as one sweep per pair. `u` holds 4p numbers.
 */
function hessian(values: Float64Array, V: Float64Array, p: number, m: number, H: Float64Array, u: Float64Array): void {
  let kept = 0;
  while (kept < m && values[kept]! > 0) kept++;
  // P = I − V_K V_Kᵀ
  for (let i = 0; i < p; i++) for (let j = i; j < p; j++) {
    let s = i === j ? 1 : 0;
    for (let l = 0; l < kept; l++) s -= V[i * p + l]! * V[j * p + l]!;
    H[i * p + j] = s * s;
  }
  const w = [0, 0, 0, 0];
  let q = 0; // pairs gathered in u
  for (let l = 0; l < kept; l++) {
    const lamL = values[l]!;
    for (let k = kept; k < p; k++) {
      const lamK = values[k]!;
      w[q] = (2 * lamK) / (lamK - lamL);
      const o = q * p;
      for (let i = 0; i < p; i++) u[o + i] = V[i * p + k]! * V[i * p + l]!;
      if (++q === 4) { addRankOne4(H, p, u, w[0]!, w[1]!, w[2]!, w[3]!); q = 0; }
    }
  }
  for (let r = 0; r < q; r++) addRankOne(H, p, u, r * p, w[r]!);
  for (let i = 0; i < p; i++) for (let j = 0; j < i; j++) H[i * p + j] = H[j * p + i]!;
}

/** Upper triangle of H += w0 u0 u0ᵀ, then w1 u1 u1ᵀ, … w3 u3 u3ᵀ (u_r at u[r·p]), element by element in that order. */
function addRankOne4(H: Float64Array, p: number, u: Float64Array, w0: number, w1: number, w2: number, w3: number): void {
  const o1 = p, o2 = 2 * p, o3 = 3 * p;
  for (let i = 0; i < p; i++) {
    const a0 = w0 * u[i]!, a1 = w1 * u[o1 + i]!, a2 = w2 * u[o2 + i]!, a3 = w3 * u[o3 + i]!;
    const row = i * p;
    for (let j = i; j < p; j++) {
      H[row + j] = H[row + j]! + a0 * u[j]! + a1 * u[o1 + j]! + a2 * u[o2 + j]! + a3 * u[o3 + j]!;
    }
  }
}

/** Upper triangle of H += w u uᵀ with u at u[o]. */
function addRankOne(H: Float64Array, p: number, u: Float64Array, o: number, w: number): void {
  for (let i = 0; i < p; i++) {
    const wi = w * u[o + i]!;
    const row = i * p;
    for (let j = i; j < p; j++) H[row + j] = H[row + j]! + wi * u[o + j]!;
  }
}
