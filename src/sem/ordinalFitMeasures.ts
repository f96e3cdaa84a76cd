import type { OrdinalSolution } from "./ordinalSolution.ts";
import { wlsmvFitMeasures } from "./wlsmvFitMeasures.ts";
import { ordinalResidualIndices } from "../fit/ordinalResidualIndices.ts";
import { ordinalRobustFitMeasures } from "./ordinalRobustFitMeasures.ts";

/**
 * lavaan's fitMeasures() for WLSMV (one or more groups): the DWLS χ² (Σ (N_g − 1)F_g) and its scaled-shifted
 * version (a = √(df / tr((UΓ)²)), χ²_scaled = a·χ² + df − a·tr(UΓ)), the baseline (independence) model with
 * free thresholds and zero correlations in every group (closed form), incremental indices, RMSEA (standard,
 * scaled, and robust from lavaan's catML statistics), residual indices on the correlations and thresholds,
 * Hoelter's CN, MFI, GFI-type indices with the DWLS weights (groups weighted by N_g) and
 * WRMR = √(χ²/number of sample statistics of the first group). N − G is the sample size of RMSEA, CN and MFI.
 * Source: lavaan 0.6-14 lav_fit_measures, lav_test_satorra_bentler (scaled.shifted), lav_fit_gfi,
 * lav_fit_wrmr, lav_utils_get_ntotal (N − G for DWLS), lav_fit_catml_dwls (robust indices).
 * @param o the ordinal solution
 * @returns fit measures with lavaan's names (robust ones NaN where lavaan reports NA)
 * @throws never
 * @example
 * ordinalFitMeasures(fitOrdinal(pt, ds))["chisq.scaled"];
 */
export function ordinalFitMeasures(o: OrdinalSolution): Record<string, number> {
  const { sol, ordinal, ev } = o;
  return wlsmvFitMeasures(o, ordinal.nth, (baselineDf, n) => ({
    ...ordinalRobustFitMeasures(o, { df: sol.df, baselineDf, n }),
    ...ordinalResidualIndices(ordinal.groups.map((g, k) => ({ nobs: g.nobs, p: sol.rep.p, nth: ordinal.nth, wlsObs: g.wlsObs, wlsEst: ev.sigmas[k]! }))),
  }));
}
