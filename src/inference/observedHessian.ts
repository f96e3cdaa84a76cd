import type { MlEvaluator } from "../estimate/mlEvaluator.ts";

/**
 * Observed Hessian of the discrepancy: the evaluator's analytic one when it has it (ML/FIML), else
 * numerical differentiation of its analytic gradient, with
 * the five-point stencil (g(θ−2h) − 8g(θ−h) + 8g(θ+h) − g(θ+2h)) / 12h, then symmetrised — as lavaan's
 * `lav_model_hessian` does for information = "observed".
 * Source: Fornberg (1988) finite-difference weights; lavaan R/lav_model_hessian.R.
 * @param ev evaluator
 * @param theta point of evaluation (not modified)
 * @param h step (default 1e-6, lavaan's choice)
 * @returns npar×npar Hessian of F
 * @example
 * const H = observedHessian(sol.ev, sol.theta);
 */
export function observedHessian(ev: MlEvaluator, theta: Float64Array, h = 1e-6): Float64Array {
  const n = ev.npar;
  const H = new Float64Array(n * n);
  if (ev.observedHessian !== undefined) { ev.observedHessian(theta, H); return H; } // analytic (ML family)
  const t = new Float64Array(theta);
  const g1 = new Float64Array(n), g2 = new Float64Array(n), g3 = new Float64Array(n), g4 = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const x = theta[j]!;
    t[j] = x - 2 * h; ev.derivatives(t, g1, null);
    t[j] = x - h; ev.derivatives(t, g2, null);
    t[j] = x + h; ev.derivatives(t, g3, null);
    t[j] = x + 2 * h; ev.derivatives(t, g4, null);
    t[j] = x;
    for (let i = 0; i < n; i++) H[i * n + j] = (g1[i]! - 8 * g2[i]! + 8 * g3[i]! - g4[i]!) / (12 * h);
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) {
    const v = (H[i * n + j]! + H[j * n + i]!) / 2;
    H[i * n + j] = v; H[j * n + i] = v;
  }
  ev.objective(theta); // leave the evaluator's buffers at θ
  return H;
}
