import type { ParTable } from "../partable/types.ts";
import type { Dataset } from "../data/types.ts";
import type { MlSolution } from "./estimateModel.ts";
import type { MlEvaluator } from "../estimate/mlEvaluator.ts";
import type { OrdinalRowGroups, OrdinalSolution } from "./fitOrdinal.ts";
import { wlsmvRows } from "./wlsmvRows.ts";
import { mixedSampleStatistics, type MixedSampleStatistics } from "../ordinal/mixedSampleStatistics.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { impliedMoments } from "../representation/impliedMoments.ts";
import { fisherScoring } from "../estimate/fisherScoring.ts";
import { startValues } from "../partable/startValues.ts";
import { EstimationError } from "../errors.ts";
import { dwlsInference } from "../inference/dwlsInference.ts";
import { mixedDwlsEvaluator, type MixedDwlsTarget } from "./mixedDwlsEvaluator.ts";
import { mixedTargets } from "./mixedTargets.ts";
import { message } from "../messages.ts";

/** The DWLS solution of a model with ordinal and continuous indicators (fitOrdinal's shape, mixed statistics). */
export interface MixedSolution extends OrdinalSolution {
  readonly ordinal: MixedSampleStatistics;
  /** the DWLS targets of every group (which entries are means, which variables continuous) */
  readonly targets: readonly MixedDwlsTarget[];
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
    names: pt.ov, groups: pt.groups, nobs: mg.map((g) => g.nobs), ntotal: n, cov: mg.map((g) => g.covariance), mean: mg.map((g) => g.means),
  };
  const rep = buildRepresentation(pt, stats);
  const targets = mixedTargets(pt, mixed);
  const ev = mixedDwlsEvaluator(rep, targets);
  const start = startValues(pt, stats.cov, stats.mean);
  targets.forEach((t, g) => {
    for (let j = 0; j < t.nth; j++) if (t.thresholdFree[j]! >= 0) start[t.thresholdFree[j]!] = mg[g]!.wlsObs[j]!;
    for (let v = 0; v < p; v++) if (t.deltaFree[v]! >= 0) start[t.deltaFree[v]!] = 1;
  });
  const res = fisherScoring(ev, start);
  ev.derivatives(res.theta, new Float64Array(pt.npar), null); // Δ at θ̂
  const inference = dwlsInference(mg.map((g, k) => ({ jacobian: ev.jacobians[k]!, weights: g.wlsVdiag, gamma: g.gamma, nobs: g.nobs })), pt.npar);
  // residual variances of the latent responses only: 1/δ² − diag(ΛCΛᵀ), so that diag(δδᵀ∘Σ*) = 1
  for (let g = 0; g < G; g++) {
    const mats = ev.mats[g]!, imp = ev.implied[g]!, delta = ev.deltas[g]!;
    for (let i = 0; i < p; i++) {
      if (numeric[i]) continue;
      mats.theta[i * p + i] = 1 / (delta[i]! * delta[i]!) - (imp.sigma[i * p + i]! - mats.theta[i * p + i]!);
    }
    impliedMoments(mats, p, rep.m, rep.hasBeta, imp);
  }
  const evAsMl: MlEvaluator = {
    npar: ev.npar, mats: ev.mats, implied: ev.implied, objective: ev.objective, derivatives: ev.derivatives,
    casewiseDerivatives: () => { throw new EstimationError(message.ordinalNoCasewise); },
  };
  const df = mg.reduce((s, g) => s + g.wlsObs.length, 0) - pt.npar;
  const sol: MlSolution = {
    pt, rep, stats, ev: evAsMl, theta: res.theta, fx: res.fx, df, iterations: res.iterations,
    converged: res.converged, maxGradient: res.maxGradient, blocks: [], fiml: false, chisq: (n - G) * res.fx, logl: null, blockRows: null,
  };
  const continuous = pt.ov.filter((_, v) => numeric[v] === 1);
  return { sol, ev, ordinal: mixed, targets, inference, warnings: [...mixed.warnings, message.wlsmvMixedNoRobust(continuous)] };
}
