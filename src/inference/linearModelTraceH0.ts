import type { MlSolution } from "../estimate/estimateModel.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { momentJacobian } from "../representation/momentJacobian.ts";
import { missingDataInformation } from "./missingDataInformation.ts";
import { matMul } from "./matMul.ts";

/**
 * The h0 part tr(A₀⁻¹B₀) of the Yuan–Bentler (Mplus variant) trace for a model whose moments are
 * linear in θ (the baseline model: free variances and means): its observed information is then
 * exactly A₀ = Δᵀ A(Σ̂, μ̂) Δ and its first-order information B₀ = Δᵀ B(Σ̂, μ̂) Δ, with A and B the
 * moment information of `missingDataInformation` at the model-implied moments. With the h1 part
 * tr(A₁⁻¹B₁) of `h1Information`, the baseline's scaling factor is c₀ = [tr(A₁⁻¹B₁) − tr(A₀⁻¹B₀)]/df₀.
 * Source: Yuan & Bentler (2000), Sociological Methodology 30, 165–200; lavaan 0.6-14
 * `lav_test_yuan_bentler_mplus_trace` (trace.h0 = f_g·sum(B0.group · E.inv), E = observed information).
 * @param sol solution of a linear-moment model with its raw rows kept
 * @returns tr(A₀⁻¹B₀); NaN without raw rows or with a singular information matrix
 * @throws never
 * @example
 * const c0 = (h1Information(sol).traceAinvB - linearModelTraceH0(baselineSol)) / baselineSol.df;
 */
export function linearModelTraceH0(sol: MlSolution): number {
  const { ev, rep } = sol;
  ev.objective(sol.theta);
  const q = ev.npar;
  const Delta = momentJacobian(rep, ev.implied);
  const n = Delta.length / q;
  const keep = new Uint8Array(n);
  for (let r = 0; r < n; r++) for (let a = 0; a < q; a++) if (Delta[r * q + a] !== 0) { keep[r] = 1; break; }
  const covs = ev.implied.map((imp) => imp.sigma);
  const means = ev.implied.map((imp, g) => (rep.meanstructure ? imp.mu : sol.stats.mean[g]!));
  const { A, B } = missingDataInformation(sol, covs, means, keep);
  if (B === null) return NaN;
  const Dt = new Float64Array(q * n);
  for (let r = 0; r < n; r++) for (let a = 0; a < q; a++) Dt[a * n + r] = Delta[r * q + a]!;
  const E = matMul(matMul(Dt, A, q, n, n), Delta, q, n, q);
  const F = matMul(matMul(Dt, B, q, n, n), Delta, q, n, q);
  const Einv = new Float64Array(q * q);
  if (Number.isNaN(spdInverse(E, q, Einv, new Float64Array(q * q)))) return NaN;
  let t = 0;
  for (let i = 0; i < q * q; i++) t += Einv[i]! * F[i]!;
  return t;
}
