import { chisqCdf } from "./chisqCdf.ts";
import { logGamma } from "./logGamma.ts";
import { normalQuantile } from "./normalQuantile.ts";

/**
 * Quantile of the central chi-square distribution: the x with P(X ≤ x) = p.
 *
 * Starts from the Wilson–Hilferty approximation, brackets the root and refines it
 * with safeguarded Newton steps (bisection when a step leaves the bracket). For
 * p > 0.5 the upper tail is matched, so quantiles near 1 keep full precision.
 * Source: Wilson & Hilferty (1931), PNAS 17, 684–688; Best & Roberts (1975),
 * Applied Statistics 24, 385–388 (algorithm AS 91, same target function).
 * @param p probability in [0, 1]
 * @param df degrees of freedom, df ≥ 0 (df = 0 is the point mass at 0, quantile 0 as in R)
 * @returns the quantile (0 for p = 0, Infinity for p = 1); NaN for invalid arguments
 * @throws never
 * @example
 * chisqQuantile(0.95, 24); // ≈ 36.41502850180731
 */
export function chisqQuantile(p: number, df: number): number {
  if (typeof p !== "number" || typeof df !== "number" || !(p >= 0 && p <= 1) || !(df >= 0)) return Number.NaN;
  if (p === 0 || df === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const useUpper = p > 0.5;
  const target = useUpper ? 1 - p : p;
  // f(x) = tail(x) − target; lower tail increases in x, upper tail decreases
  const f = (x: number): number => chisqCdf(x, df, useUpper) - target;
  const sign = useUpper ? -1 : 1;
  const k = df / 2;
  const logDensityConst = -k * Math.LN2 - logGamma(k);
  const density = (x: number): number => Math.exp(logDensityConst + (k - 1) * Math.log(x) - x / 2);

  // Wilson–Hilferty start
  const z = normalQuantile(p);
  const h = 2 / (9 * df);
  let x = df * Math.pow(Math.max(1 - h + z * Math.sqrt(h), 1e-3), 3);
  if (!(x > 0) || !Number.isFinite(x)) x = df;

  // bracket: lo with sign*f < 0, hi with sign*f > 0
  let lo = 0;
  let hi = x;
  // doubling from a positive start reaches 1e300 in at most about 1,000 steps
  for (let step = 0; sign * f(hi) < 0; step++) {
    if (step > 1100) return Number.NaN;
    lo = hi;
    hi *= 2;
    if (hi > 1e300) return Number.POSITIVE_INFINITY;
  }
  for (let iter = 0; iter < 200; iter++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (sign * fx < 0) lo = x;
    else hi = x;
    const d = density(x);
    let next = d > 0 ? x - sign * fx / d : Number.NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 1e-15 * Math.max(1, x) || hi - lo <= 1e-15 * Math.max(1, hi)) return next;
    x = next;
  }
  return x;
}
