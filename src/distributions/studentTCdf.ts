import { incompleteBeta } from "./incompleteBeta.ts";
import { logBeta } from "./logBeta.ts";
import { normalCdf } from "./normalCdf.ts";

/**
 * Student's t distribution function, lower or upper tail, as R's `pt(t, df)`. Both tails are computed directly
 * (the smaller one is never formed as 1 − the other), so small p-values keep their relative precision.
 *
 * P(|T| > |t|) = I_x(df/2, ½) with x = df/(df + t²) and 1 − x = t²/(df + t²) formed without subtraction; when
 * t²/df > 1e100 the leading term of the tail, exp(−(df/2)·log(t²/df) − log B(df/2, ½) − log(df/2)), is used,
 * as in R's nmath/pt.c; df = Infinity is the standard normal.
 * Source: Abramowitz & Stegun (1964), 26.7.1 and 26.5.27; R's nmath/pt.c (R Core Team).
 * @param t the quantile (±Infinity allowed)
 * @param df degrees of freedom, df > 0 (Infinity allowed)
 * @param upper when true return P(T > t)
 * @returns the probability; NaN for NaN or non-number arguments or df ≤ 0
 * @throws never
 * @example
 * studentTCdf(2, 10, true); // ≈ 0.0366940173853702 (R: pt(2, 10, lower.tail = FALSE))
 */
export function studentTCdf(t: number, df: number, upper = false): number {
  if (typeof t !== "number" || typeof df !== "number" || Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalCdf(upper ? -t : t);
  if (t === Number.POSITIVE_INFINITY || t === Number.NEGATIVE_INFINITY) return (t > 0) === upper ? 0 : 1;
  const r = (t / df) * t;
  let twoSided: number;
  if (r > 1e100) {
    const lt = 2 * Math.log(Math.abs(t)) - Math.log(df);
    twoSided = Math.exp(-0.5 * df * lt - logBeta(0.5 * df, 0.5) - Math.log(0.5 * df));
  } else {
    const x = 1 / (1 + r), y = r > 1 ? 1 / (1 + 1 / r) : r / (1 + r);
    twoSided = incompleteBeta(x, 0.5 * df, 0.5, y)[0];
  }
  const far = 0.5 * twoSided;
  return (t > 0) === upper ? far : 1 - far;
}
