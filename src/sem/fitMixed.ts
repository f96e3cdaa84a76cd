import type { ParTable } from "../partable/types.ts";
import type { Dataset } from "../data/types.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import type { OrdinalSolution } from "./ordinalSolution.ts";
import type { MixedDwlsSolution, OrdinalRowGroups } from "../estimate/dwlsSolution.ts";
import { wlsmvRows } from "./wlsmvRows.ts";
import { mixedSampleStatistics, type MixedSampleStatistics } from "../ordinal/mixedSampleStatistics.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { fisherScoring } from "../estimate/fisherScoring.ts";
import { dwlsStart } from "../estimate/dwlsStart.ts";
import { dwlsAsMl } from "../estimate/dwlsAsMl.ts";
import { dwlsInference } from "../inference/dwlsInference.ts";
import { mixedDwlsEvaluator, type MixedDwlsTarget } from "../estimate/mixedDwlsEvaluator.ts";
import { mixedTargets } from "../estimate/mixedTargets.ts";
import { message } from "../messages.ts";
import { rowTotals } from "./rowTotals.ts";

/** The DWLS solution of a model with ordinal and continuous indicators, with its robust inference. */
export interface MixedSolution extends MixedDwlsSolution, OrdinalSolution {
  readonly ordinal: MixedSampleStatistics;
}

/**
 * Estimate a model whose indicators are partly ordinal and partly continuous by DWLS (lavaan's
 * `sem(..., ordered = c(...), estimator = "WLSMV")`, delta parameterisation, listwise deletion), in one or
 * more groups: thresholds of the ordinal variables, means and variances of the continuous ones, and
 * polychoric / polyserial / Pearson covariances (mixedSampleStatistics), fitted by mixedDwlsEvaluator.
 * Continuous indicators keep free intercepts and residual variances; the residual variances of the latent
 * responses are 1/δ² − diag(ΛCΛᵀ), written back into Θ for reporting. χ² = Σ_g (N_g − 1)F_g; robust SEs and
 * the scaled-shifted test from dwlsInference. The result has the shape of fitOrdinal's, with mixed statistics.
 * Source: Muthén (1984); Muthén, du Toit & Spisic (1997); lavaan 0.6-14 (muthen1984, lav_model_objective).
 * @param pt parameter table with threshold rows for the ordinal variables (`pt.classes.ovOrd`)
 * @param ds data set
 * @param groups group membership of the rows (required with several groups)
 * @returns the solution
 * @throws DataError from the sample statistics (e.g. a category empty in one group); EstimationError without groups
 * @example
 * const o = fitMixed(pt, ds); o.sol.chisq; // 7.876 for the two-factor loyalty model (lavaan)
 */
export function fitMixed(pt: ParTable, ds: Dataset, groups?: OrdinalRowGroups): MixedSolution {
  const p = pt.ov.length;
  const G = pt.groups.length;
  const { data, n, index } = wlsmvRows(pt, ds, groups);
  const ord = new Set(pt.classes?.ovOrd ?? []);
  const numeric = Uint8Array.from(pt.ov, (v) => (ord.has(v) ? 0 : 1));
  const mixed = mixedSampleStatistics(data, n, p, pt.ov, numeric, index === undefined ? undefined : { index, labels: groups!.labels });
  const mg = mixed.groups;
  const stats = {
    names: pt.ov, groups: pt.groups, nobs: mg.map((g) => g.nobs), ntotal: n, norig: rowTotals(ds.n, G, groups?.rowGroup), cov: mg.map((g) => g.covariance), mean: mg.map((g) => g.means),
  };
  const rep = buildRepresentation(pt, stats);
  const targets = mixedTargets(pt, mixed);
  const ev = mixedDwlsEvaluator(rep, targets);
  const start = dwlsStart(pt, stats.cov, stats.mean, targets);
  const res = fisherScoring(ev, start);
  ev.derivatives(res.theta, new Float64Array(pt.npar), null); // Δ at θ̂
  const inference = dwlsInference(mg.map((g, k) => ({ jacobian: ev.jacobians[k]!, weights: g.wlsVdiag, gamma: g.gamma, nobs: g.nobs })), pt.npar);
  // residual variances of the latent responses only: 1/δ² − diag(ΛCΛᵀ), so that diag(δδᵀ∘Σ*) = 1
  const evAsMl = dwlsAsMl(ev, rep, numeric);
  const df = mg.reduce((s, g) => s + g.wlsObs.length, 0) - pt.npar;
  const sol: MlSolution = {
    pt, rep, stats, ev: evAsMl, theta: res.theta, fx: res.fx, df, iterations: res.iterations,
    converged: res.converged, maxGradient: res.maxGradient, blocks: [], fiml: false, chisq: (n - G) * res.fx, logl: null, blockRows: null,
  };
  const continuous = pt.ov.filter((_, v) => numeric[v] === 1);
  return { sol, ev, ordinal: mixed, targets, inference, warnings: [...mixed.warnings, message.wlsmvMixedNoRobust(continuous)] };
}
