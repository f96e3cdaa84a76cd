/**
 * Sample-size adjusted BIC (lavaan's `bic2`, SABIC).
 *
 * SABIC = −2·logL + npar·log((N + 2)/24).
 * Source: Sclove (1987), Psychometrika 52, 333–343; lavaan 0.6-14 R/lav_fit_aic.R (lav_fit_sabic).
 * @param logl model log-likelihood
 * @param npar number of free parameters
 * @param n total sample size
 * @returns SABIC
 * @throws never
 * @example
 * sampleSizeAdjustedBic(-3737.74492662638, 21, 301); // 7528.73911173114 (lavaan)
 */
export function sampleSizeAdjustedBic(logl: number, npar: number, n: number): number {
  return -2 * logl + npar * Math.log((n + 2) / 24);
}
