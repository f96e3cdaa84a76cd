import type { ParTable } from "../partable/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import type { SemFit } from "./types.ts";
import { estimateModel } from "../estimate/estimateModel.ts";
import { fittedModel } from "./fittedModel.ts";
import { baselineByFitting } from "./baselineModel.ts";
import { objectives, glsWeights } from "../estimate/objectives.ts";
import { momentJacobian, momentCount } from "../representation/momentJacobian.ts";
import { matMul } from "../inference/matMul.ts";
import { vcovFromInformation } from "../inference/vcovFromInformation.ts";
import { fitMeasuresML } from "../fit/fitMeasuresML.ts";
import { gfiWls } from "../fit/gfiWls.ts";
import { agfi } from "../fit/agfi.ts";
import { pgfi } from "../fit/pgfi.ts";
import { rmsea } from "../fit/rmsea.ts";
import { rmseaCi } from "../fit/rmseaCi.ts";
import { rmseaCloseFit } from "../fit/rmseaCloseFit.ts";
import { rmseaNotCloseFit } from "../fit/rmseaNotCloseFit.ts";
import { hoelterCn } from "../fit/hoelterCn.ts";
import { mfi } from "../fit/mfi.ts";
import { ecvi } from "../fit/ecvi.ts";
import { maskMomentWeight } from "../inference/maskMomentWeight.ts";
import { exogenousMomentMask } from "../inference/exogenousMomentMask.ts";
import { exogenousCovariates } from "../inference/parameterRows.ts";

/**
 * Fit a model by GLS or ULS as lavaan does (`estimator = "GLS"` / `"ULS"`, complete data):
 *   - sample covariances with the unbiased N − 1 denominator, the test statistic χ² = N·F
 *     (2N·fmin) against a baseline model fitted by the same estimator;
 *   - standard errors from the expected information, Var(θ̂) = (ΔᵀWΔ)⁻¹ / (N − G) (lavaan uses
 *     N − G for every estimator other than ML); for ULS (W = I) these are lavaan's naive SEs;
 *   - fit measures as lavaan reports them: no likelihood-based entries (logl, AIC, BIC, ntotal); GFI,
 *     AGFI and PGFI with the estimator's weight matrix; RMSEA (with CI and tests), Hoelter's CN, MFI
 *     and ECVI with N − G in place of N; ULS has no reference distribution, so its p-values are NaN
 *     (lavaan: NA).
 * Source: Browne (1974); lavaan 0.6-14 `lav_model_vcov`, `lav_model_information_expected`,
 * `lav_model_test` (refdistr "unknown" for ULS), `lav_fit_gfi_lavobject`.
 * @param pt parameter table
 * @param stats sample statistics with N-denominator covariances (rescaled here)
 * @param estimator "GLS" or "ULS"
 * @param warnings warnings from earlier stages
 * @returns the fitted model
 * @throws ModelSpecificationError when df < 0
 * @example
 * const fit = leastSquaresFit(pt, sampleFromData(ds, pt.ov, groups), "GLS", []);
 */
export function leastSquaresFit(pt: ParTable, stats: SampleStatistics, estimator: "GLS" | "ULS", warnings: readonly string[]): SemFit {
  const p = stats.names.length;
  const unbiased: SampleStatistics = {
    ...stats, cov: stats.cov.map((S, g) => { const f = stats.nobs[g]! / (stats.nobs[g]! - 1); return S.map((v) => v * f); }),
  };
  const objective = objectives[estimator];
  const sol = estimateModel(pt, unbiased, undefined, undefined, objective);
  // lavaan's expected information E = Σ_g f_g Δ_gᵀ W_g Δ_g; vcovFromInformation takes 2E ("hess") and N − G
  const n = sol.ev.npar, nm = momentCount(p, sol.rep.meanstructure);
  sol.ev.objective(sol.theta);
  const Delta = momentJacobian(sol.rep, sol.ev.implied);
  const weights = estimator === "GLS" ? glsWeights(unbiased, p, sol.rep.meanstructure) : null;
  const hess = new Float64Array(n * n), WD = new Float64Array(nm * n);
  unbiased.groups.forEach((_, g) => {
    const D = Delta.subarray(g * nm * n, (g + 1) * nm * n);
    const W = weights?.[g]!.W ?? null;
    if (W === null) WD.set(D); else matMul(W, D, nm, nm, n, WD);
    const f = 2 * unbiased.nobs[g]! / unbiased.ntotal;
    for (let r = 0; r < nm; r++) for (let a = 0; a < n; a++) {
      const da = D[r * n + a]!;
      if (da !== 0) for (let b = 0; b < n; b++) hess[a * n + b]! += f * da * WD[r * n + b]!;
    }
  });
  const vc = vcovFromInformation(hess, n, stats.ntotal - stats.groups.length);
  let fit: Record<string, number> | undefined;
  return fittedModel(sol, estimator, warnings, {
    vcov: vc.vcov,
    fitMeasures: () => (fit ??= leastSquaresFitMeasures(sol, estimator, p)),
  });
}

function leastSquaresFitMeasures(sol: MlSolution, estimator: "GLS" | "ULS", p: number): Record<string, number> {
  const { rep, stats, ev } = sol;
  ev.objective(sol.theta);
  const groups = stats.groups.map((_, k) => ({
    nobs: stats.nobs[k]!, sampleCov: stats.cov[k]!, sampleMean: stats.mean[k]!,
    impliedCov: ev.implied[k]!.sigma, impliedMean: ev.implied[k]!.mu,
  }));
  const base = baselineByFitting(sol, objectives[estimator]);
  ev.objective(sol.theta);
  const fm = fitMeasuresML({
    p, groups, npar: sol.pt.npar, chisq: sol.chisq, df: sol.df, meanstructure: rep.meanstructure,
    baselineChisq: base.chisq, baselineDf: base.df,
  });
  for (const k of ["logl", "unrestricted.logl", "aic", "bic", "ntotal", "bic2"]) delete fm[k];
  if (estimator === "ULS") { fm["pvalue"] = NaN; fm["baseline.pvalue"] = NaN; }
  // lavaan's lav_utils_get_ntotal: N − G for estimators other than ML
  const G = stats.groups.length, N1 = stats.ntotal - G, chisq = sol.chisq, df = sol.df;
  const [lo, hi] = rmseaCi(chisq, df, N1, G, fm["rmsea.ci.level"]);
  Object.assign(fm, {
    rmsea: rmsea(chisq, df, N1, G), "rmsea.ci.lower": lo, "rmsea.ci.upper": hi,
    "rmsea.pvalue": rmseaCloseFit(chisq, df, N1, G, fm["rmsea.close.h0"]),
    "rmsea.notclose.pvalue": rmseaNotCloseFit(chisq, df, N1, G, fm["rmsea.notclose.h0"]),
    cn_05: hoelterCn(chisq, df, N1, 0.05), cn_01: hoelterCn(chisq, df, N1, 0.01),
    mfi: mfi(chisq, df, N1), ecvi: ecvi(chisq, sol.pt.npar, N1),
  });
  // GFI with the estimator's weight matrix, groups weighted by N_g/N
  const ms = rep.meanstructure;
  const xKeep = exogenousMomentMask(p, ms, exogenousCovariates(sol).map((v) => rep.ovNames.indexOf(v)), 1);
  let gfi = 0, nel = 0;
  stats.groups.forEach((_, g) => {
    const obs: number[] = [], est: number[] = [];
    const S = stats.cov[g]!, Sig = ev.implied[g]!.sigma;
    for (let a = 0; a < p; a++) for (let b = a; b < p; b++) { obs.push(S[a * p + b]!); est.push(Sig[a * p + b]!); }
    if (ms) for (let a = 0; a < p; a++) { obs.push(stats.mean[g]![a]!); est.push(ev.implied[g]!.mu[a]!); }
    // lavaan's GLS weight eliminates the fixed covariates' own moments (WLS.V with x.idx); ULS keeps W = I
    const W = estimator === "GLS" ? maskMomentWeight(glsWeights({ ...stats, cov: [S] }, p, ms)[0]!.W!, obs.length, xKeep) : null;
    gfi += (stats.nobs[g]! / stats.ntotal) * gfiWls(Float64Array.from(obs), Float64Array.from(est), W);
    nel += obs.length;
  });
  fm["gfi"] = gfi;
  fm["agfi"] = agfi(gfi, nel, sol.df);
  fm["pgfi"] = pgfi(gfi, nel, sol.df);
  return fm;
}
