/** One group's observed and fitted WLS vectors for ordinal and continuous indicators. */
export interface MixedResidualGroup {
  /** N_g. */
  readonly nobs: number;
  /** Variables. */
  readonly p: number;
  /** Thresholds and −means at the start of the vectors (lavaan's th), then `numIdx.length` variances. */
  readonly nth: number;
  /** For each of the nth first entries: 1 for the −mean of a continuous variable, 0 for a threshold. */
  readonly meanEntry: Uint8Array;
  /** The continuous variables, in order (their variances follow the first nth entries). */
  readonly numIdx: Int32Array;
  /** Sample statistics (lavaan's WLS.obs). */
  readonly wlsObs: Float64Array;
  /** Model statistics (lavaan's WLS.est). */
  readonly wlsEst: Float64Array;
}

/**
 * lavaan's residual indices (rmr, srmr_bentler, crmr, with and without "mean") for WLSMV with ordinal and
 * continuous indicators. As in lavaan's categorical branch, only the off-diagonal covariance residuals and the
 * threshold residuals of the ordinal variables enter (means are not part of either):
 *   raw (rmr):           r_ab = s_ab − σ̂_ab;
 *   Bentler (srmr):      r_ab / √(s_aa s_bb);
 *   Bollen (crmr):       s_ab/√(s_aa s_bb) − σ̂_ab/√(σ̂_aa σ̂_bb);
 * with s_aa, σ̂_aa the sample and model variances of a continuous variable and 1 for a latent response;
 *   *_nomean: √(Σ r² / k),  k = p(p−1)/2 + p (rmr, srmr) or p(p−1)/2 (crmr);
 *   total:    √((Σ r² + Σ r_th²) / (k + n_th)),  n_th the number of thresholds;
 * groups averaged with weights N_g/N; srmr = srmr_bentler_nomean (lavaan's default for categorical data).
 * Source: lavaan 0.6-14 `lav_fit_srmr_lavobject`, `lav_residuals_summary` (categorical branch),
 * `lav_residuals` (types raw, cor.bentler, cor.bollen).
 * @param groups observed and fitted vectors of every group
 * @returns rmr, rmr_nomean, srmr, srmr_bentler, srmr_bentler_nomean, crmr, crmr_nomean
 * @throws never
 * @example
 * mixedResidualIndices([{ nobs: 430, p: 7, nth: 19, meanEntry, numIdx, wlsObs, wlsEst }]).srmr_bentler; // 0.022 (lavaan)
 */
export function mixedResidualIndices(groups: readonly MixedResidualGroup[]): Record<string, number> {
  const N = groups.reduce((s, g) => s + g.nobs, 0);
  let rmrT = 0, rmrN = 0, srmrT = 0, srmrN = 0, crmrT = 0, crmrN = 0;
  for (const { nobs, p, nth, meanEntry, numIdx, wlsObs, wlsEst } of groups) {
    const sVar = new Float64Array(p).fill(1), mVar = new Float64Array(p).fill(1);
    numIdx.forEach((v, k) => { sVar[v] = wlsObs[nth + k]!; mVar[v] = wlsEst[nth + k]!; });
    let ssTh = 0, nthOrd = 0;
    for (let j = 0; j < nth; j++) {
      if (meanEntry[j]) continue;
      const r = wlsObs[j]! - wlsEst[j]!;
      ssTh += r * r; nthOrd++;
    }
    let ssRaw = 0, ssBentler = 0, ssBollen = 0;
    const off = nth + numIdx.length;
    for (let b = 0, k = off; b < p; b++) {
      for (let a = b + 1; a < p; a++, k++) {
        const s = wlsObs[k]!, e = wlsEst[k]!, sd = Math.sqrt(sVar[a]! * sVar[b]!);
        const raw = s - e, bentler = raw / sd, bollen = s / sd - e / Math.sqrt(mVar[a]! * mVar[b]!);
        ssRaw += raw * raw; ssBentler += bentler * bentler; ssBollen += bollen * bollen;
      }
    }
    const npair = (p * (p - 1)) / 2, fg = nobs / N;
    rmrN += fg * Math.sqrt(ssRaw / (npair + p));
    rmrT += fg * Math.sqrt((ssRaw + ssTh) / (npair + p + nthOrd));
    srmrN += fg * Math.sqrt(ssBentler / (npair + p));
    srmrT += fg * Math.sqrt((ssBentler + ssTh) / (npair + p + nthOrd));
    crmrN += fg * Math.sqrt(ssBollen / npair);
    crmrT += fg * Math.sqrt((ssBollen + ssTh) / (npair + nthOrd));
  }
  return {
    rmr: rmrT, rmr_nomean: rmrN, srmr: srmrN, srmr_bentler: srmrT, srmr_bentler_nomean: srmrN, crmr: crmrT, crmr_nomean: crmrN,
  };
}
