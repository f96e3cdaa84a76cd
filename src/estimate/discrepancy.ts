/**
 * What an optimizer needs from an estimator's discrepancy function: its value, its gradient and an
 * approximation of its Hessian (expected information for ML, Gauss–Newton for least squares).
 * Estimators are a strategy table of such objects (ML, FIML, DWLS, …).
 */
export interface Discrepancy {
  readonly npar: number;
  /** F(θ); +Infinity outside the admissible region. */
  objective(theta: Float64Array): number;
  /** F(θ) with the gradient in `grad` and, when given, the Hessian approximation in `hess`. */
  derivatives(theta: Float64Array, grad: Float64Array, hess: Float64Array | null): number;
  /**
   * Optional: the same as `derivatives(θ, …)` for the θ of the latest `objective(θ)` call, reusing that call's
   * work (implied moments, Σ⁻¹). Only valid when nothing else used the evaluator in between.
   */
  derivativesAtLastObjective?(grad: Float64Array, hess: Float64Array | null): number;
}
