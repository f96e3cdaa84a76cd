/**
 * Root of a continuous function on a bracketing interval by Brent's method
 * (the algorithm behind R's `uniroot`, which lavaan uses for the RMSEA interval).
 *
 * Source: Brent (1973), Algorithms for Minimization without Derivatives, ch. 4
 * (procedure zero).
 * @param f function with f(a) and f(b) of opposite sign (or one of them zero)
 * @param a left end
 * @param b right end
 * @param tol absolute tolerance on the root (default 1e-12)
 * @returns the root, or NaN when f(a) and f(b) have the same sign
 * @throws never
 * @example
 * brentRoot((x) => x * x - 2, 0, 2); // ≈ 1.4142135623730951
 */
export function brentRoot(f: (x: number) => number, a: number, b: number, tol = 1e-12): number {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Number.isNaN(fa) || Number.isNaN(fb) || (fa > 0) === (fb > 0)) return Number.NaN;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iter = 0; iter < 1000; iter++) {
    if ((fb > 0) === (fc > 0)) {
      c = a; fc = fa; d = b - a; e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b; b = c; c = a;
      fa = fb; fb = fc; fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm; e = d;
      }
    } else {
      d = xm; e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
  }
  return b;
}
