import type { OrdinalSolution } from "./fitOrdinal.ts";
import { chisqCdf } from "../fit/chisqCdf.ts";
import { cfi } from "../fit/cfi.ts";
import { tli } from "../fit/tli.ts";
import { nfi } from "../fit/nfi.ts";
import { rfi } from "../fit/rfi.ts";
import { ifi } from "../fit/ifi.ts";
import { pnfi } from "../fit/pnfi.ts";
import { rni } from "../fit/rni.ts";
import { rmsea } from "../fit/rmsea.ts";
import { rmseaCi } from "../fit/rmseaCi.ts";
import { rmseaCloseFit } from "../fit/rmseaCloseFit.ts";
import { rmseaNotCloseFit } from "../fit/rmseaNotCloseFit.ts";
import { hoelterCn } from "../fit/hoelterCn.ts";
import { mfi } from "../fit/mfi.ts";
import { srmrBentler } from "../fit/srmrBentler.ts";
import { rmr } from "../fit/rmr.ts";
import { crmr } from "../fit/crmr.ts";

/**
 * lavaan's fitMeasures() for WLSMV (one group): the DWLS χ² (N·F) and its scaled-shifted version
 * (a = √(df / tr((UΓ)²)), χ²_scaled = a·χ² + df − a·tr(UΓ)), the baseline (independence) model with
 * free thresholds and zero correlations (closed form), incremental indices, RMSEA (standard and
 * scaled), residual indices on the correlations, Hoelter's CN, MFI, GFI-type indices with the DWLS
 * weights and WRMR = √(χ²/number of sample statistics).
 * Source: lavaan 0.6-14 lav_fit_measures, lav_test_satorra_bentler (scaled.shifted), lav_fit_wrmr.
 * @param o the ordinal solution
 * @returns fit measures with lavaan's names
 * @example
 * ordinalFitMeasures(fitOrdinal(pt, ds))["chisq.scaled"];
 */
export function ordinalFitMeasures(o: OrdinalSolution): Record<string, number> {
  const { sol, ordinal, inference } = o;
  const N = sol.stats.ntotal, df = sol.df, chisq = sol.chisq;
  const w = ordinal.wlsVdiag, s = ordinal.wlsObs, sigma = o.ev.sigma, nth = ordinal.nth, ns = s.length;
  const gamma = ordinal.gamma;
  // model: scaled-shifted
  const a = Math.sqrt(df / inference.traceUGamma2);
  const chisqScaled = a * chisq + (df - a * inference.traceUGamma);
  // baseline: thresholds fit exactly, correlations fixed at 0 → U = W on the correlation block
  let x0 = 0, tr1b = 0, tr2b = 0;
  for (let j = nth; j < ns; j++) {
    x0 += (N - 1) * w[j]! * s[j]! * s[j]!; // N − 1, as the model statistic
    tr1b += w[j]! * gamma[j * ns + j]!;
    for (let k = nth; k < ns; k++) tr2b += w[j]! * gamma[j * ns + k]! * w[k]! * gamma[k * ns + j]!;
  }
  const df0 = ns - nth;
  const a0 = Math.sqrt(df0 / tr2b);
  const x0Scaled = a0 * x0 + (df0 - a0 * tr1b);
  const p = sol.rep.p;
  const R = ordinal.correlation, P = sol.ev.implied[0]!.sigma;
  const noMean = new Float64Array(p);
  const srmr = srmrBentler(p, R, noMean, P, undefined).nomean;
  const rmrV = rmr(p, R, noMean, P, undefined).nomean;
  const crmrV = crmr(p, R, noMean, P, undefined).nomean;
  let num = 0, den = 0;
  for (let j = 0; j < ns; j++) { const r = s[j]! - sigma[j]!; num += w[j]! * r * r; den += w[j]! * s[j]! * s[j]!; }
  const gfi = 1 - num / den;
  const nel = ns;
  const [lo, hi] = rmseaCi(chisq, df, N, 1, 0.9);
  const [loS, hiS] = rmseaCi(chisqScaled, df, N, 1, 0.9);
  return {
    npar: sol.pt.npar,
    fmin: chisq / (2 * N),
    chisq, df, pvalue: chisqCdf(chisq, df, true),
    "chisq.scaled": chisqScaled, "df.scaled": df, "pvalue.scaled": chisqCdf(chisqScaled, df, true), "chisq.scaling.factor": 1 / a,
    "baseline.chisq": x0, "baseline.df": df0, "baseline.pvalue": chisqCdf(x0, df0, true),
    "baseline.chisq.scaled": x0Scaled, "baseline.df.scaled": df0, "baseline.pvalue.scaled": chisqCdf(x0Scaled, df0, true),
    "baseline.chisq.scaling.factor": 1 / a0,
    cfi: cfi(chisq, df, x0, df0), tli: tli(chisq, df, x0, df0),
    "cfi.scaled": cfi(chisqScaled, df, x0Scaled, df0), "tli.scaled": tli(chisqScaled, df, x0Scaled, df0),
    nnfi: tli(chisq, df, x0, df0), rfi: rfi(chisq, df, x0, df0), nfi: nfi(chisq, df, x0, df0), pnfi: pnfi(chisq, df, x0, df0),
    ifi: ifi(chisq, df, x0, df0), rni: rni(chisq, df, x0, df0),
    "nnfi.scaled": tli(chisqScaled, df, x0Scaled, df0), "rfi.scaled": rfi(chisqScaled, df, x0Scaled, df0),
    "nfi.scaled": nfi(chisqScaled, df, x0Scaled, df0), "pnfi.scaled": pnfi(chisqScaled, df, x0Scaled, df0),
    "ifi.scaled": ifi(chisqScaled, df, x0Scaled, df0), "rni.scaled": rni(chisqScaled, df, x0Scaled, df0),
    rmsea: rmsea(chisq, df, N), "rmsea.ci.lower": lo, "rmsea.ci.upper": hi, "rmsea.ci.level": 0.9,
    "rmsea.pvalue": rmseaCloseFit(chisq, df, N, 1, 0.05), "rmsea.close.h0": 0.05,
    "rmsea.notclose.pvalue": rmseaNotCloseFit(chisq, df, N, 1, 0.08), "rmsea.notclose.h0": 0.08,
    "rmsea.scaled": rmsea(chisqScaled, df, N), "rmsea.ci.lower.scaled": loS, "rmsea.ci.upper.scaled": hiS,
    "rmsea.pvalue.scaled": rmseaCloseFit(chisqScaled, df, N, 1, 0.05), "rmsea.notclose.pvalue.scaled": rmseaNotCloseFit(chisqScaled, df, N, 1, 0.08),
    rmr_nomean: rmrV, srmr, srmr_bentler_nomean: srmr, crmr_nomean: crmrV,
    cn_05: hoelterCn(chisq, df, N - 1, 0.05), cn_01: hoelterCn(chisq, df, N - 1, 0.01), // N − 1 as the DWLS statistic
    gfi, agfi: 1 - (nel / df) * (1 - gfi), pgfi: (df / nel) * gfi, mfi: mfi(chisq, df, N),
    wrmr: Math.sqrt(chisq / nel),
    cmin_df: chisq / df,
  };
}
