import type { ParTable } from "../partable/types.ts";
import type { Dataset } from "../data/types.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import type { DwlsSolution, OrdinalRowGroups } from "../estimate/dwlsSolution.ts";
export type { OrdinalRowGroups } from "../estimate/dwlsSolution.ts";
export type { OrdinalSolution } from "./ordinalSolution.ts";
import type { OrdinalSolution } from "./ordinalSolution.ts";
import { wlsmvRows } from "./wlsmvRows.ts";
import { ordinalSampleStatistics } from "../ordinal/ordinalSampleStatistics.ts";
import type { OrdinalSampleStatistics } from "../ordinal/types.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { dwlsEvaluator, type DwlsEvaluator } from "../estimate/dwlsEvaluator.ts";
import { fisherScoring } from "../estimate/fisherScoring.ts";
import { subsetDiscrepancy } from "../estimate/subsetDiscrepancy.ts";
import { idleThresholds } from "../estimate/idleThresholds.ts";
import { dwlsStart } from "../estimate/dwlsStart.ts";
import { dwlsAsMl } from "../estimate/dwlsAsMl.ts";
import { dwlsInference, type DwlsInference } from "../inference/dwlsInference.ts";
import { ordinalTargets } from "../estimate/ordinalTargets.ts";
import { catmlNotes } from "./ordinalRobustFitMeasures.ts";
import { rowTotals } from "./rowTotals.ts";


/**
 * Estimate a model with ordinal indicators by DWLS on thresholds and polychoric correlations
 * (lavaan's `estimator = "WLSMV"`, delta parameterisation, listwise deletion), in one or more groups.
 * Residual variances of the latent responses are not free: they are 1/δ² − diag(ΛCΛᵀ) (δ the scale
 * factors `~*~`, 1 unless free), so that the implied correlation matrix has a unit diagonal; they are
 * written back into Θ for reporting. χ² = Σ_g (N_g − 1)F_g; robust SEs and the scaled-shifted test
 * from `dwlsInference`.
 * Source: Muthén (1984); Muthén, du Toit & Spisic (1997); lavaan 0.6-14 (delta parameterisation,
 * group weights of `lav_model_objective`).
 * @param pt parameter table with threshold rows (built with `ordered`)
 * @param ds data set
 * @param groups group membership of the rows (default: one group)
 * @returns the solution
 * @throws DataError from the ordinal statistics (e.g. a category empty in one group)
 * @example
 * const { sol } = fitOrdinal(pt, ds, groupLabels(ds, "gender"));
 */
export function fitOrdinal(pt: ParTable, ds: Dataset, groups?: OrdinalRowGroups): OrdinalSolution {
  const p = pt.ov.length;
  const G = pt.groups.length;
  const { data, n, index } = wlsmvRows(pt, ds, groups);
  const ordinal = ordinalSampleStatistics(data, n, p, pt.ov, index === undefined ? undefined : { index, labels: groups!.labels });
  const og = ordinal.groups;
  const nobs = og.map((g) => g.nobs);
  const stats = {
    names: pt.ov, groups: pt.groups, nobs, ntotal: n, norig: rowTotals(ds.n, G, groups?.rowGroup), cov: og.map((g) => g.correlation), mean: og.map(() => new Float64Array(p)),
  };
  const rep = buildRepresentation(pt, stats);
  const targets = ordinalTargets(pt, ordinal);
  const ev = dwlsEvaluator(rep, targets);
  const start = dwlsStart(pt, stats.cov, stats.mean, targets);
  // thresholds already at their optimum and separate from the rest stay out of the optimizer (same steps)
  const sub = subsetDiscrepancy(ev, start, idleThresholds(rep, targets, ev, start));
  const fitted = fisherScoring(sub.discrepancy, sub.start);
  const res = { ...fitted, theta: sub.expand(fitted.theta) };
  ev.derivatives(res.theta, new Float64Array(pt.npar), null); // Δ at θ̂
  // robust SEs and test traces on first use (Δ at θ̂ stays in ev.jacobians: later stages use fresh evaluators)
  const inferenceGroups = og.map((g, k) => ({ jacobian: ev.jacobians[k]!, weights: g.wlsVdiag, gamma: g.gamma, nobs: g.nobs }));
  let inference: DwlsInference | undefined;
  // residual variances of the latent responses: 1/δ² − diag(ΛCΛᵀ), so that diag(δδᵀ∘Σ*) = 1
  const evAsMl = dwlsAsMl(ev, rep);
  // lavaan's DWLS test statistic: Σ_g (N_g − 1) F_g = (N − G)·F
  const sol: MlSolution = {
    pt, rep, stats, ev: evAsMl, theta: res.theta, fx: res.fx, df: ordinalDf(pt, ordinal), iterations: res.iterations,
    converged: res.converged, maxGradient: res.maxGradient, blocks: [], fiml: false, chisq: (n - G) * res.fx, logl: null, blockRows: null,
  };
  return {
    sol, ev, ordinal, get inference() { return (inference ??= dwlsInference(inferenceGroups, pt.npar)); },
    warnings: [...ordinal.warnings, ...catmlNotes(pt, ordinal)],
  };
}

/** df for DWLS: thresholds plus polychoric correlations of every group, minus free parameters. */
function ordinalDf(pt: ParTable, ordinal: OrdinalSampleStatistics): number {
  return ordinal.groups.reduce((s, g) => s + g.wlsObs.length, 0) - pt.npar;
}
