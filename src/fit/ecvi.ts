/**
 * Expected cross-validation index (ECVI).
 *
 * ECVI = χ²/N + 2·npar/N.
 * Source: Browne & Cudeck (1989), Multivariate Behavioral Research 24, 445–455, eq. 5;
 * lavaan 0.6-14 R/lav_fit_other.R.
 * @param chisq model χ²
 * @param npar number of free parameters
 * @param n total sample size N
 * @returns ECVI
 * @throws never
 * @example
 * ecvi(85.3055217703309, 21, 301); // 0.422941932791797 (lavaan)
 */
export function ecvi(chisq: number, npar: number, n: number): number {
  return chisq / n + (2 * npar) / n;
}
