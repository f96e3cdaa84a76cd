import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { crossMoments } from "./covariance.ts";
import { checkArg } from "../options/checkArg.ts";

/** Sample means and maximum-likelihood covariance matrix. */
export interface SampleMoments {
  /** Column means (length p). */
  readonly mean: Float64Array;
  /** p × p covariance, row-major, with denominator N (the ML estimate lavaan uses). */
  readonly cov: Float64Array;
}

/**
 * Sample mean vector and covariance matrix with denominator N, the sufficient statistics of normal-theory
 * ML estimation (lavaan's `sample.cov` with the default `likelihood = "normal"`; Bollen, 1989, eq. 4.67).
 * Complete data only: use `numericMatrix(…, { missing: "listwise" })` first, or FIML for incomplete data.
 * @param x - row-major n × p data without missing values
 * @param n - rows
 * @param p - columns
 * @returns mean (length p) and cov (p × p, divided by N)
 * @throws DataError naming the first row and column (1-based) that holds NaN, or on bad dimensions / n = 0; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example sampleMoments(new Float64Array([1, 2, 3, 6]), 2, 2) // mean [2, 4], cov [1, 2, 2, 4]
 */
export function sampleMoments(x: Float64Array, n: number, p: number): SampleMoments {
  checkArg("sampleMoments", "x", x, "float64");
  if (x.length !== n * p) throw new DataError(message.dataBadDimensions(x.length, n, p));
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) {
      const row = Math.floor(i / p) + 1;
      throw new DataError(message.dataMissingInMatrix(row, (i % p) + 1), { row });
    }
  }
  if (n < 1) throw new DataError(message.dataTooFewRows(1, n));
  const mean = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) mean[j] = (mean[j] as number) + (x[i * p + j] as number);
  for (let j = 0; j < p; j++) mean[j] = (mean[j] as number) / n;
  return { mean, cov: crossMoments(x, n, p, { denominator: "n" }, false) };
}
