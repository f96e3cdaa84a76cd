import type { SemFit, SemOptions, ParameterEstimate } from "./types.ts";
import type { OrdinalSolution } from "./fitOrdinal.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import { fittedModel } from "./fittedModel.ts";
import { parameterRows } from "../inference/parameterRows.ts";
import { ordinalFitMeasures } from "./ordinalFitMeasures.ts";
import { ordinalTargets } from "../estimate/ordinalTargets.ts";
import { dwlsAsMl } from "../estimate/dwlsAsMl.ts";
import { esemSettings } from "./esemFit.ts";
import { esemRotation, constraintJacobian, borderedInverse } from "./esemRotate.ts";
import { rotationConstraints } from "./esemBlocks.ts";
import { dwlsEvaluator } from "../estimate/dwlsEvaluator.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments } from "../representation/impliedMoments.ts";
import { matMulRM } from "../linalg/matMulRM.ts";
import { semSummary } from "./semSummary.ts";
import { dwlsGroupChisq } from "../inference/dwlsGroupChisq.ts";
import { message } from "../messages.ts";
import { ModelSpecificationError } from "../errors.ts";

/**
 * The fitted model of an ESEM with ordinal indicators (WLSMV, one group): fit measures from the unrotated DWLS
 * solution, estimates of the rotated solution (`esemRotation`; thresholds unchanged) and their robust standard errors
 * through the bordered DWLS information, lavaan's robust.sem with rotation.se = "bordered":
 *   Var(θ̂) = E_b⁻¹ ΔᵀWΓWΔ E_b⁻¹ / (N − 1),  E_b⁻¹ the upper-left block of [[ΔᵀWΔ + JᵀJ, Jᵀ], [J, 0]]⁻¹,
 * with Δ the Jacobian of the thresholds and polychoric correlations at the rotated parameters.
 * Source: lavaan 0.6-14 lav_model_nvcov_robust_sem, lav_model_information_augment_invert.
 * @param o the unrotated ordinal solution
 * @param options sem() options (rotation, rotationArgs, seed)
 * @param warnings warnings of earlier stages
 * @returns the fitted model
 * @throws ModelSpecificationError for several groups or equality constraints
 * @example
 * esemOrdinalFittedModel(fitOrdinal(pt, ds), { rotation: "geomin" });
 */
export function esemOrdinalFittedModel(o: OrdinalSolution, options: SemOptions, warnings: readonly string[] = []): SemFit {
  const s = esemSettings(options);
  const r = esemRotation(o.sol, s, options.seed ?? 1, false);
  const { ptRot, repRot, x } = r, n = ptRot.npar;
  const ev = dwlsEvaluator(repRot, ordinalTargets(ptRot, o.ordinal));
  ev.objective(x);
  ev.derivatives(x, new Float64Array(n), null);
  const D = Float64Array.from(ev.jacobians[0]!);
  const evAsMl = dwlsAsMl(ev, repRot);
  const solution: MlSolution = { ...o.sol, pt: ptRot, rep: repRot, ev: evAsMl, theta: x };
  let vcov: Float64Array | null = null;
  if (s.method !== "promax") {
    const g = o.ordinal.groups[0]!, w = g.wlsVdiag, ns = w.length, gamma = g.gamma;
    // as lavaan's delta parameterization sets them, the latent responses' residual variances follow the other
    // parameters (1 − diag(ΛCΛᵀ)) inside the rotation's defining equations too
    const imp = allocateImplied(repRot.p, repRot.m), p = repRot.p;
    const J = constraintJacobian(x, (t) => {
      const mm = allocateMatrices(repRot);
      fillMatrices(repRot, t, mm);
      const g0 = mm[0]!;
      impliedMoments(g0, p, repRot.m, repRot.hasBeta, imp);
      for (let j = 0; j < p; j++) g0.theta[j * p + j] = 1 - (imp.sigma[j * p + j]! - g0.theta[j * p + j]!);
      return rotationConstraints(g0, repRot, r.blocks, s);
    });
    // E = ΔᵀWΔ (as 2·E/2 for borderedInverse, which halves its argument), M = ΔᵀWΓWΔ
    const E2 = new Float64Array(n * n), WD = new Float64Array(ns * n);
    for (let k = 0; k < ns; k++) for (let a = 0; a < n; a++) WD[k * n + a] = w[k]! * D[k * n + a]!;
    for (let k = 0; k < ns; k++) for (let a = 0; a < n; a++) {
      const v = D[k * n + a]!;
      if (v === 0) continue;
      for (let b = 0; b < n; b++) E2[a * n + b] = E2[a * n + b]! + 2 * v * WD[k * n + b]!;
    }
    const GWD = matMulRM(Float64Array.from(gamma), WD, ns, ns, n);
    const M = new Float64Array(n * n);
    for (let k = 0; k < ns; k++) for (let a = 0; a < n; a++) {
      const v = WD[k * n + a]!;
      if (v === 0) continue;
      for (let b = 0; b < n; b++) M[a * n + b] = M[a * n + b]! + v * GWD[k * n + b]!;
    }
    const Eb = borderedInverse(E2, J, n);
    if (Eb !== null) vcov = matMulRM(matMulRM(Eb, M, n, n, n), Eb, n, n, n).map((v) => v / (g.nobs - 1));
  }
  const notes = [...warnings, ...o.warnings, ...r.warnings, ...(s.method === "promax" ? [message.esemPromaxNoSe] : [])];
  const base = fittedModel(o.sol, "WLSMV", notes, {
    vcov: o.inference.vcov, fitMeasures: () => ordinalFitMeasures(o),
    modificationIndices: () => { throw new ModelSpecificationError(message.esemOrdinalNoModindices); }, groupChisq: () => dwlsGroupChisq(o),
  });
  let params: ParameterEstimate[] | undefined;
  const parameterEstimates = (): ParameterEstimate[] => (params ??= parameterRows(solution, vcov));
  const self: SemFit = {
    ...base, parameterEstimates,
    standardizedSolution: () => parameterEstimates().filter((p) => p.op !== "r2"),
    summary: (opt = {}) => semSummary(self, opt),
  };
  return self;
}
