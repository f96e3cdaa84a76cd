import type { ParTable } from "../partable/types.ts";
import type { Dataset } from "../data/types.ts";
import type { MlSolution } from "./estimateModel.ts";
import type { MlEvaluator } from "../estimate/mlEvaluator.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { ordinalSampleStatistics } from "../ordinal/ordinalSampleStatistics.ts";
import type { OrdinalSampleStatistics } from "../ordinal/types.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { impliedMoments } from "../representation/impliedMoments.ts";
import { dwlsEvaluator, type DwlsEvaluator } from "../estimate/dwlsEvaluator.ts";
import { fisherScoring } from "../estimate/fisherScoring.ts";
import { startValues } from "../partable/startValues.ts";
import { EstimationError } from "../errors.ts";
import { dwlsInference, type DwlsInference } from "../inference/dwlsInference.ts";
import { message } from "../messages.ts";

/** The DWLS solution of a model for ordinal indicators, with what its inference needs. */
export interface OrdinalSolution {
  /** Solution in the shape later stages read (matrices, implied moments at θ̂, partable). */
  readonly sol: MlSolution;
  readonly ev: DwlsEvaluator;
  readonly ordinal: OrdinalSampleStatistics;
  readonly inference: DwlsInference;
}

/**
 * Estimate a model with ordinal indicators by DWLS on thresholds and polychoric correlations
 * (lavaan's `estimator = "WLSMV"`, delta parameterisation, one group, listwise deletion).
 * Residual variances of the latent responses are not free: they are 1 − diag(ΛCΛᵀ), so that the
 * implied correlation matrix has a unit diagonal, and they are written back into Θ for reporting.
 * Source: Muthén (1984); Muthén, du Toit & Spisic (1997); lavaan (delta parameterisation).
 * @param pt parameter table with threshold rows (built with `ordered`)
 * @param ds data set
 * @returns the solution
 * @throws EstimationError for a multiple-group ordinal model (not supported yet)
 * @example
 * const { sol } = fitOrdinal(pt, ds);
 */
export function fitOrdinal(pt: ParTable, ds: Dataset): OrdinalSolution {
  if (pt.groups.length > 1) throw new EstimationError(message.ordinalGroupsNotSupported);
  const p = pt.ov.length;
  const X = numericMatrix(ds, pt.ov, { missing: "listwise" });
  const ordinal = ordinalSampleStatistics(X.data, X.n, p, pt.ov);
  const R = ordinal.correlation;
  const stats = { names: pt.ov, groups: pt.groups, nobs: [X.n], ntotal: X.n, cov: [R], mean: [new Float64Array(p)] };
  const rep = buildRepresentation(pt, stats);
  const thresholdIndex = new Map(ordinal.thresholdNames.map((name, i) => [name, i] as const));
  const thresholdOf = new Int32Array(pt.npar).fill(-1);
  for (const r of pt.rows) if (r.op === "|" && r.free > 0) thresholdOf[r.free - 1] = thresholdIndex.get(`${r.lhs}|${r.rhs}`) ?? -1;
  const ev = dwlsEvaluator(rep, { wlsObs: ordinal.wlsObs, weights: ordinal.wlsVdiag, thresholdOf, nth: ordinal.nth });
  const start = startValues(pt, [R], [new Float64Array(p)]);
  for (let k = 0; k < pt.npar; k++) if (thresholdOf[k]! >= 0) start[k] = ordinal.wlsObs[thresholdOf[k]!]!;
  const res = fisherScoring(ev, start);
  ev.derivatives(res.theta, new Float64Array(pt.npar), null); // Δ at θ̂
  // lavaan's DWLS uses N − (number of groups) in the test statistic and the covariance of θ̂
  const nEff = X.n - 1;
  const inference = dwlsInference(ev.jacobian, ordinal.wlsVdiag, ordinal.gamma, pt.npar, nEff);
  // residual variances of the latent responses: 1 − diag(ΛCΛᵀ), so that diag(Σ*) = 1
  const mats = ev.mats[0]!, imp = ev.implied[0]!;
  for (let i = 0; i < p; i++) mats.theta[i * p + i] = 1 - (imp.sigma[i * p + i]! - mats.theta[i * p + i]!);
  impliedMoments(mats, p, rep.m, rep.hasBeta, imp);
  const evAsMl: MlEvaluator = {
    npar: ev.npar, mats: ev.mats, implied: ev.implied, objective: ev.objective, derivatives: ev.derivatives,
    casewiseDerivatives: () => { throw new EstimationError(message.ordinalNoCasewise); },
  };
  const sol: MlSolution = {
    pt, rep, stats, ev: evAsMl, theta: res.theta, fx: res.fx, df: ordinalDf(pt, ordinal), iterations: res.iterations,
    converged: res.converged, maxGradient: res.maxGradient, blocks: [], fiml: false, chisq: nEff * res.fx, logl: null, blockRows: null,
  };
  return { sol, ev, ordinal, inference };
}

/** df for DWLS: thresholds plus polychoric correlations, minus free parameters. */
function ordinalDf(pt: ParTable, ordinal: OrdinalSampleStatistics): number {
  return ordinal.wlsObs.length - pt.npar;
}
