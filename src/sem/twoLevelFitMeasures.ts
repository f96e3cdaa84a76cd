import { cfi } from "../fit/cfi.ts";
import { tli } from "../fit/tli.ts";
import { rmsea } from "../fit/rmsea.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { aic } from "../fit/aic.ts";
import { bic } from "../fit/bic.ts";
import { sampleSizeAdjustedBic } from "../fit/sampleSizeAdjustedBic.ts";

/** What the two-level fit measures need. */
export interface TwoLevelFitInput {
  readonly n: number;
  /** sample statistics of the unrestricted model not fixed at sample values (exogenous covariates) */
  readonly nstats: number;
  readonly npar: number;
  readonly logl: number;
  readonly h1Logl: number;
  readonly baselineLogl: number;
  readonly baselineNpar: number;
  /** implied and unrestricted covariances of a level (p × p), and the variables of the level among them */
  readonly within: { readonly implied: Float64Array; readonly h1: Float64Array; readonly idx: readonly number[]; readonly p: number };
  readonly between: { readonly implied: Float64Array; readonly h1: Float64Array; readonly idx: readonly number[]; readonly p: number };
}

/**
 * lavaan's fitMeasures() of a two-level ML fit: χ² = 2(log L₁ − log L₀) against the unrestricted two-level model
 * (Σ_W, Σ_B, μ free, less the moments of exogenous covariates fixed at their sample values), the baseline model with diagonal Σ_W and Σ_B, CFI, TLI, RMSEA (N = all
 * cases), log-likelihoods, AIC, BIC and SABIC (N = all cases), and SRMR per level on the correlation scale
 * (unrestricted against implied, without the means), srmr = srmr_within + srmr_between.
 * Source: lavaan 0.6-14 lav_fit_measures (nlevels > 1), lav_fit_srmr_twolevel.
 * @param o the fitted and unrestricted moments and log-likelihoods
 * @returns fit measures with lavaan's names
 * @throws never
 * @example
 * twoLevelFitMeasures(input).srmr_within;
 */
export function twoLevelFitMeasures(o: TwoLevelFitInput): Record<string, number> {
  const { n } = o;
  const chisq = 2 * (o.h1Logl - o.logl), df = o.nstats - o.npar;
  const x0 = 2 * (o.h1Logl - o.baselineLogl), df0 = o.nstats - o.baselineNpar;
  const sw = srmrLevel(o.within.h1, o.within.implied, o.within.idx, o.within.p);
  const sb = srmrLevel(o.between.h1, o.between.implied, o.between.idx, o.between.p);
  return {
    npar: o.npar, fmin: chisq / (2 * n), chisq, df, pvalue: chisqCdf(chisq, df, true),
    "baseline.chisq": x0, "baseline.df": df0, "baseline.pvalue": chisqCdf(x0, df0, true),
    cfi: cfi(chisq, df, x0, df0), tli: tli(chisq, df, x0, df0), nnfi: tli(chisq, df, x0, df0),
    logl: o.logl, "unrestricted.logl": o.h1Logl, aic: aic(o.logl, o.npar), bic: bic(o.logl, o.npar, n),
    ntotal: n, bic2: sampleSizeAdjustedBic(o.logl, o.npar, n),
    rmsea: rmsea(chisq, df, n),
    srmr: sw + sb, srmr_within: sw, srmr_between: sb,
  };
}

/** √(mean squared correlation residual over vech(Σ)) (lavaan's lav_fit_srmr_twolevel: no mean residuals). */
function srmrLevel(S: Float64Array, Sigma: Float64Array, idx: readonly number[], p: number): number {
  let ss = 0, k = 0;
  for (let u = 0; u < idx.length; u++) for (let v = 0; v <= u; v++) {
    const a = idx[u]!, b = idx[v]!;
    const r = S[a * p + b]! / Math.sqrt(S[a * p + a]! * S[b * p + b]!) - Sigma[a * p + b]! / Math.sqrt(Sigma[a * p + a]! * Sigma[b * p + b]!);
    ss += r * r; k++;
  }
  return Math.sqrt(ss / k);
}
