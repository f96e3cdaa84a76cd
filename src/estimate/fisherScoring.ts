import { spdSolve } from "../linalg/spdSolve.ts";
import type { Discrepancy } from "./discrepancy.ts";

/** Outcome of an optimisation run. On return the evaluator's buffers (implied moments etc.) are at `theta`. */
export interface OptimResult {
  readonly theta: Float64Array;
  readonly fx: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Largest absolute gradient element at the end. */
  readonly maxGradient: number;
}

/** Settings for `fisherScoring`. */
export interface OptimOptions {
  readonly maxIterations?: number;
  /** Converged when max |∂F/∂θ| falls below this. */
  readonly gradientTolerance?: number;
  /**
   * Switch from scoring to the quasi-Newton phase once max |∂F/∂θ| is below this (default 1e-3). Larger values
   * (e.g. 0.1) save scoring steps; the optimum is the same within the gradient tolerance, but not to the last digit.
   */
  readonly quasiNewtonThreshold?: number;
}

/**
 * Minimise a discrepancy with Fisher scoring (Gauss–Newton steps on the expected
 * Hessian, Levenberg–Marquardt damped when a step does not decrease F), switching to
 * BFGS updates of that Hessian once close, so that misfitting models still converge
 * superlinearly.
 *
 * Sources: Lee & Jennrich (1979) for scoring in covariance structure analysis;
 * Marquardt (1963) for the damping; Nocedal & Wright (2006), eq. 6.17–6.19, for the BFGS update, applied
 * by their two-loop recursion (algorithm 7.4) on top of the Cholesky factor of the last scoring Hessian.
 * @param ev evaluator giving F, its gradient and expected Hessian
 * @param start starting θ (not modified)
 * @param options iteration limit and tolerance
 * @returns the final θ and whether it converged
 * @example
 * const res = fisherScoring(mlEvaluator(rep, completeDataBlocks(stats)), start);
 */
export function fisherScoring(ev: Discrepancy, start: Float64Array, options: OptimOptions = {}): OptimResult {
  const n = ev.npar;
  const maxIt = options.maxIterations ?? 500;
  const tol = options.gradientTolerance ?? 1e-6;
  const qnFrom = options.quasiNewtonThreshold ?? 1e-3;
  const theta = new Float64Array(start);
  const trial = new Float64Array(n), grad = new Float64Array(n), newGrad = new Float64Array(n);
  const B = new Float64Array(n * n), work = new Float64Array(n * n);
  let damped: Float64Array | null = null;
  const step = new Float64Array(n), negGrad = new Float64Array(n);
  // quasi-Newton phase: H₀⁻¹ = B⁻¹ through the Cholesky factor of B left in `work` by the last scoring step,
  // and the BFGS pairs (s, y, ρ = 1/yᵀs) applied by the two-loop recursion (Nocedal & Wright 2006, alg. 7.4);
  // this is the same H⁻¹ as the explicit inverse update (eq. 6.17) without forming B⁻¹
  const sHist: Float64Array[] = [], yHist: Float64Array[] = [], rhoHist: number[] = [], alpha: number[] = [];
  let pairs = 0;
  let fx = ev.derivatives(theta, grad, B);
  if (!Number.isFinite(fx)) return { theta, fx, iterations: 0, converged: false, maxGradient: NaN };
  let lambda = 0, it = 0, maxG = maxAbs(grad), quasiNewton = false;
  while (it < maxIt && maxG > tol) {
    it++;
    let accepted = false;
    if (quasiNewton) {
      // quasi-Newton step −H⁻¹g with step halving; only triangular solves with the kept factor
      quasiNewtonDirection(work, n, grad, sHist, yHist, rhoHist, alpha, pairs, step);
      for (let attempt = 0; attempt < 30 && !accepted; attempt++) {
        for (let i = 0; i < n; i++) trial[i] = theta[i]! + step[i]!;
        const ft = ev.objective(trial);
        if (Number.isFinite(ft) && ft <= fx + 1e-14 * Math.abs(fx)) accepted = true;
        else for (let i = 0; i < n; i++) step[i]! *= 0.5;
      }
      if (!accepted) { quasiNewton = false; fx = ev.derivatives(theta, grad, B); continue; } // back to scoring
    } else {
      for (let i = 0; i < n; i++) negGrad[i] = -grad[i]!;
      for (let attempt = 0; attempt < 40; attempt++) {
        let A: Float64Array = B;
        if (lambda > 0) {
          A = damped ??= new Float64Array(n * n);
          A.set(B);
          for (let i = 0; i < n; i++) A[i * n + i]! += lambda * Math.max(B[i * n + i]!, 1e-8);
        }
        if (!spdSolve(A, negGrad, n, step, work)) { lambda = lambda === 0 ? 1e-4 : lambda * 10; continue; }
        for (let i = 0; i < n; i++) trial[i] = theta[i]! + step[i]!;
        const ft = ev.objective(trial);
        if (Number.isFinite(ft) && ft <= fx + 1e-14 * Math.abs(fx)) { accepted = true; break; }
        lambda = lambda === 0 ? 1e-4 : lambda * 10;
      }
      if (!accepted) { ev.objective(theta); break; } // leave the evaluator at θ
    }
    // entering the quasi-Newton phase: the accepted step was undamped, so `work` holds the Cholesky factor of B
    if (!quasiNewton && lambda === 0 && maxG < qnFrom) { quasiNewton = true; pairs = 0; }
    // the last objective() call was at the accepted trial: its derivatives reuse that evaluation
    fx = ev.derivativesAtLastObjective !== undefined
      ? ev.derivativesAtLastObjective(newGrad, quasiNewton ? null : B)
      : ev.derivatives(trial, newGrad, quasiNewton ? null : B);
    if (quasiNewton) {
      // BFGS pair s = step, y = ∇F(new) − ∇F(old), kept when the curvature yᵀs is positive
      if (pairs === sHist.length) { sHist.push(new Float64Array(n)); yHist.push(new Float64Array(n)); rhoHist.push(0); alpha.push(0); }
      const s = sHist[pairs]!, yv = yHist[pairs]!;
      let ys = 0;
      for (let i = 0; i < n; i++) { const d = newGrad[i]! - grad[i]!; yv[i] = d; s[i] = step[i]!; ys += d * step[i]!; }
      if (ys > 1e-16) rhoHist[pairs++] = 1 / ys;
    }
    theta.set(trial);
    grad.set(newGrad);
    maxG = maxAbs(grad);
    lambda = lambda / 10 < 1e-8 ? 0 : lambda / 10;
  }
  // converged: the gradient test passed, or the line search stalled with a tiny gradient (numerical floor);
  // running out of iterations is never convergence
  const converged = maxG <= tol || (it < maxIt && maxG <= tol * 100);
  return { theta, fx, iterations: it, converged, maxGradient: maxG };
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) { const a = Math.abs(v[i]!); if (a > m) m = a; }
  return m;
}

/**
 * step = −H⁻¹ g for the BFGS inverse-Hessian approximation built from H₀⁻¹ = (L Lᵀ)⁻¹ and the stored pairs
 * (two-loop recursion, Nocedal & Wright 2006, algorithm 7.4, with every pair kept).
 */
function quasiNewtonDirection(
  L: Float64Array, n: number, grad: Float64Array, sHist: readonly Float64Array[], yHist: readonly Float64Array[],
  rho: readonly number[], alpha: number[], pairs: number, step: Float64Array,
): void {
  for (let i = 0; i < n; i++) step[i] = grad[i]!;
  for (let k = pairs - 1; k >= 0; k--) {
    const s = sHist[k]!, y = yHist[k]!;
    let a = 0;
    for (let i = 0; i < n; i++) a += s[i]! * step[i]!;
    a *= rho[k]!;
    alpha[k] = a;
    for (let i = 0; i < n; i++) step[i]! -= a * y[i]!;
  }
  // r = (L Lᵀ)⁻¹ q: forward then back substitution with the lower factor
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    let v = step[i]!;
    for (let k = 0; k < i; k++) v -= L[ri + k]! * step[k]!;
    step[i] = v / L[ri + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    const v = step[i]! / L[i * n + i]!;
    step[i] = v;
    for (let k = 0; k < i; k++) step[k]! -= L[i * n + k]! * v;
  }
  for (let k = 0; k < pairs; k++) {
    const s = sHist[k]!, y = yHist[k]!;
    let b = 0;
    for (let i = 0; i < n; i++) b += y[i]! * step[i]!;
    b = alpha[k]! - rho[k]! * b;
    for (let i = 0; i < n; i++) step[i]! += b * s[i]!;
  }
  for (let i = 0; i < n; i++) step[i] = -step[i]!;
}

