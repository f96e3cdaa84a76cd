import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options for {@link covariance} and `correlation`. */
export interface CovarianceOptions {
  /** Missing data: complete rows only (default), or pairwise-complete rows for each pair as R's `use = "pairwise"`. */
  readonly use?: "listwise" | "pairwise";
  /** Divide by n − 1 (unbiased, default, as R's `cov`) or by n (maximum likelihood, as lavaan's sample statistics). */
  readonly denominator?: "n-1" | "n";
}

/** The accepted keys of `CovarianceOptions` (covariance, correlation). */
export const COVARIANCE_OPTION_KEYS = optionKeys<CovarianceOptions>({ use: true, denominator: true });

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
  options = checkOptionKeys("covariance", options, COVARIANCE_OPTION_KEYS);
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
  centredCrossProducts(x, n, p, keep, mean, out);
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

/** Rows per chunk of the blocked kernel: bounds the transposed copy (CHUNK × p numbers) on very long data. */
const CHUNK = 1024;

/**
 * Σ_r (x_rj − x̄_j)(x_rk − x̄_k) over the kept rows, into both triangles of `out` (zeroed on entry).
 * The kept rows are centred and transposed chunk by chunk, and each pass over a chunk accumulates a
 * 2 × 2 block of the matrix in registers; every sum still runs over the rows in their order from 0, so the
 * numbers are those of the plain row-by-row update, bit for bit.
 */
function centredCrossProducts(
  x: Float64Array, n: number, p: number, keep: Uint8Array, mean: Float64Array, out: Float64Array,
): void {
  const stride = Math.min(n, CHUNK);
  const Z = new Float64Array(stride * p); // centred chunk, column-major
  let i = 0;
  while (i < n) {
    let c = 0;
    for (; i < n && c < stride; i++) {
      if (!keep[i]) continue;
      const o = i * p;
      for (let j = 0; j < p; j++) Z[j * stride + c] = x[o + j]! - mean[j]!;
      c++;
    }
    if (c > 0) addBlocks(Z, stride, c, p, out);
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) out[b * p + a] = out[a * p + b]!;
}

/** out[a,b] += Σ_{r<c} Z[a·stride + r] Z[b·stride + r] for b ≤ a (lower triangle), 2 × 2 blocks held in registers. */
function addBlocks(Z: Float64Array, stride: number, c: number, p: number, out: Float64Array): void {
  let a = 0;
  for (; a + 1 < p; a += 2) {
    const za = a * stride, za1 = za + stride, oa = a * p, oa1 = oa + p;
    for (let b = 0; b <= a; b += 2) {
      const zb = b * stride, zb1 = zb + stride;
      let s00 = out[oa + b]!, s01 = out[oa + b + 1]!, s10 = out[oa1 + b]!, s11 = out[oa1 + b + 1]!;
      for (let r = 0; r < c; r++) {
        const xa = Z[za + r]!, xa1 = Z[za1 + r]!, xb = Z[zb + r]!, xb1 = Z[zb1 + r]!;
        s00 += xa * xb; s01 += xa * xb1; s10 += xa1 * xb; s11 += xa1 * xb1;
      }
      out[oa + b] = s00; out[oa + b + 1] = s01; out[oa1 + b] = s10; out[oa1 + b + 1] = s11;
    }
  }
  if (a < p) { // last odd row
    const za = a * stride, oa = a * p;
    for (let b = 0; b <= a; b++) {
      const zb = b * stride;
      let s = out[oa + b]!;
      for (let r = 0; r < c; r++) s += Z[za + r]! * Z[zb + r]!;
      out[oa + b] = s;
    }
  }
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
