import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";

/** Options for {@link covariance} and `correlation`. */
export interface CovarianceOptions {
  /** Missing data: complete rows only (default), or pairwise-complete rows for each pair as R's `use = "pairwise"`. */
  readonly use?: "listwise" | "pairwise";
  /** Divide by n − 1 (unbiased, default, as R's `cov`) or by n (maximum likelihood, as lavaan's sample statistics). */
  readonly denominator?: "n-1" | "n";
}

/**
 * Sample covariance matrix of a row-major n × p data matrix with NaN for missing values.
 * Listwise: means and cross-products over rows with no missing value. Pairwise: for each pair (j, k) the
 * means and cross-products use the rows where both are observed, as R's `cov(x, use = "pairwise")`
 * (R Core Team, `cor.c`); a pair with too few rows gives NaN. Two-pass (centred) algorithm for accuracy
 * (Chan, Golub & LeVeque, 1983). Formula: s_jk = Σ (x_ij − x̄_j)(x_ik − x̄_k) / (m − 1) (or / m).
 * @param x - row-major n × p data
 * @param n - rows
 * @param p - columns
 * @param options - missing-data handling and denominator
 * @returns the p × p covariance matrix, row-major
 * @throws DataError when x.length ≠ n·p, or when listwise deletion leaves too few rows; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example covariance(new Float64Array([1, 2, 2, 4, 3, 6]), 3, 2) // [1, 2, 2, 4]
 */
export function covariance(x: Float64Array, n: number, p: number, options: CovarianceOptions = {}): Float64Array {
  checkArg("covariance", "x", x, "float64");
  checkOptionsObject("covariance", options);
  return crossMoments(x, n, p, options, false);
}

/**
 * Shared kernel of covariance and correlation. Internal to src/data.
 * @param x - row-major n × p data
 * @param n - rows
 * @param p - columns
 * @param options - missing-data handling and denominator
 * @param standardize - return correlations instead of covariances
 * @returns the p × p matrix
 * @throws DataError on bad dimensions or too few complete rows
 * @example crossMoments(x, n, p, {}, true)
 */
export function crossMoments(
  x: Float64Array,
  n: number,
  p: number,
  options: CovarianceOptions,
  standardize: boolean,
): Float64Array {
  if (x.length !== n * p) throw new DataError(message.dataBadDimensions(x.length, n, p));
  const byN = options.denominator === "n";
  const needed = byN && !standardize ? 1 : 2;
  let anyMissing = false;
  for (let i = 0; i < x.length && !anyMissing; i++) if (Number.isNaN(x[i])) anyMissing = true;
  const out = new Float64Array(p * p);
  if (options.use === "pairwise" && anyMissing) {
    for (let j = 0; j < p; j++) {
      for (let k = j; k < p; k++) {
        const v = pairMoment(x, n, p, j, k, byN, needed, standardize);
        out[j * p + k] = v;
        out[k * p + j] = v;
      }
    }
    return out;
  }
  // listwise (or complete data): rows without any NaN
  const keep = new Uint8Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    let ok = 1;
    if (anyMissing) for (let j = 0; j < p; j++) if (Number.isNaN(x[i * p + j])) ok = 0;
    keep[i] = ok;
    m += ok;
  }
  if (m < needed) throw new DataError(message.dataTooFewRows(needed, m));
  const mean = new Float64Array(p);
  for (let i = 0; i < n; i++) if (keep[i]) for (let j = 0; j < p; j++) mean[j] = (mean[j] as number) + (x[i * p + j] as number);
  for (let j = 0; j < p; j++) mean[j] = (mean[j] as number) / m;
  const d = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    for (let j = 0; j < p; j++) d[j] = (x[i * p + j] as number) - (mean[j] as number);
    for (let j = 0; j < p; j++) {
      const dj = d[j] as number;
      const row = j * p;
      for (let k = j; k < p; k++) out[row + k] = (out[row + k] as number) + dj * (d[k] as number);
    }
  }
  const div = byN ? m : m - 1;
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      const v = (out[j * p + k] as number) / div;
      out[j * p + k] = v;
      out[k * p + j] = v;
    }
  }
  if (standardize) {
    const sd = new Float64Array(p);
    for (let j = 0; j < p; j++) sd[j] = Math.sqrt(out[j * p + j] as number);
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < p; k++) {
        out[j * p + k] = j === k ? (sd[j] as number) > 0 ? 1 : NaN : (out[j * p + k] as number) / ((sd[j] as number) * (sd[k] as number));
      }
    }
  }
  return out;
}

/** Covariance or correlation of columns j and k over the rows where both are observed. */
function pairMoment(
  x: Float64Array,
  n: number,
  p: number,
  j: number,
  k: number,
  byN: boolean,
  needed: number,
  standardize: boolean,
): number {
  let m = 0;
  let sj = 0;
  let sk = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i * p + j] as number;
    const b = x[i * p + k] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    m++;
    sj += a;
    sk += b;
  }
  if (m < needed) return NaN;
  const mj = sj / m;
  const mk = sk / m;
  let cjk = 0;
  let cjj = 0;
  let ckk = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i * p + j] as number;
    const b = x[i * p + k] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const da = a - mj;
    const db = b - mk;
    cjk += da * db;
    cjj += da * da;
    ckk += db * db;
  }
  if (standardize) {
    if (!(cjj > 0 && ckk > 0)) return NaN;
    return j === k ? 1 : cjk / Math.sqrt(cjj * ckk);
  }
  return cjk / (byN ? m : m - 1);
}
