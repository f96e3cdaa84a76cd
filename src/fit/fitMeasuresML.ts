import { OptionError, ModelSpecificationError, EstimationError } from "../errors.ts";
import { message } from "../messages.ts";
import { agfi } from "./agfi.ts";
import { aic } from "./aic.ts";
import { bic } from "./bic.ts";
import { cfi } from "./cfi.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { cminDf } from "./cminDf.ts";
import { crmr } from "./crmr.ts";
import { ecvi } from "./ecvi.ts";
import { gfiGroupML } from "./gfiGroupML.ts";
import { hoelterCn } from "./hoelterCn.ts";
import { ifi } from "./ifi.ts";
import { logLikelihoodML } from "./logLikelihoodML.ts";
import { mfi } from "./mfi.ts";
import { nfi } from "./nfi.ts";
import { pgfi } from "./pgfi.ts";
import { pnfi } from "./pnfi.ts";
import { rfi } from "./rfi.ts";
import { rmr } from "./rmr.ts";
import { rmsea } from "./rmsea.ts";
import { rmseaCi } from "./rmseaCi.ts";
import { rmseaCloseFit } from "./rmseaCloseFit.ts";
import { rmseaNotCloseFit } from "./rmseaNotCloseFit.ts";
import { rni } from "./rni.ts";
import { sampleSizeAdjustedBic } from "./sampleSizeAdjustedBic.ts";
import { srmrBentler } from "./srmrBentler.ts";
import { srmrMplus } from "./srmrMplus.ts";
import { tli } from "./tli.ts";
import type { FitInput, ResidualRms } from "./types.ts";
import { checkFitInput } from "./checkFitInput.ts";

/**
 * All of lavaan's `fitMeasures(fit)` for an ML fit of complete data, plus `cmin_df`,
 * under lavaan's names and in lavaan's order:
 * npar, fmin, chisq, df, pvalue, baseline.chisq, baseline.df, baseline.pvalue, cfi, tli,
 * nnfi, rfi, nfi, pnfi, ifi, rni, logl, unrestricted.logl, aic, bic, ntotal, bic2, rmsea,
 * rmsea.ci.lower, rmsea.ci.upper, rmsea.ci.level, rmsea.pvalue, rmsea.close.h0,
 * rmsea.notclose.pvalue, rmsea.notclose.h0, rmr, rmr_nomean, srmr, srmr_bentler,
 * srmr_bentler_nomean, crmr, crmr_nomean, srmr_mplus, srmr_mplus_nomean, cn_05, cn_01,
 * gfi, agfi, pgfi, mfi, ecvi, cmin_df.
 *
 * N is the total sample size (ML with normal likelihood), fmin = χ²/(2N), p-values are
 * upper χ² tails (NaN when df = 0), residual measures and GFI are averaged over groups
 * with weights N_g/N, nel (for agfi/pgfi) counts p(p+1)/2 (+p with a mean structure) per
 * group. Undefined values (e.g. a ratio with zero denominator) are NaN, where lavaan gives NA.
 * With fixed exogenous covariates (`exogenous`, lavaan's fixed.x) logl and unrestricted.logl are
 * conditional on them: the x's marginal normal log-likelihood at their sample moments,
 * −N_g/2·(q·log 2π + log|S_xx| + q), is subtracted from both (lav_mvnorm_loglik_samplestats with x.idx),
 * which carries over to AIC/BIC/SABIC; GFI gives the x's own moments zero weight (lavaan's WLS.V with the
 * x rows eliminated) while nel still counts them. Under FIML, GFI uses the patterns' expected information
 * and lavaan's WLS.obs (`missingData`).
 * Source: lavaan 0.6-14 R/lav_fit_measures.R and the kernels it calls (lav_fit_cfi.R,
 * lav_fit_rmsea.R, lav_fit_aic.R, lav_fit_srmr.R, lav_fit_gfi.R, lav_fit_other.R); the
 * papers are cited on each kernel.
 * @param input model and baseline test statistics and per-group sample/implied moments
 * @returns a record of fit measures, keys in lavaan's order
 * @throws ModelSpecificationError when there are no groups, a group size is not positive,
 *   a matrix or vector has the wrong length, or a mean structure lacks implied means
 * @throws OptionError when the RMSEA confidence level is not in (0, 1)
 * @throws EstimationError when an implied covariance matrix is not positive definite
 * @example
 * const fm = fitMeasuresML({ p, groups: [{ nobs: 301, sampleCov, sampleMean, impliedCov }],
 *   npar: 21, chisq: 85.306, df: 24, meanstructure: false, baselineChisq: 918.852, baselineDf: 36 });
 * fm.cfi; // 0.9306
 */
export function fitMeasuresML(input: FitInput): Record<string, number> {
  checkFitInput("fitMeasuresML", input, true);
  const { p, groups, npar, chisq, df, meanstructure } = input;
  const level = input.rmseaCiLevel ?? 0.9;
  const closeH0 = input.rmseaCloseH0 ?? 0.05;
  const notCloseH0 = input.rmseaNotCloseH0 ?? 0.08;
  if (!(level > 0 && level < 1)) throw new OptionError(message.fitBadCiLevel(level));
  if (groups.length === 0) throw new ModelSpecificationError(message.fitNoGroups);
  const nGroups = groups.length;
  let n = 0;
  groups.forEach((g, k) => {
    const gi = k + 1;
    if (!(g.nobs > 0)) throw new ModelSpecificationError(message.fitBadNobs(gi, g.nobs));
    if (g.sampleCov.length !== p * p) throw new ModelSpecificationError(message.fitBadLength("sample covariance", gi, g.sampleCov.length, p * p));
    if (g.impliedCov.length !== p * p) throw new ModelSpecificationError(message.fitBadLength("implied covariance", gi, g.impliedCov.length, p * p));
    if (g.sampleMean.length !== p) throw new ModelSpecificationError(message.fitBadLength("sample mean", gi, g.sampleMean.length, p));
    if (meanstructure) {
      if (g.impliedMean === undefined) throw new ModelSpecificationError(message.fitMissingImpliedMean(gi));
      if (g.impliedMean.length !== p) throw new ModelSpecificationError(message.fitBadLength("implied mean", gi, g.impliedMean.length, p));
    }
    n += g.nobs;
  });

  // per-group quantities, weighted by N_g / N
  let logl = 0;
  let unrestrictedLogl = 0;
  let gfi = 0;
  const acc = { rmr: [0, 0], srmr: [0, 0], crmr: [0, 0], mplus: [0, 0] };
  const add = (slot: number[], r: ResidualRms, w: number): void => {
    slot[0]! += w * r.total;
    slot[1]! += w * r.nomean;
  };
  const exogenous = input.exogenous ?? [];
  let loglX = 0; // fixed.x: lavaan conditions on the x, subtracting their marginal log-likelihood at the sample moments
  groups.forEach((g, k) => {
    const mu = meanstructure ? g.impliedMean : undefined;
    const w = g.nobs / n;
    const ll = logLikelihoodML(p, g.nobs, g.sampleCov, g.sampleMean, g.impliedCov, mu);
    if (Number.isNaN(ll)) throw new EstimationError(message.fitNotPositiveDefinite("model-implied", k + 1));
    logl += ll;
    unrestrictedLogl += logLikelihoodML(p, g.nobs, g.sampleCov, g.sampleMean, g.sampleCov);
    if (exogenous.length > 0) loglX += exogenousLogl(p, g.nobs, g.sampleCov, exogenous);
    const md = g.missingData;
    gfi += w * (md === undefined
      ? gfiGroupML(p, g.sampleCov, g.sampleMean, g.impliedCov, mu, { exogenous })
      : gfiGroupML(p, md.cov, md.mean, g.impliedCov, mu, { exogenous, patterns: md.patterns }));
    add(acc.rmr, rmr(p, g.sampleCov, g.sampleMean, g.impliedCov, mu), w);
    add(acc.srmr, srmrBentler(p, g.sampleCov, g.sampleMean, g.impliedCov, mu), w);
    add(acc.crmr, crmr(p, g.sampleCov, g.sampleMean, g.impliedCov, mu), w);
    add(acc.mplus, srmrMplus(p, g.sampleCov, g.sampleMean, g.impliedCov, mu), w);
  });
  if (input.logLikelihood !== undefined) {
    logl = input.logLikelihood.h0;
    unrestrictedLogl = input.logLikelihood.h1;
  }
  logl -= loglX;
  unrestrictedLogl -= loglX;
  const nel = nGroups * ((p * (p + 1)) / 2 + (meanstructure ? p : 0));

  const x0 = input.baselineChisq;
  const df0 = input.baselineDf;
  const [ciLower, ciUpper] = rmseaCi(chisq, df, n, nGroups, level);
  const tliValue = tli(chisq, df, x0, df0);
  return {
    npar,
    fmin: chisq / (2 * n),
    chisq,
    df,
    pvalue: df > 0 ? chisqCdf(chisq, df, true) : Number.NaN,
    "baseline.chisq": x0,
    "baseline.df": df0,
    "baseline.pvalue": df0 > 0 ? chisqCdf(x0, df0, true) : Number.NaN,
    cfi: cfi(chisq, df, x0, df0),
    tli: tliValue,
    nnfi: tliValue,
    rfi: rfi(chisq, df, x0, df0),
    nfi: nfi(chisq, df, x0, df0),
    pnfi: pnfi(chisq, df, x0, df0),
    ifi: ifi(chisq, df, x0, df0),
    rni: rni(chisq, df, x0, df0),
    logl,
    "unrestricted.logl": unrestrictedLogl,
    aic: aic(logl, npar),
    bic: bic(logl, npar, n),
    ntotal: n,
    bic2: sampleSizeAdjustedBic(logl, npar, n),
    rmsea: rmsea(chisq, df, n, nGroups),
    "rmsea.ci.lower": ciLower,
    "rmsea.ci.upper": ciUpper,
    "rmsea.ci.level": level,
    "rmsea.pvalue": rmseaCloseFit(chisq, df, n, nGroups, closeH0),
    "rmsea.close.h0": closeH0,
    "rmsea.notclose.pvalue": rmseaNotCloseFit(chisq, df, n, nGroups, notCloseH0),
    "rmsea.notclose.h0": notCloseH0,
    rmr: acc.rmr[0]!,
    rmr_nomean: acc.rmr[1]!,
    srmr: acc.srmr[0]!,
    srmr_bentler: acc.srmr[0]!,
    srmr_bentler_nomean: acc.srmr[1]!,
    crmr: acc.crmr[0]!,
    crmr_nomean: acc.crmr[1]!,
    srmr_mplus: acc.mplus[0]!,
    srmr_mplus_nomean: acc.mplus[1]!,
    cn_05: hoelterCn(chisq, df, n, 0.05),
    cn_01: hoelterCn(chisq, df, n, 0.01),
    gfi,
    agfi: agfi(gfi, nel, df),
    pgfi: pgfi(gfi, nel, df),
    mfi: mfi(chisq, df, n),
    ecvi: ecvi(chisq, npar, n),
    cmin_df: cminDf(chisq, df),
  };
}

/** Marginal normal log-likelihood of the fixed covariates at their sample moments: −N/2·(q·log 2π + log|S_xx| + q). */
function exogenousLogl(p: number, nobs: number, sampleCov: Float64Array, xIdx: readonly number[]): number {
  const q = xIdx.length, sxx = new Float64Array(q * q);
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) sxx[a * q + b] = sampleCov[xIdx[a]! * p + xIdx[b]!]!;
  return logLikelihoodML(q, nobs, sxx, new Float64Array(q), sxx);
}
