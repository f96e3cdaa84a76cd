const INV_SQRT_2PI = 0.398942280401432677939946059934;

/**
 * Standard normal density φ(x) = exp(−x²/2)/√(2π).
 *
 * Source: the normal density (Gauss 1809); R's `dnorm`.
 * @param x the argument
 * @returns φ(x); NaN for NaN or a non-number
 * @throws never
 * @example
 * normalDensity(0); // 0.3989422804014327
 */
export function normalDensity(x: number): number {
  if (typeof x !== "number") return NaN;
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}
