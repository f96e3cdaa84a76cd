import type { ParTable } from "../partable/types.ts";
import type { OrdinalSolution } from "./fitOrdinal.ts";
import type { ParameterEstimate, SemFit } from "./types.ts";
import { semSummary } from "./semSummary.ts";
import { wlsmvFitMeasures } from "./wlsmvFitMeasures.ts";
import { ordinalResidualIndices } from "../fit/ordinalResidualIndices.ts";

/**
 * Whether lavaan would fit this ordinal model with conditional.x: it has exogenous covariates fixed at their sample
 * moments (fixed.x) and every other observed variable is ordinal (the scope of `fitConditional`).
 * @param pt parameter table built with `ordered`
 * @returns true for the conditional.x path
 * @throws never
 * @example
 * conditionalX(pt); // true for SAT =~ sat1 + … + sat4; SAT ~ tru1 with ordered sat1-sat4
 */
export function conditionalX(pt: ParTable): boolean {
  const ovX = (pt.classes?.ovX ?? []).filter((v) => pt.rows.some((r) => r.exo === 1 && (r.lhs === v || r.rhs === v)));
  if (ovX.length === 0) return false;
  const ord = new Set(pt.classes?.ovOrd ?? []);
  return pt.ov.every((v) => ovX.includes(v) || ord.has(v));
}

/**
 * lavaan's fitMeasures() of a conditional.x WLSMV fit: those of `wlsmvFitMeasures` with a baseline model that fits
 * the thresholds and the slopes exactly and fixes the residual correlations at 0, and the residual indices on the
 * residual correlations and thresholds (slopes left out; every observed variable, covariates included, counted in
 * the denominators). lavaan reports no catML robust indices here.
 * Source: lavaan 0.6-14 lav_fit_measures (conditional.x baseline: independence given x).
 * @param o the conditional.x solution
 * @returns fit measures with lavaan's names
 * @throws never
 * @example
 * conditionalFitMeasures(fitConditional(pt, ds)).cfi;
 */
export function conditionalFitMeasures(o: OrdinalSolution): Record<string, number> {
  const nth = o.ordinal.nth, ns = o.ordinal.groups[0]!.wlsObs.length;
  const py = o.ordinal.names.length, nsl = ns - nth - py * (py - 1) / 2;
  const drop = (v: Float64Array): Float64Array => Float64Array.from([...v.subarray(0, nth), ...v.subarray(nth + nsl)]);
  return wlsmvFitMeasures(o, nth + nsl, () => ({
    // lavaan counts every observed variable, covariates included, in the residual indices' denominators
    ...ordinalResidualIndices(o.ordinal.groups.map((g, k) => ({ nobs: g.nobs, p: o.sol.pt.ov.length, nth, wlsObs: drop(g.wlsObs), wlsEst: drop(o.ev.sigmas[k]!) }))),
  }));
}

/**
 * The fitted conditional.x model as users see it: lavaan 0.6-14 reports the scale factors `~*~` of the latent
 * responses unstandardized (std.all = std.nox = the estimate) under conditional.x, whose implied (conditional)
 * variances are 1, while thresholds are standardized by the total variances.
 * @param base the fitted model
 * @returns the same model with lavaan's standardized scale factors
 * @throws never
 * @example
 * conditionalFittedModel(fittedModel(o.sol, "WLSMV", [], custom)).parameterEstimates();
 */
export function conditionalFittedModel(base: SemFit): SemFit {
  let params: ParameterEstimate[] | undefined;
  const parameterEstimates = (): ParameterEstimate[] =>
    (params ??= base.parameterEstimates().map((r) => (r.op === "~*~" ? { ...r, "std.all": r.est, "std.nox": r.est } : r)));
  const self: SemFit = {
    ...base, parameterEstimates,
    standardizedSolution: () => parameterEstimates().filter((r) => r.op !== "r2"),
    summary: (o = {}) => semSummary(self, o),
  };
  return self;
}
