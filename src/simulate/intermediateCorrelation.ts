import type { FleishmanCoefficients } from "./fleishman.ts";

/**
 * Vale and Maurelli's intermediate correlation: the correlation ρ of two standard normals Z₁, Z₂
 * such that their Fleishman transforms Y₁, Y₂ have the target correlation r,
 *   r = ρ(b₁b₂ + 3b₁d₂ + 3d₁b₂ + 9d₁d₂) + ρ²(2c₁c₂) + ρ³(6d₁d₂).
 * The root in [−1, 1] closest to r is taken (grid search for sign changes, then bisection).
 *
 * Source: Vale & Maurelli (1983), Psychometrika 48, 465–471, eq. 11; lavaan `lav_data_valemaurelli1983`.
 * @param r target correlation of Y₁ and Y₂
 * @param f1 Fleishman coefficients of the first variable
 * @param f2 Fleishman coefficients of the second variable
 * @returns ρ, or NaN when no root lies in [−1, 1]
 * @throws never
 * @example
 * intermediateCorrelation(0.5, { a: 0, b: 1, c: 0, d: 0 }, { a: 0, b: 1, c: 0, d: 0 }); // 0.5
 */
export function intermediateCorrelation(r: number, f1: FleishmanCoefficients, f2: FleishmanCoefficients): number {
  if (r === 0) return 0;
  const k1 = f1.b * f2.b + 3 * f1.b * f2.d + 3 * f1.d * f2.b + 9 * f1.d * f2.d;
  const k2 = 2 * f1.c * f2.c, k3 = 6 * f1.d * f2.d;
  const g = (rho: number): number => rho * (k1 + rho * (k2 + rho * k3)) - r;
  const steps = 400;
  let best = NaN, prev = g(-1);
  for (let s = 1; s <= steps; s++) {
    const x1 = -1 + (2 * (s - 1)) / steps, x2 = -1 + (2 * s) / steps;
    const cur = g(x2);
    let root = NaN;
    if (prev === 0) root = x1;
    else if (prev * cur < 0) {
      let lo = x1, hi = x2, glo = prev;
      for (let it = 0; it < 200 && hi - lo > 1e-16; it++) {
        const mid = 0.5 * (lo + hi), gm = g(mid);
        if (gm === 0) { lo = hi = mid; break; }
        if (gm * glo < 0) hi = mid; else { lo = mid; glo = gm; }
      }
      root = 0.5 * (lo + hi);
    } else if (s === steps && cur === 0) root = x2;
    if (!Number.isNaN(root) && (Number.isNaN(best) || Math.abs(root - r) < Math.abs(best - r))) best = root;
    prev = cur;
  }
  return best;
}
