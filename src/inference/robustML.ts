import type { MlSolution } from "../sem/estimateModel.ts";
import type { MlEvaluator } from "../estimate/mlEvaluator.ts";
import { observedHessian } from "./observedHessian.ts";
import { saturatedModel } from "./saturatedModel.ts";
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
 * Robust ML inference for complete data and FIML alike, in lavaan's conventions for estimator = "MLR":
 * observed information (Hessian) A, first-order information B from casewise scores,
 *   Var(θ̂) = A⁻¹ B A⁻¹ / N   (Huber 1967; White 1982),
 *   c = [tr(A₁⁻¹B₁) − tr(A₀⁻¹B₀)] / df   (Yuan & Bentler 2000; Asparouhov & Muthén's Mplus variant,
 *   lavaan `lav_test_yuan_bentler_mplus_trace`), with A₁, B₁ the same matrices of the unrestricted model
 *   at the sample (EM) moments.
 * With F the ML discrepancy (log L = −N F/2 + const) and d_i = ∂f_i/∂θ the casewise derivatives,
 * A = H/2 and B = Σ d_i d_iᵀ/(4N), so tr(A⁻¹B) = tr(H⁻¹ Σ d_i d_iᵀ)/(2N).
 * @param sol estimation result with its raw rows kept
 * @returns sandwich covariance and scaling factors (NaN when df = 0)
 * @example
 * robustML(sol).scalingFactor;
 */
export function robustML(sol: MlSolution): RobustML {
  const rows = sol.blockRows;
  if (rows === null) return { vcov: null, scalingFactor: NaN, scalingFactorH1: NaN, scalingFactorH0: NaN };
  const N = sol.stats.ntotal;
  const model = traceParts(sol.ev, sol.theta, rows);
  const n = sol.ev.npar;
  let vcov: Float64Array | null = null;
  if (model.Hinv !== null) {
    // Var = H⁻¹ (Σ d dᵀ) H⁻¹ / N²
    const tmp = new Float64Array(n * n);
    vcov = new Float64Array(n * n);
    mul(model.Hinv, model.DtD, n, tmp);
    mul(tmp, model.Hinv, n, vcov);
    for (let i = 0; i < n * n; i++) vcov[i]! /= N * N;
  }
  const sat = saturatedModel(sol);
  const h1 = traceParts(sat.ev, sat.theta, rows);
  const traceH0 = model.trace / (2 * N), traceH1 = h1.trace / (2 * N);
  return {
    vcov,
    scalingFactor: sol.df > 0 ? (traceH1 - traceH0) / sol.df : NaN,
    scalingFactorH1: traceH1 / sat.ev.npar,
    scalingFactorH0: traceH0 / n,
  };
}

function traceParts(ev: MlEvaluator, theta: Float64Array, rows: readonly Float64Array[]): { Hinv: Float64Array | null; DtD: Float64Array; trace: number } {
  const n = ev.npar;
  const H = observedHessian(ev, theta);
  const D = ev.casewiseDerivatives(theta, rows);
  const N = D.length / n;
  const DtD = new Float64Array(n * n);
  for (let r = 0; r < N; r++) {
    const o = r * n;
    for (let a = 0; a < n; a++) {
      const da = D[o + a]!;
      if (da === 0) continue;
      for (let b = 0; b <= a; b++) DtD[a * n + b]! += da * D[o + b]!;
    }
  }
  for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) DtD[b * n + a] = DtD[a * n + b]!;
  const Hinv = new Float64Array(n * n);
  if (Number.isNaN(spdInverse(H, n, Hinv, new Float64Array(n * n)))) return { Hinv: null, DtD, trace: NaN };
  let trace = 0;
  for (let i = 0; i < n * n; i++) trace += Hinv[i]! * DtD[i]!;
  return { Hinv, DtD, trace };
}

function mul(A: Float64Array, B: Float64Array, n: number, out: Float64Array): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += A[i * n + k]! * B[k * n + j]!;
    out[i * n + j] = s;
  }
}
