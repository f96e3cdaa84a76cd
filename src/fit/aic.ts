/**
 * Akaike information criterion.
 *
 * AIC = −2·logL + 2·npar.
 * Source: Akaike (1974), IEEE Transactions on Automatic Control 19, 716–723; lavaan 0.6-14 R/lav_fit_aic.R.
 * @param logl model log-likelihood
 * @param npar number of free parameters (after equality constraints)
 * @returns AIC
 * @throws never
 * @example
 * aic(-3737.74492662638, 21); // 7517.48985325275 (lavaan, HS1939 CFA)
 */
export function aic(logl: number, npar: number): number {
  return -2 * logl + 2 * npar;
}
