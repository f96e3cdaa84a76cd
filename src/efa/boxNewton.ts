import type { BoxMinimum } from "./boxQuasiNewton.ts";
import { choleskyInPlace } from "../linalg/cholesky.ts";

/**
 * Minimise a twice-differentiable function subject to lower ≤ x_i ≤ upper by projected
 * Newton steps: variables at a bound whose gradient points outwards are held fixed, the Newton
 * system on the free variables is solved by Cholesky (with Levenberg damping μI added when the
 * free Hessian block is not positive definite), steps are projected onto the box and accepted by
 * Armijo backtracking. Converges quadratically near a regular minimum; stops when the projected
 * gradient is below gtol, when the Newton decrement −gᵀd falls to the rounding level of f, or —
 * after a full Newton step on an unchanged free set — when the previous Hessian's Cholesky factor
 * predicts a remaining decrease ½gᵀH⁻¹g below 1e-12·|f| (Boyd & Vandenberghe 2004, §9.5.1, the
 * Newton-decrement stopping rule; 1e-12 is far below psych's optim/L-BFGS-B factr = 1e7 rule).
 *
 * Source: Bertsekas (1982), "Projected Newton methods for optimization problems with simple
 * constraints", SIAM J. Control Optim. 20; Nocedal & Wright (2006), Numerical Optimization, §3.4;
 * Boyd & Vandenberghe (2004), Convex Optimization, §9.5.
 * @param fgh evaluates f(x), writes ∇f into g and, when H is given, the Hessian (row-major n×n) into H;
 *   the Hessian is asked for only at accepted points, by a second call with the x of the previous call
 *   (an objective that caches its last x makes that call cheap)
 * @param x0 starting point (projected onto the box)
 * @param lower common lower bound
 * @param upper common upper bound
 * @param options gtol (default 1e-10) and maxIter (default 100)
 * @returns the minimiser, value, gradient and convergence information
 * @throws never
 * @example
 * boxNewton((x, g, H) => { g[0] = 2 * (x[0]! - 3); if (H) H[0] = 2; return (x[0]! - 3) ** 2; }, new Float64Array([0]), 0, 10).x; // [3]
 */
export function boxNewton(
  fgh: (x: Float64Array, g: Float64Array, H?: Float64Array) => number,
  x0: Float64Array, lower: number, upper: number, options: { gtol?: number; maxIter?: number } = {},
): BoxMinimum {
  const gtol = options.gtol ?? 1e-10, maxIter = options.maxIter ?? 100;
  const n = x0.length;
  const x = new Float64Array(n), g = new Float64Array(n), H = new Float64Array(n * n);
  const xt = new Float64Array(n), gt = new Float64Array(n);
  const d = new Float64Array(n), C = new Float64Array(n * n), b = new Float64Array(n);
  const freeIdx = new Int32Array(n), prevFree = new Int32Array(n);
  let prevNf = -1; // > −1: C holds the unshifted Cholesky factor of the free Hessian at the previous point, prevFree its free set
  for (let i = 0; i < n; i++) x[i] = Math.min(upper, Math.max(lower, x0[i]!));
  let f = fgh(x, g), evaluations = 1, iterations = 0, converged = false, pg = Infinity;
  while (iterations < maxIter) {
    let nf = 0;
    pg = 0;
    for (let i = 0; i < n; i++) {
      const fixed = (x[i]! <= lower && g[i]! > 0) || (x[i]! >= upper && g[i]! < 0);
      if (!fixed) { freeIdx[nf++] = i; pg = Math.max(pg, Math.abs(g[i]!)); }
    }
    if (pg < gtol) { converged = true; break; }
    // after a full Newton step the previous Hessian predicts the next decrease ½gᵀH⁻¹g; when that is
    // far below what psych's optimiser resolves, stop without a new Hessian
    if (prevNf === nf && sameSet(freeIdx, prevFree, nf)) {
      const dec = chordDecrease(C, g, freeIdx, nf, b);
      if (dec <= DECREASE_TOL * Math.abs(f) + 1e-24) { converged = true; break; }
    }
    prevNf = -1;
    iterations++;
    fgh(x, g, H); // the Hessian only where a Newton step is taken (same x, so same f and g)
    const mu = newtonDirection(H, g, n, freeIdx, nf, C, b, d);
    let slope = 0;
    for (let i = 0; i < n; i++) slope += d[i]! * g[i]!;
    // Newton decrement −gᵀd: once the predicted decrease is at rounding level of f, stop
    if (slope < 0 && -slope <= 1e-14 * Math.abs(f) + 1e-24) { converged = true; break; }
    if (!(slope < 0)) { // not a descent direction (numerical breakdown): steepest descent instead
      d.fill(0);
      for (let a = 0; a < nf; a++) d[freeIdx[a]!] = -g[freeIdx[a]!]!;
    }
    let t = 1, ft = Number.NaN, accepted = false;
    for (let k = 0; k < 60; k++) {
      let decrease = 0;
      for (let i = 0; i < n; i++) {
        xt[i] = Math.min(upper, Math.max(lower, x[i]! + t * d[i]!));
        decrease += g[i]! * (xt[i]! - x[i]!);
      }
      ft = fgh(xt, gt); evaluations++;
      if (Number.isFinite(ft) && ft <= f + 1e-4 * decrease) { accepted = true; break; }
      t *= 0.5;
    }
    if (!accepted) { converged = pg < 1e-6; break; }
    const fPrev = f;
    x.set(xt); g.set(gt); f = ft;
    if (t === 1 && mu === 0 && slope < 0) { prevNf = nf; prevFree.set(freeIdx.subarray(0, nf)); }
    if (fPrev - f <= 1e-16 * Math.abs(f) && t < 1e-10) { converged = pg < 1e-6; break; }
  }
  return { x, f, gradient: g, projectedGradient: pg, iterations, evaluations, converged };
}

/**
 * Stop when the predicted remaining decrease is below this fraction of f: far below psych's own stopping
 * rule (optim L-BFGS-B, factr = 1e7: relative decrease ≤ 1e7·ε ≈ 2.2e-9), so the uniquenesses land on
 * psych's solution more closely than psych's optimiser resolves it.
 */
const DECREASE_TOL = 1e-12;

function sameSet(a: Int32Array, b: Int32Array, k: number): boolean {
  for (let i = 0; i < k; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** ½ g_fᵀ H_f⁻¹ g_f with the lower Cholesky factor of H_ff in C (z in scratch b). */
function chordDecrease(C: Float64Array, g: Float64Array, freeIdx: Int32Array, nf: number, b: Float64Array): number {
  for (let a = 0; a < nf; a++) {
    let s = g[freeIdx[a]!]!;
    for (let c = 0; c < a; c++) s -= C[a * nf + c]! * b[c]!;
    b[a] = s / C[a * nf + a]!;
  }
  let q = 0; // gᵀH⁻¹g = ‖L⁻¹g‖²
  for (let a = 0; a < nf; a++) q += b[a]! * b[a]!;
  return 0.5 * q;
}

/** Solve H_ff d_f = −g_f by Cholesky, adding μI until H_ff + μI is positive definite; d = 0 elsewhere. Returns μ. */
function newtonDirection(
  H: Float64Array, g: Float64Array, n: number, freeIdx: Int32Array, nf: number, C: Float64Array, b: Float64Array, d: Float64Array,
): number {
  d.fill(0);
  let mu = 0, scale = 0;
  for (let a = 0; a < nf; a++) scale = Math.max(scale, Math.abs(H[freeIdx[a]! * n + freeIdx[a]!]!));
  for (let attempt = 0; attempt < 40; attempt++) {
    for (let a = 0; a < nf; a++) for (let c = 0; c < nf; c++) C[a * nf + c] = H[freeIdx[a]! * n + freeIdx[c]!]! + (a === c ? mu : 0);
    if (choleskyInPlace(C, nf)) break;
    mu = mu === 0 ? Math.max(scale, 1) * 1e-8 : mu * 10;
  }
  // forward/back substitution with the lower factor in C
  for (let a = 0; a < nf; a++) {
    let s = -g[freeIdx[a]!]!;
    for (let c = 0; c < a; c++) s -= C[a * nf + c]! * b[c]!;
    b[a] = s / C[a * nf + a]!;
  }
  for (let a = nf - 1; a >= 0; a--) {
    let s = b[a]!;
    for (let c = a + 1; c < nf; c++) s -= C[c * nf + a]! * b[c]!;
    b[a] = s / C[a * nf + a]!;
  }
  for (let a = 0; a < nf; a++) d[freeIdx[a]!] = b[a]!;
  return mu;
}
