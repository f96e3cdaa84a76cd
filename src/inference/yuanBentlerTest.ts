import type { MlSolution } from "../estimate/estimateModel.ts";
import { h1Information } from "./h1Information.ts";
import { observedHessian } from "./observedHessian.ts";
import { matMul } from "./matMul.ts";
import { spdInverse } from "../linalg/spdInverse.ts";

/** Huber–White standard errors and the Yuan–Bentler scaled χ² of an ML solution (lavaan's MLR). */
export interface RobustML {
  /** Sandwich covariance of θ̂, or null when the information matrix is singular. */
  readonly vcov: Float64Array | null;
  /** Yuan–Bentler (Mplus variant) scaling factor c; χ²_scaled = χ²/c. */
  readonly scalingFactor: number;
  /** tr(A₁⁻¹B₁)/(number of h1 moments) and tr(A₀⁻¹B₀)/npar, as lavaan's scaling.factor.h1 / .h0. */
  readonly scalingFactorH1: number;
  readonly scalingFactorH0: number;
}

/**
 * lavaan's MLR inference (complete data and FIML): Huber–White sandwich standard errors and the
 * Yuan–Bentler (Mplus variant) scaled χ². With H the observed Hessian of F (log L = −N F/2 + const),
 * d_i = ∂f_i/∂θ the casewise derivatives, A₀ = H/2 and B₀ = Σ d_i d_iᵀ/(4N):
 *   Var(θ̂) = H⁻¹ (Σ d_i d_iᵀ) H⁻¹ / N²  (= A₀⁻¹B₀A₀⁻¹/N),
 *   c = [tr(A₁⁻¹B₁) − tr(A₀⁻¹B₀)] / df,  scaling.factor.h1 = tr(A₁⁻¹B₁)/(h1 moments in use),
 *   scaling.factor.h0 = tr(A₀⁻¹B₀)/npar,
 * with the h1 trace from `h1Information` (which leaves out the moments of fixed exogenous covariates
 * and uses the fixed-x Gamma for complete data, as lavaan), without refitting the saturated model.
 * Source: Huber (1967); White (1982); Yuan & Bentler (2000), Sociological Methodology 30, 165–200;
 * lavaan 0.6-14 `lav_model_nvcov_robust_sandwich`, `lav_test_yuan_bentler_mplus_trace` (zero.idx, h1.ndat).
 * @param sol ML solution with its raw rows kept
 * @param hessian the observed Hessian of F at θ̂ when already computed (not modified), else computed here
 * @returns sandwich covariance (null when H is singular) and scaling factors (NaN when df = 0)
 * @throws never
 * @example
 * const t = yuanBentlerTest(sol); sol.chisq / t.scalingFactor; // lavaan's chisq.scaled
 */
export function yuanBentlerTest(sol: MlSolution, hessian?: Float64Array): RobustML {
  const rows = sol.blockRows;
  if (rows === null) return { vcov: null, scalingFactor: NaN, scalingFactorH1: NaN, scalingFactorH0: NaN };
  const { ev, theta } = sol;
  const n = ev.npar, N = sol.stats.ntotal;
  const H = hessian ?? observedHessian(ev, theta);
  const D = ev.casewiseDerivatives(theta, rows);
  ev.objective(theta);
  const cases = D.length / n;
  const DtD = crossProduct(D, cases, n);
  const Hinv = new Float64Array(n * n);
  let vcov: Float64Array | null = null, traceH0 = NaN;
  if (!Number.isNaN(spdInverse(H, n, Hinv, new Float64Array(n * n)))) {
    vcov = matMul(matMul(Hinv, DtD, n, n, n), Hinv, n, n, n);
    for (let i = 0; i < n * n; i++) vcov[i]! /= N * N;
    let t = 0;
    for (let i = 0; i < n * n; i++) t += Hinv[i]! * DtD[i]!;
    traceH0 = t / (2 * N);
  }
  const h1 = h1Information(sol);
  let used = 0;
  for (let i = 0; i < h1.n; i++) if (h1.A[i * h1.n + i] !== 0) used++;
  return {
    vcov,
    scalingFactor: sol.df > 0 ? (h1.traceAinvB - traceH0) / sol.df : NaN,
    scalingFactorH1: h1.traceAinvB / used,
    scalingFactorH0: traceH0 / n,
  };
}

/** DᵀD (n×n) of D (cases×n, row-major) as dot products of its columns, two by two (sums over the cases in order). */
function crossProduct(D: Float64Array, cases: number, n: number): Float64Array {
  const Dt = new Float64Array(n * cases), out = new Float64Array(n * n);
  for (let r = 0; r < cases; r++) for (let a = 0; a < n; a++) Dt[a * cases + r] = D[r * n + a]!;
  for (let a = 0; a < n; a += 2) {
    const x0 = a * cases, two = a + 1 < n, x1 = two ? x0 + cases : x0;
    for (let b = 0; b <= a; b++) {
      const y = b * cases;
      let s0 = 0, s1 = 0;
      for (let r = 0; r < cases; r++) { const v = Dt[y + r]!; s0 += Dt[x0 + r]! * v; s1 += Dt[x1 + r]! * v; }
      out[a * n + b] = s0; out[b * n + a] = s0;
      if (two) { out[(a + 1) * n + b] = s1; out[b * n + a + 1] = s1; }
    }
    if (two) { let s = 0; for (let r = 0; r < cases; r++) s += Dt[x1 + r]! * Dt[x1 + r]!; out[(a + 1) * n + a + 1] = s; }
  }
  return out;
}
