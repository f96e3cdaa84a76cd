import { choleskyInPlace } from "../linalg/cholesky.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { checkArg } from "../options/checkArg.ts";

/** Bartlett's test that a correlation matrix is an identity matrix. */
export interface BartlettResult {
  readonly chisq: number;
  readonly df: number;
  readonly pvalue: number;
}

/**
 * Bartlett's test of sphericity: χ² = −ln|R| · (n − 1 − (2p + 5)/6) on p(p − 1)/2 degrees of
 * freedom. A non-positive-definite R (|R| ≤ 0) gives NaN.
 *
 * Source: Bartlett (1951), "The effect of standardization on a χ² approximation in factor
 * analysis", Biometrika 38, eq. (1); psych::cortest.bartlett (Revelle 2022).
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param n number of observations
 * @returns χ², df and the upper-tail p-value
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * bartlett(new Float64Array([1, 0.5, 0.5, 1]), 2, 100).df; // 1
 */
export function bartlett(R: Float64Array, p: number, n: number): BartlettResult {
  checkArg("bartlett", "R", R, "float64");
  const L = new Float64Array(R.subarray(0, p * p));
  let logdet = Number.NaN;
  if (choleskyInPlace(L, p)) {
    logdet = 0;
    for (let i = 0; i < p; i++) logdet += 2 * Math.log(L[i * p + i]!);
  }
  const chisq = -logdet * (n - 1 - (2 * p + 5) / 6);
  const df = (p * (p - 1)) / 2;
  return { chisq, df, pvalue: chisqCdf(chisq, df, true) };
}
