import type { MixedSolution } from "./fitMixed.ts";
import { wlsmvFitMeasures } from "./wlsmvFitMeasures.ts";
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
  const { sol, ordinal, ev, targets } = o;
  return wlsmvFitMeasures(o, ordinal.nth + ordinal.nnum, () => ({
    ...Object.fromEntries(ROBUST.map((name) => [name, NaN])),
    ...mixedResidualIndices(ordinal.groups.map((g, k) => ({
      nobs: g.nobs, p: sol.rep.p, nth: ordinal.nth, meanEntry: targets[k]!.meanEntry, numIdx: targets[k]!.numIdx,
      wlsObs: g.wlsObs, wlsEst: ev.sigmas[k]!,
    }))),
  }));
}
