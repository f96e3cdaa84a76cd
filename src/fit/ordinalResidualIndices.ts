/** One group's observed and fitted WLS vectors (thresholds first, then correlations). */
export interface OrdinalResidualGroup {
  /** N_g. */
  readonly nobs: number;
  /** Variables. */
  readonly p: number;
  /** Number of thresholds at the start of the vectors. */
  readonly nth: number;
  /** Sample thresholds and polychoric correlations (lavaan's WLS.obs). */
  readonly wlsObs: Float64Array;
  /** Model thresholds and correlations (lavaan's WLS.est). */
  readonly wlsEst: Float64Array;
}

/**
 * lavaan's residual indices for ordinal indicators (`fitMeasures`: rmr, srmr_bentler, crmr with and
 * without "mean" — for categorical data the thresholds take the place of the means). The residuals are
 * those of the polychoric correlations (off-diagonal) and of the thresholds; with unit-diagonal sample and
 * implied correlation matrices the raw, Bentler and Bollen residuals coincide, and only the counts differ:
 *   *_nomean: √(Σ r_cor² / k),  k = p(p−1)/2 + p (rmr, srmr) or p(p−1)/2 (crmr);
 *   total:    √((Σ r_cor² + Σ r_th²) / (k + n_th));
 * groups are averaged with weights N_g/N. srmr = srmr_bentler_nomean (lavaan's default for categorical data).
 * Source: lavaan 0.6-14 `lav_fit_srmr_lavobject`, `lav_residuals_summary` (categorical branch: STATS =
 * vech(cov, diagonal = FALSE) then th, pstar = length + nvar except for crmr), `lav_residuals_summary_rms`.
 * @param groups observed and fitted vectors of every group
 * @returns rmr, rmr_nomean, srmr, srmr_bentler, srmr_bentler_nomean, crmr, crmr_nomean
 * @throws never
 * @example
 * ordinalResidualIndices([{ nobs: 386, p: 15, nth: 60, wlsObs, wlsEst }]).srmr_bentler; // 0.0363 (lavaan, loyalty core WLSMV)
 */
export function ordinalResidualIndices(groups: readonly OrdinalResidualGroup[]): Record<string, number> {
  const N = groups.reduce((s, g) => s + g.nobs, 0);
  let rmrTotal = 0, rmrNomean = 0, crmrTotal = 0, crmrNomean = 0;
  for (const { nobs, p, nth, wlsObs, wlsEst } of groups) {
    let ssTh = 0, ssCor = 0;
    for (let j = 0; j < wlsObs.length; j++) {
      const r = wlsObs[j]! - wlsEst[j]!;
      if (j < nth) ssTh += r * r; else ssCor += r * r;
    }
    const npair = wlsObs.length - nth, fg = nobs / N;
    rmrNomean += fg * Math.sqrt(ssCor / (npair + p));
    rmrTotal += fg * Math.sqrt((ssCor + ssTh) / (npair + nth + p));
    crmrNomean += fg * Math.sqrt(ssCor / npair);
    crmrTotal += fg * Math.sqrt((ssCor + ssTh) / (npair + nth));
  }
  return {
    rmr: rmrTotal, rmr_nomean: rmrNomean, srmr: rmrNomean, srmr_bentler: rmrTotal, srmr_bentler_nomean: rmrNomean,
    crmr: crmrTotal, crmr_nomean: crmrNomean,
  };
}
