import { chisqQuantile } from "./chisqQuantile.ts";
import { fCdf } from "./fCdf.ts";
import { logBetaPrefix } from "./logBetaPrefix.ts";
import { normalQuantile } from "./normalQuantile.ts";

/** Largest and smallest log f tried while bracketing: the logs of the largest and the smallest normal double. */
const LOG_MAX = Math.log(Number.MAX_VALUE);
const LOG_MIN = Math.log(2.2250738585072014e-308);

/**
 * Paulson's normal approximation to the F quantile, a start value: with A = 2/(9·df1), B = 2/(9·df2) and
 * z = Φ⁻¹(p), f^{1/3} = [(1 − A)(1 − B) + z·√((1 − A)²B + (1 − B)²A − z²AB)] / [(1 − B)² − z²B]; log f, or 0
 * where the formula breaks down.
 */
function paulsonStart(p: number, df1: number, df2: number): number {
  const A = 2 / (9 * df1), B = 2 / (9 * df2), z = normalQuantile(p);
  const disc = (1 - A) * (1 - A) * B + (1 - B) * (1 - B) * A - z * z * A * B;
  const den = (1 - B) * (1 - B) - z * z * B;
  const root = ((1 - A) * (1 - B) + z * Math.sqrt(disc)) / den;
  const u = 3 * Math.log(root);
  return disc >= 0 && den > 0 && Number.isFinite(u) ? u : 0;
}

/**
 * Quantile of Fisher's F distribution: the f with P(F ≤ f) = p, as R's `qf(p, df1, df2)`.
 *
 * The equation is solved on the log scale, log P(F ≤ e^u) = log p, so that the tails are nearly straight lines in
 * u and every step, and the stopping rule, is relative in f: from Paulson's approximation the root is bracketed
 * (steps of 1, 2, 4, … in u, at most 12), then refined from the bracket's end nearer the root by Newton steps,
 * with d log P/du = x^a y^b / (B(a, b)·P) for a = df1/2, b = df2/2, x = df1·f/(df1·f + df2), y = 1 − x, and by
 * bisection whenever a step leaves the bracket (at most 300 steps), until u moves by less than 1e-15·max(1, |u|).
 * For p > ½ the upper tail is matched to 1 − p, so quantiles near 1 keep their precision. An infinite df gives
 * the chi-square limits: df2 = ∞: χ²_{df1}(p)/df1; df1 = ∞: df2/χ²_{df2}(1 − p); both: 1.
 * Source: the incomplete beta relation of Abramowitz & Stegun (1964), 26.6.2; Paulson (1942), Annals of
 * Mathematical Statistics 13, 233–235 (start value); R's nmath/qf.c (R Core Team) for the infinite df.
 * @param p a probability, 0 ≤ p ≤ 1
 * @param df1 numerator degrees of freedom, df1 > 0 (Infinity allowed)
 * @param df2 denominator degrees of freedom, df2 > 0 (Infinity allowed)
 * @returns the quantile (0 for p = 0 and for quantiles below the smallest normal double, 2.2e-308; Infinity for
 *   p = 1 and for quantiles beyond the largest double); NaN for NaN or non-number arguments, p outside [0, 1] or
 *   df ≤ 0
 * @throws never
 * @example
 * fQuantile(0.975, 4, 300); // ≈ 2.8286475 (R: qf(0.975, 4, 300))
 */
export function fQuantile(p: number, df1: number, df2: number): number {
  if (typeof p !== "number" || typeof df1 !== "number" || typeof df2 !== "number") return Number.NaN;
  if (!(p >= 0 && p <= 1) || !(df1 > 0) || !(df2 > 0)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (df1 === Number.POSITIVE_INFINITY) {
    return df2 === Number.POSITIVE_INFINITY ? 1 : df2 / chisqQuantile(1 - p, df2);
  }
  if (df2 === Number.POSITIVE_INFINITY) return chisqQuantile(p, df1) / df1;
  const a = 0.5 * df1, b = 0.5 * df2;
  const useUpper = p > 0.5;
  const logTarget = Math.log(useUpper ? 1 - p : p);
  // h(u) rises with u in both cases: log P(F ≤ e^u) − log p, or log(1 − p) − log P(F > e^u)
  let tail = 0;
  const h = (u: number): number => {
    tail = fCdf(Math.exp(u), df1, df2, useUpper);
    const v = Math.log(tail) - logTarget;
    return useUpper ? -v : v;
  };
  // dh/du at the u of the last h: the F density times f, x^a y^b / B(a, b), over the tail probability
  const slope = (u: number): number => {
    const r = (df1 / df2) * Math.exp(u);
    const x = r > 1 ? 1 / (1 + 1 / r) : r / (1 + r), y = 1 / (1 + r);
    return Math.exp(logBetaPrefix(x, y, a, b)) / tail;
  };

  let u = paulsonStart(p, df1, df2);
  let hu = h(u);
  if (hu === 0) return Math.exp(u);
  let lo = u, hi = u, hLo = hu, hHi = hu;
  for (let k = 0, step = 1; ; k++, step *= 2) {
    if (k >= 12 || Number.isNaN(hu)) return Number.NaN;
    if (hu < 0) {
      lo = u; hLo = hu;
      if (hi > u) break;
      if (u === LOG_MAX) return Number.POSITIVE_INFINITY;
      u = Math.min(u + step, LOG_MAX);
    } else {
      hi = u; hHi = hu;
      if (lo < u) break;
      if (u === LOG_MIN) return 0;
      u = Math.max(u - step, LOG_MIN);
    }
    hu = h(u);
    if (hu === 0) return Math.exp(u);
  }
  // Newton from the end of the bracket nearer the root, bisection when a step leaves the bracket
  u = -hLo < hHi ? lo : hi;
  for (let iter = 0; iter < 300; iter++) {
    const hx = h(u);
    if (hx === 0) return Math.exp(u);
    if (Number.isNaN(hx)) return Number.NaN;
    if (hx < 0) lo = u;
    else hi = u;
    const d = slope(u);
    let next = d > 0 && Number.isFinite(hx) ? u - hx / d : Number.NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const tol = 1e-15 * Math.max(1, Math.abs(next));
    if (Math.abs(next - u) <= tol || hi - lo <= tol) return Math.exp(next);
    u = next;
  }
  return Math.exp(u);
}
