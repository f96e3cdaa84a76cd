import type { Discrepancy } from "./discrepancy.ts";
import { spdSolve } from "../linalg/spdSolve.ts";
import { spdInverse } from "../linalg/spdInverse.ts";

/** Outcome of an optimisation run. */
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
}

/**
 * Minimise a discrepancy with Fisher scoring (Gauss–Newton steps on the expected
 * Hessian, Levenberg–Marquardt damped when a step does not decrease F), switching to
 * BFGS updates of that Hessian once close, so that misfitting models still converge
 * superlinearly.
 *
 * Sources: Lee & Jennrich (1979) for scoring in covariance structure analysis;
 * Marquardt (1963) for the damping; Nocedal & Wright (2006), eq. 6.19, for the BFGS update.
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
  const theta = new Float64Array(start);
  const trial = new Float64Array(n), grad = new Float64Array(n), newGrad = new Float64Array(n);
  const B = new Float64Array(n * n), damped = new Float64Array(n * n), work = new Float64Array(n * n);
  const step = new Float64Array(n), negGrad = new Float64Array(n), y = new Float64Array(n);
  const Hinv = new Float64Array(n * n), Hy = new Float64Array(n);
  let fx = ev.derivatives(theta, grad, B);
  if (!Number.isFinite(fx)) return { theta, fx, iterations: 0, converged: false, maxGradient: NaN };
  let lambda = 0, it = 0, maxG = maxAbs(grad), quasiNewton = false;
  while (it < maxIt && maxG > tol) {
    it++;
    let accepted = false;
    if (quasiNewton) {
      // quasi-Newton step −H⁻¹g with step halving; no linear solve needed
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v -= Hinv[i * n + j]! * grad[j]!;
        step[i] = v;
      }
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
        damped.set(B);
        if (lambda > 0) for (let i = 0; i < n; i++) damped[i * n + i]! += lambda * Math.max(B[i * n + i]!, 1e-8);
        if (!spdSolve(damped, negGrad, n, step, work)) { lambda = lambda === 0 ? 1e-4 : lambda * 10; continue; }
        for (let i = 0; i < n; i++) trial[i] = theta[i]! + step[i]!;
        const ft = ev.objective(trial);
        if (Number.isFinite(ft) && ft <= fx + 1e-14 * Math.abs(fx)) { accepted = true; break; }
        lambda = lambda === 0 ? 1e-4 : lambda * 10;
      }
      if (!accepted) break;
    }
    const enterQuasi = !quasiNewton && lambda === 0 && maxG < 1e-3;
    if (enterQuasi && !Number.isNaN(spdInverse(B, n, Hinv, work))) quasiNewton = true;
    // the last objective() call was at the accepted trial: its derivatives reuse that evaluation
    fx = ev.derivativesAtLastObjective !== undefined
      ? ev.derivativesAtLastObjective(newGrad, quasiNewton ? null : B)
      : ev.derivatives(trial, newGrad, quasiNewton ? null : B);
    if (quasiNewton) {
      // inverse BFGS update (Nocedal & Wright 2006, eq. 6.17) with s = step, y = ∇F(new) − ∇F(old)
      let ys = 0, yHy = 0;
      for (let i = 0; i < n; i++) { y[i] = newGrad[i]! - grad[i]!; ys += y[i]! * step[i]!; }
      if (ys > 1e-16) {
        for (let i = 0; i < n; i++) {
          let v = 0;
          for (let j = 0; j < n; j++) v += Hinv[i * n + j]! * y[j]!;
          Hy[i] = v;
          yHy += y[i]! * v;
        }
        const rho = 1 / ys, c = rho * rho * yHy + rho;
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
          Hinv[i * n + j]! += c * step[i]! * step[j]! - rho * (Hy[i]! * step[j]! + step[i]! * Hy[j]!);
        }
      }
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
