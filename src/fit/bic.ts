/**
 * Bayesian information criterion.
 *
 * BIC = −2·logL + npar·log N (N = total sample size).
 * Source: Schwarz (1978), Annals of Statistics 6, 461–464; lavaan 0.6-14 R/lav_fit_aic.R.
 * @param logl model log-likelihood
 * @param npar number of free parameters
 * @param n total sample size
 * @returns BIC
 * @throws never
 * @example
 * bic(-3737.74492662638, 21, 301); // 7595.33916881248 (lavaan)
 */
export function bic(logl: number, npar: number, n: number): number {
  return -2 * logl + npar * Math.log(n);
}
