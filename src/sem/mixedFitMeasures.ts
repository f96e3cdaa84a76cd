import type { MixedSolution } from "./fitMixed.ts";
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
import { mixedResidualIndices } from "./mixedResidualIndices.ts";

/** lavaan reports these as NA when some indicators are continuous (lav_fit_catml_dwls returns NA). */
const ROBUST = [
  "cfi.robust", "tli.robust", "nnfi.robust", "rni.robust", "rmsea.robust", "rmsea.ci.lower.robust", "rmsea.ci.upper.robust",
  "rmsea.pvalue.robust", "rmsea.notclose.pvalue.robust", "srmr_mplus", "srmr_mplus_nomean",
];

/**
 * lavaan's fitMeasures() for WLSMV with ordinal and continuous indicators (one or more groups): the DWLS χ²
 * (Σ (N_g − 1)F_g) and its scaled-shifted version, the baseline model with free thresholds, means and variances
 * and zero covariances (closed form: χ²₀ = Σ_g (N_g − 1) Σ w s² over the covariances, U = W on that block),
 * incremental indices, RMSEA (standard and scaled), residual indices (mixedResidualIndices), Hoelter's CN,
 * MFI, GFI-type indices with the DWLS weights over all statistics, WRMR = √(χ²/number of statistics of the first
 * group); N − G is the sample size of RMSEA, CN and MFI. The catML-based robust CFI/TLI/RNI/RMSEA are NaN, as
 * lavaan 0.6-14 reports NA for them when a variable is continuous, and so are srmr_mplus(_nomean).
 * Source: lavaan 0.6-14 lav_fit_measures, lav_test_satorra_bentler (scaled.shifted), lav_fit_gfi, lav_fit_wrmr,
 * lav_fit_catml_dwls (NA with ov.num), lav_fit_srmr_lavobject.
 * @param o the mixed solution
 * @returns fit measures with lavaan's names
 * @throws never
 * @example
 * mixedFitMeasures(fitMixed(pt, ds))["chisq.scaled"]; // 20.356 for the two-factor loyalty model (lavaan)
 */
export function mixedFitMeasures(o: MixedSolution): Record<string, number> {
  const { sol, ordinal, inference, ev } = o;
  const og = ordinal.groups, G = og.length;
  const N = sol.stats.ntotal, nG = N - G, df = sol.df, chisq = sol.chisq;
  const a = Math.sqrt(df / inference.traceUGamma2);
  const chisqScaled = a * chisq + (df - a * inference.traceUGamma);
  const uni = ordinal.nth + ordinal.nnum;
  let x0 = 0, tr1b = 0, tr2b = 0, df0 = 0, gfiSum = 0, nelAll = 0;
  og.forEach((g, k) => {
    const w = g.wlsVdiag, s = g.wlsObs, gamma = g.gamma, ns = s.length, sigma = ev.sigmas[k]!;
    for (let j = uni; j < ns; j++) {
      x0 += (g.nobs - 1) * w[j]! * s[j]! * s[j]!;
      tr1b += w[j]! * gamma[j * ns + j]!;
      for (let i = uni; i < ns; i++) tr2b += w[j]! * gamma[j * ns + i]! * w[i]! * gamma[i * ns + j]!;
    }
    df0 += ns - uni;
    let num = 0, den = 0;
    for (let j = 0; j < ns; j++) { const r = s[j]! - sigma[j]!; num += w[j]! * r * r; den += w[j]! * s[j]! * s[j]!; }
    gfiSum += g.nobs * (1 - num / den);
    nelAll += ns;
  });
  const a0 = Math.sqrt(df0 / tr2b);
  const x0Scaled = a0 * x0 + (df0 - a0 * tr1b);
  const gfi = gfiSum / N;
  const targets = o.targets;
  const residuals = mixedResidualIndices(og.map((g, k) => ({
    nobs: g.nobs, p: sol.rep.p, nth: ordinal.nth, meanEntry: targets[k]!.meanEntry, numIdx: targets[k]!.numIdx,
    wlsObs: g.wlsObs, wlsEst: ev.sigmas[k]!,
  })));
  const [lo, hi] = rmseaCi(chisq, df, nG, G, 0.9);
  const [loS, hiS] = rmseaCi(chisqScaled, df, nG, G, 0.9);
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
    rmsea: rmsea(chisq, df, nG, G), "rmsea.ci.lower": lo, "rmsea.ci.upper": hi, "rmsea.ci.level": 0.9,
    "rmsea.pvalue": rmseaCloseFit(chisq, df, nG, G, 0.05), "rmsea.close.h0": 0.05,
    "rmsea.notclose.pvalue": rmseaNotCloseFit(chisq, df, nG, G, 0.08), "rmsea.notclose.h0": 0.08,
    "rmsea.scaled": rmsea(chisqScaled, df, nG, G), "rmsea.ci.lower.scaled": loS, "rmsea.ci.upper.scaled": hiS,
    "rmsea.pvalue.scaled": rmseaCloseFit(chisqScaled, df, nG, G, 0.05), "rmsea.notclose.pvalue.scaled": rmseaNotCloseFit(chisqScaled, df, nG, G, 0.08),
    ...Object.fromEntries(ROBUST.map((name) => [name, NaN])),
    ...residuals,
    cn_05: hoelterCn(chisq, df, nG, 0.05), cn_01: hoelterCn(chisq, df, nG, 0.01),
    gfi, agfi: 1 - (nelAll / df) * (1 - gfi), pgfi: (df / nelAll) * gfi, mfi: mfi(chisq, df, nG),
    wrmr: Math.sqrt(chisq / og[0]!.wlsObs.length),
    cmin_df: chisq / df,
  };
}
