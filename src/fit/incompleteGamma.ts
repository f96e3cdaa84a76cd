import { logGamma } from "./logGamma.ts";

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100000;

/**
 * Regularized incomplete gamma functions P(a, x) = γ(a, x)/Γ(a) and
 * Q(a, x) = 1 − P(a, x), both returned so that neither tail loses precision
 * to cancellation.
 *
 * For x < a + 1 the power series of P is summed; otherwise the continued fraction
 * of Q is evaluated with the modified Lentz method.
 * Source: Press et al. (2007), Numerical Recipes, 3rd ed., §6.2, eqs. 6.2.5 and 6.2.7;
 * Abramowitz & Stegun (1964), 6.5.29 and 6.5.31.
 * @param a shape, a > 0
 * @param x argument, x ≥ 0
 * @returns [P, Q]; [NaN, NaN] for invalid arguments
 * @throws never
 * @example
 * incompleteGamma(1, 1); // [1 − e⁻¹, e⁻¹]
 */
export function incompleteGamma(a: number, x: number): [number, number] {
  if (!(a > 0) || !(x >= 0) || Number.isNaN(x)) return [Number.NaN, Number.NaN];
  if (x === 0) return [0, 1];
  if (x === Number.POSITIVE_INFINITY) return [1, 0];
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < MAX_ITER; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    const p = Math.min(1, sum * Math.exp(logPrefix));
    return [p, 1 - p];
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  const q = Math.min(1, Math.exp(logPrefix) * h);
  return [1 - q, q];
}
