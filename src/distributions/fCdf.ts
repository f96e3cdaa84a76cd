import { chisqCdf } from "./chisqCdf.ts";
import { incompleteBeta } from "./incompleteBeta.ts";

/**
 * Distribution function of Fisher's F (central), lower or upper tail, as R's `pf(f, df1, df2)`; the upper tail
 * is computed directly, so small p-values keep their relative precision.
 *
 * P(F ≤ f) = I_x(df1/2, df2/2) with x = df1·f/(df1·f + df2) and 1 − x = df2/(df1·f + df2) formed without
 * subtraction. An infinite df gives the chi-square limits used by R: df2 = ∞: P(χ²_{df1} ≤ df1·f);
 * df1 = ∞: P(χ²_{df2} ≥ df2/f); both: the point mass at 1.
 * Source: Abramowitz & Stegun (1964), 26.6.2; R's nmath/pf.c (R Core Team) for the infinite df.
 * @param f the quantile
 * @param df1 numerator degrees of freedom, df1 > 0 (Infinity allowed)
 * @param df2 denominator degrees of freedom, df2 > 0 (Infinity allowed)
 * @param upper when true return P(F > f)
 * @returns the probability (0 below f = 0 for the lower tail); NaN for NaN or non-number arguments or df ≤ 0
 * @throws never
 * @example
 * fCdf(3, 4, 300, true); // ≈ 0.0188599 (R: pf(3, 4, 300, lower.tail = FALSE))
 */
export function fCdf(f: number, df1: number, df2: number, upper = false): number {
  if (typeof f !== "number" || typeof df1 !== "number" || typeof df2 !== "number") return Number.NaN;
  if (Number.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return Number.NaN;
  if (f <= 0) return upper ? 1 : 0;
  if (f === Number.POSITIVE_INFINITY) return upper ? 0 : 1;
  if (df1 === Number.POSITIVE_INFINITY) {
    if (df2 === Number.POSITIVE_INFINITY) return (f < 1) === upper ? 1 : 0;
    return chisqCdf(df2 / f, df2, !upper);
  }
  if (df2 === Number.POSITIVE_INFINITY) return chisqCdf(f * df1, df1, upper);
  const r = (df1 / df2) * f;
  if (r === Number.POSITIVE_INFINITY) return upper ? 0 : 1;
  const x = r > 1 ? 1 / (1 + 1 / r) : r / (1 + r), y = 1 / (1 + r);
  const [p, q] = incompleteBeta(x, 0.5 * df1, 0.5 * df2, y);
  return upper ? q : p;
}
