import { logGamma } from "./logGamma.ts";
import { stirlingCorrection } from "./stirlingCorrection.ts";

const LN_SQRT_2PI = 0.918938533204672741780329736406;

/**
 * Natural logarithm of the beta function, log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), without the
 * cancellation of the three log-gammas when a or b is large: for min(a, b) ≥ 10 and for max(a, b) ≥ 10 the
 * large arguments enter through Stirling's formula and its correction δ, as in R's `lbeta`.
 *
 * Source: R's nmath/lbeta.c (R Core Team); Stirling's series from Abramowitz & Stegun (1964), 6.1.41.
 * @param a first argument, a > 0
 * @param b second argument, b > 0
 * @returns log B(a, b); −Infinity when a or b is Infinity; NaN for NaN or non-positive arguments
 * @throws never
 * @example
 * logBeta(0.5, 0.5); // ≈ Math.log(Math.PI) = 1.1447298858494002
 */
export function logBeta(a: number, b: number): number {
  if (typeof a !== "number" || typeof b !== "number" || !(a > 0) || !(b > 0)) return Number.NaN;
  const p = Math.min(a, b), q = Math.max(a, b);
  if (q === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  if (p >= 10) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
