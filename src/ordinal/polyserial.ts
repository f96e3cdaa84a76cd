import { DataError, OptionError } from "../errors.ts";
import { describeValue } from "../text/describeValue.ts";
import { message } from "../messages.ts";
import { ordinalLevels } from "./ordinalLevels.ts";
import { ordinalThresholds } from "./ordinalThresholds.ts";
import { thresholdScores } from "./thresholdScores.ts";
import { polyserialTwoStep } from "./polyserialTwoStep.ts";
import { polyserialScores } from "./polyserialScores.ts";
import { mixedGamma } from "./mixedGamma.ts";

/** The polyserial correlation of a continuous and an ordinal variable, with standard errors. */
export interface PolyserialResult {
  /** two-step ML polyserial correlation */
  readonly rho: number;
  /** its standard error (two-step sandwich, lavaan's robust.sem) */
  readonly se: number;
  /** thresholds of the ordinal variable and their standard errors */
  readonly thresholds: number[];
  readonly thresholdSe: number[];
  /** sorted category values of the ordinal variable */
  readonly levels: number[];
  /** mean and ML variance (N denominator) of the continuous variable, with standard errors */
  readonly mean: number;
  readonly meanSe: number;
  readonly variance: number;
  readonly varianceSe: number;
  /** complete pairs used, and pairs dropped for a missing value */
  readonly nobs: number;
  readonly droppedRows: number;
  readonly warnings: string[];
}

/**
 * Polyserial correlation between a continuous variable x and an ordinal variable y (e.g. a scale score and a
 * Likert item) by lavaan 0.6-14's two-step ML (lav_bvmix, used by sem()/lavCor with ordered variables): mean and
 * ML variance of x and the thresholds of y from their margins, then ρ maximising Σ log P(y | x) with those fixed.
 * Standard errors from Muthén's (1984) two-step sandwich B⁻¹(Σ_r s_r s_rᵀ)B⁻ᵀ (muthen1984's A11, A21, A22),
 * scaled as lavaan's SEs: √(N/(N − 1) · diag). The SE is that of ρ itself; lavaan's WLS statistics (and lavCor,
 * which keeps x unstandardized) carry the covariance ρ·σ_x instead, with a larger SE.
 * psych::polyserial returns Olsson, Drasgow & Dorans' ad hoc estimate (0.352 where the two-step ML gives 0.347
 * for tru1 and sat1 of the loyalty survey), without a standard error. Pairs with a missing value are dropped.
 *
 * Source: Olsson, Drasgow & Dorans (1982), Psychometrika 47, 337–347; Muthén (1984), Psychometrika 49,
 * 115–132, eqs. (31)–(37); lavaan 0.6-14 (Rosseel 2012) lav_bvmix.R, lav_uvreg.R, muthen1984().
 * @param x continuous values
 * @param y ordinal values (at most 15 distinct values)
 * @returns ρ̂ and its SE, the thresholds with SEs, the mean and variance of x with SEs, and notes
 * @throws OptionError when x or y is not an array; DataError when x and y differ in length, fewer than 2 complete pairs remain, or y has one category
 *   or more than 15
 * @example
 * polyserial(tru1, sat1).rho; // 0.3474 (lavaan's two-step estimate, loyalty survey)
 */
export function polyserial(x: ArrayLike<number | null>, y: ArrayLike<number | null>): PolyserialResult {
  for (const [arg, v] of [["x", x], ["y", y]] as const) {
    if (!(Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)))) {
      throw new OptionError(message.argType("polyserial", arg, "an array of numbers", describeValue(v)));
    }
  }
  if (x.length !== y.length) throw new DataError(message.polyserialLengths(x.length, y.length));
  const keep: number[] = [];
  const ok = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
  for (let r = 0; r < x.length; r++) if (ok(x[r]) && ok(y[r])) keep.push(r);
  const n = keep.length;
  if (n < 2) throw new DataError(message.ordinalTooFewRows("", n));
  const coding = ordinalLevels(Float64Array.from(keep, (r) => y[r] as number), n, 1, ["y"]);
  const K = coding.ncat[0]!, m = K - 1, cat = coding.codes;
  const counts = new Float64Array(K);
  for (let r = 0; r < n; r++) counts[cat[r]!]!++;
  const th = ordinalThresholds(counts);
  let s = 0;
  for (const r of keep) s += x[r] as number;
  const mean = s / n;
  let ss = 0;
  for (const r of keep) { const e = (x[r] as number) - mean; ss += e * e; }
  const variance = ss / n, sd = Math.sqrt(variance);
  const z = Float64Array.from(keep, (r) => ((x[r] as number) - mean) / sd);
  const fit = polyserialTwoStep(z, cat, th, sd);
  const warnings: string[] = [];
  if (n < x.length) warnings.push(message.polychoricDroppedRows(x.length - n, x.length));
  if (!fit.converged) warnings.push(message.wlsmvMixedPolyserialNotConverged("x", "y", ""));
  // statistics: mean of x, thresholds of y, variance of x, ρ (muthen1984's order)
  const q = m + 3, nuni = m + 2;
  const S = new Float64Array(n * q), a21 = new Float64Array(nuni);
  const ts = thresholdScores(th), sc = polyserialScores(z, cat, th, sd, fit.rho);
  for (let r = 0; r < n; r++) {
    const o = r * q, e = z[r]! * sd, c = cat[r]!;
    S[o] = e / variance;
    for (let k = 0; k < m; k++) S[o + 1 + k] = ts[c * m + k]!;
    S[o + m + 1] = -1 / (2 * variance) + (e * e) / (2 * variance * variance);
    const sr = sc.rho[r]!;
    S[o + m + 2] = sr;
    a21[0] += sr * sc.mean[r]!;
    for (let k = 0; k < m; k++) a21[1 + k] += sr * sc.thresholds[r * m + k]!;
    a21[m + 1] += sr * sc.variance[r]!;
  }
  const g = mixedGamma({
    n, q, nuni, scores: S, blocks: [Int32Array.of(0, m + 1), Int32Array.from({ length: m }, (_, k) => 1 + k)],
    a21, h21: new Float64Array(nuni), h22: Float64Array.of(1), negate: new Int32Array(0),
  });
  const se = (a: number): number => Math.sqrt(g.gamma[a * q + a]! / (n - 1));
  return {
    rho: fit.rho, se: se(m + 2), thresholds: [...th], thresholdSe: Array.from({ length: m }, (_, k) => se(1 + k)),
    levels: [...coding.levels[0]!], mean, meanSe: se(0), variance, varianceSe: se(m + 1), nobs: n, droppedRows: x.length - n, warnings,
  };
}
