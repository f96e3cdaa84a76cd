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
 * of Q is evaluated with the modified Lentz method. Each is capped at 100,000 terms; when a is so large that
 * the cap is reached, the Wilson–Hilferty normal approximation is returned instead of a truncated sum.
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
    let converged = false;
    for (let n = 0; n < MAX_ITER; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) { converged = true; break; }
    }
    if (!converged) return wilsonHilferty(a, x);
    const p = Math.min(1, sum * Math.exp(logPrefix));
    return [p, 1 - p];
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  let converged = false;
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
    if (Math.abs(del - 1) < EPS) { converged = true; break; }
  }
  if (!converged) return wilsonHilferty(a, x);
  const q = Math.min(1, Math.exp(logPrefix) * h);
  return [1 - q, q];
}

/**
 * Wilson–Hilferty approximation of [P, Q] for shapes so large (a ≳ 10⁹) that neither expansion converges in
 * 100,000 terms: (x/a)^{1/3} is nearly normal with mean 1 − 1/(9a) and variance 1/(9a). The normal tail is
 * taken from the a = ½ case, Φ(−|z|) = ½·Q(½, z²/2), which converges at once.
 * Source: Wilson & Hilferty (1931), PNAS 17, 684–688.
 */
function wilsonHilferty(a: number, x: number): [number, number] {
  const z = (Math.cbrt(x / a) - (1 - 1 / (9 * a))) * 3 * Math.sqrt(a);
  const far = 0.5 * incompleteGamma(0.5, (z * z) / 2)[1];
  return z < 0 ? [far, 1 - far] : [1 - far, far];
}
