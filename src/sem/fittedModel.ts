import type { MlSolution } from "../estimate/estimateModel.ts";
import type { ImpliedMoments, ParameterEstimate, SemFit, Estimator, ModificationIndex } from "./types.ts";
import { parameterRows, exogenousCovariates, observedCovariates } from "../inference/parameterRows.ts";
import { vcovFromInformation } from "../inference/vcovFromInformation.ts";
import { fitMeasuresML } from "../fit/fitMeasuresML.ts";
import { baselineChisqML } from "../fit/baselineChisqML.ts";
import { baselineByFitting } from "./baselineModel.ts";
import { observedHessian } from "../inference/observedHessian.ts";
import { satorraBentler } from "../inference/satorraBentler.ts";
import { yuanBentlerTest } from "../inference/yuanBentlerTest.ts";
import { scaledFitMeasures } from "./scaledFitMeasures.ts";
import { modificationIndices } from "../inference/modificationIndices.ts";
import { semSummary } from "./semSummary.ts";
import { modelWarnings } from "./modelWarnings.ts";
import { solutionProblems } from "./solutionProblems.ts";
import { fimlGfiInput } from "../fit/fimlGfiInput.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/** Inference supplied by a non-ML estimator (e.g. DWLS): its covariance of θ̂ and its fit measures. */
export interface EstimatorInference {
  readonly vcov: Float64Array | null;
  fitMeasures(): Record<string, number>;
  /** The estimator's own modification indices (e.g. DWLS); without it `modificationIndices(sol, estimator)`. */
  modificationIndices?(): ModificationIndex[];
  /** Each group's share of χ² (e.g. DWLS) for summary(); without it `groupChisq(sol, estimator)`. */
  groupChisq?(): number[];
}

const toNested = (a: Float64Array, p: number): number[][] => Array.from({ length: p }, (_, i) => Array.from(a.subarray(i * p, (i + 1) * p)));

/**
 * Wrap an estimation result as the readonly fitted object users see. Standard errors, fit
 * measures and modification indices are computed on first use and cached; nothing is refitted.
 * @param sol estimation result
 * @param estimator estimator name
 * @param extraWarnings warnings from earlier stages (data, syntax); the parameter table's own setup
 * warnings (`pt.warnings`, e.g. lavaan's "single label in a multiple-group model") come first, each text once
 * @returns the fitted model
 * @example
 * const fit = fittedModel(estimateModel(pt, stats), "ML", []);
 */
export function fittedModel(
  sol: MlSolution, estimator: Estimator, extraWarnings: readonly string[], custom?: EstimatorInference,
): SemFit {
  const { pt, rep, stats, ev } = sol;
  const p = rep.p;
  // lavaan's defaults: expected information for complete data, observed information for FIML
  let hess: Float64Array;
  if (custom !== undefined) hess = new Float64Array(0);
  else if (sol.fiml || estimator === "MLR") hess = observedHessian(ev, sol.theta);
  else {
    hess = new Float64Array(pt.npar * pt.npar);
    ev.derivatives(sol.theta, new Float64Array(pt.npar), hess);
  }
  // an estimator's own covariance is read on first use (e.g. DWLS computes its sandwich lazily)
  const vc = custom !== undefined ? { get vcov() { return custom.vcov; }, unidentified: [] } : vcovFromInformation(hess, pt.npar, stats.ntotal);
  // MLR: Huber-White + Yuan-Bentler; MLM: Satorra-Bentler with expected information
  // computed on first use (parameterEstimates or fitMeasures); MLR reuses the observed Hessian
  const robustKind = custom !== undefined ? null : estimator === "MLR" || estimator === "MLM" ? estimator : null;
  let robustDone: ReturnType<typeof yuanBentlerTest> | ReturnType<typeof satorraBentler> | null | undefined;
  const robust = (): ReturnType<typeof yuanBentlerTest> | ReturnType<typeof satorraBentler> | null =>
    (robustDone ??= robustKind === "MLR" ? yuanBentlerTest(sol, hess) : robustKind === "MLM" ? satorraBentler(sol) : null);
  const vcov = (): Float64Array | null => { const r = robust(); return r !== null ? r.vcov : vc.vcov; };
  const post = modelWarnings(sol, vc.unidentified);
  // complete-data ML, GLS and ULS fits were given the sample-size warnings of their (complete-case) sample
  const checked = !sol.fiml && (custom === undefined || estimator === "GLS" || estimator === "ULS");
  const { problems, added } = solutionProblems(sol, extraWarnings, post, checked);
  const warnings = [...new Set([...(pt.warnings ?? []), ...extraWarnings, ...added, ...post])];
  const implied: ImpliedMoments[] = stats.groups.map((g, k) => ({
    group: g, names: rep.ovNames, cov: toNested(ev.implied[k]!.sigma, p),
    mean: rep.meanstructure ? Array.from(ev.implied[k]!.mu) : Array.from(stats.mean[k]!),
  }));
  let params: ParameterEstimate[] | undefined;
  let fit: Record<string, number> | undefined;
  const parameterEstimates = (): ParameterEstimate[] => (params ??= parameterRows(sol, vcov()));
  const fitMeasures = (): Record<string, number> => {
    if (fit !== undefined) return fit;
    if (custom !== undefined) return (fit = custom.fitMeasures());
    const exoIdx = exogenousCovariates(sol).map((v) => rep.ovNames.indexOf(v));
    const groups = stats.groups.map((_, k) => ({
      nobs: stats.nobs[k]!, sampleCov: stats.cov[k]!, sampleMean: stats.mean[k]!,
      impliedCov: ev.implied[k]!.sigma, impliedMean: ev.implied[k]!.mu,
      ...(sol.fiml ? { missingData: fimlGfiInput(sol, k) } : {}),
    }));
    // robust estimators and FIML fit the baseline model (its scaled test and FIML-corrected statistic are needed)
    const baseFit = sol.fiml || robustKind !== null ? baselineByFitting(sol) : null;
    // lavaan's baseline keeps the covariances among the observed covariates (ov.x) at their sample values
    // whatever fixed.x is: fixed under fixed.x, free (and then fitted exactly) without it
    const base = baseFit ?? baselineChisqML(p, groups, observedCovariates(sol).map((v) => rep.ovNames.indexOf(v)));
    fit = fitMeasuresML({
      p, groups, npar: sol.nparFit ?? pt.npar, chisq: sol.chisq, df: sol.df, meanstructure: rep.meanstructure,
      baselineChisq: base.chisq, baselineDf: base.df, ...(sol.logl !== null ? { logLikelihood: sol.logl } : {}), exogenous: exoIdx,
    });
    if (robustKind !== null || sol.fiml) fit = scaledFitMeasures({ sol, estimator, fit, test: robust(), baseline: baseFit?.solution ?? null });
    return fit;
  };
  const residuals = (type: "raw" | "cor" = "raw"): ImpliedMoments[] => stats.groups.map((g, k) => {
    const S = stats.cov[k]!, Sig = ev.implied[k]!.sigma;
    const res = new Float64Array(p * p);
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
      res[a * p + b] = type === "raw" ? S[a * p + b]! - Sig[a * p + b]!
        : S[a * p + b]! / Math.sqrt(S[a * p + a]! * S[b * p + b]!) - Sig[a * p + b]! / Math.sqrt(Sig[a * p + a]! * Sig[b * p + b]!);
    }
    const mean = rep.meanstructure
      ? Array.from(stats.mean[k]!, (v, a) => type === "raw" ? v - ev.implied[k]!.mu[a]! : (v - ev.implied[k]!.mu[a]!) / Math.sqrt(S[a * p + a]!))
      : null;
    return { group: g, names: rep.ovNames, cov: toNested(res, p), mean };
  });
  const self: SemFit = {
    converged: sol.converged, iterations: sol.iterations, estimator, nobs: stats.nobs, ntotal: stats.ntotal,
    npar: pt.nfreeRows ?? pt.npar, groups: stats.groups, partable: pt, theta: sol.theta, warnings, problems, solution: sol,
    parameterEstimates,
    standardizedSolution: () => parameterEstimates().filter((r) => r.op !== "r2"),
    fitMeasures,
    implied: () => implied,
    residuals,
    modificationIndices: () => {
      // lavaan's extended model tests `f ~ x` next to `f <~ x` in the same matrix cell, which gives other values
      if (pt.classes?.lvFormative !== undefined) throw new ModelSpecificationError(message.formativeModindicesUnsupported);
      return custom?.modificationIndices !== undefined ? custom.modificationIndices() : modificationIndices(sol, estimator);
    },
    summary: (options = {}) => semSummary(self, options, custom?.groupChisq),
  };
  return self;
}
