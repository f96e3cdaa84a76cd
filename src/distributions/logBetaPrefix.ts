import { logBeta } from "./logBeta.ts";
import { stirlingCorrection } from "./stirlingCorrection.ts";

const LN_SQRT_2PI = 0.918938533204672741780329736406;

/**
 * e − log(1 + e) for |e| ≤ 0.6 without cancellation: with t = e/(2 + e), log(1 + e) = 2 atanh t, so
 * e − log(1 + e) = e·t − 2(t³/3 + t⁵/5 + …) (|t| ≤ 0.43, at most 40 terms).
 */
function rlog1(e: number): number {
  const t = e / (2 + e), t2 = t * t;
  let term = t * t2, sum = 0;
  for (let k = 3; k < 84; k += 2) {
    const add = term / k;
    sum += add;
    if (Math.abs(add) <= 1e-17 * Math.abs(sum)) break;
    term *= t2;
  }
  return e * t - 2 * sum;
}

/** The rounding error of the product: s·x − fl(s·x), exactly (Dekker's TwoProduct with Veltkamp's split). */
function productError(s: number, x: number): number {
  const p = s * x;
  let c = 134217729 * s;
  const sh = c - (c - s), sl = s - sh;
  c = 134217729 * x;
  const xh = c - (c - x), xl = x - xh;
  return ((sh * xh - p) + sh * xl + sl * xh) + sl * xl;
}

/**
 * Logarithm of the factor x^a·y^b / B(a, b) (y = 1 − x) that leads the continued fraction of the incomplete beta
 * function and, divided by x·y, is the beta density. When a and b are both ≥ 10 it is formed as
 * −[a·rlog1(−λ/a) + b·rlog1(λ/b)] + ½ log(ab/(a + b)) − log √(2π) − [δ(a) + δ(b) − δ(a + b)] with
 * λ = a − (a + b)x and rlog1(e) = e − log(1 + e) ≥ 0, so no large terms cancel; otherwise as
 * a log x + b log y − log B(a, b), the logarithm of the smaller of x and y taken directly and the other by log1p.
 *
 * Source: DiDonato & Morris (1992), ACM TOMS 18, 360–373 (Algorithm 708, function BRCOMP); Press et al. (2007),
 * Numerical Recipes, 3rd ed., §6.4, eq. 6.4.5.
 * @param x the argument, 0 ≤ x ≤ 1
 * @param y 1 − x, passed separately so that a caller who knows it without rounding keeps its precision
 * @param a first shape, a > 0
 * @param b second shape, b > 0
 * @returns log(x^a y^b / B(a, b)); −Infinity at x = 0 or y = 0; NaN for NaN or invalid arguments
 * @throws never
 * @example
 * Math.exp(logBetaPrefix(0.5, 0.5, 1, 1)); // ≈ 0.25
 */
export function logBetaPrefix(x: number, y: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1) || !(a > 0) || !(b > 0)) return Number.NaN;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.NaN;
  if (x === 0 || y === 0) return Number.NEGATIVE_INFINITY;
  if (Math.min(a, b) >= 10) {
    const s = a + b;
    // λ = a − s·x = s·y − b from the smaller of x and y, its product with s exact (Dekker's TwoProduct)
    const lambda = x <= y ? a - s * x - productError(s, x) : s * y - b + productError(s, y);
    const corr = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(s);
    // e − log(1 + e) with 1 + e = x/x0 (x0 = a/s) and = y/y0 (y0 = b/s); far from 0 the ratio is taken from x or y
    const e1 = -lambda / a, e2 = lambda / b;
    const u = Math.abs(e1) <= 0.6 ? rlog1(e1) : e1 - Math.log((x * s) / a);
    const v = Math.abs(e2) <= 0.6 ? rlog1(e2) : e2 - Math.log((y * s) / b);
    return -(a * u + b * v) + 0.5 * Math.log((a / s) * b) - LN_SQRT_2PI - corr;
  }
  const lx = x <= y ? Math.log(x) : Math.log1p(-y);
  const ly = x <= y ? Math.log1p(-x) : Math.log(y);
  return a * lx + b * ly - logBeta(a, b);
}
