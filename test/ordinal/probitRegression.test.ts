import { describe, expect, test } from "vitest";
import { probitRegression } from "../../src/ordinal/probitRegression.ts";
import { conditionalPolychoric } from "../../src/ordinal/conditionalPolychoric.ts";
import { normalCdf } from "../../src/distributions/normalCdf.ts";

// A small deterministic data set: the score equations must vanish at the estimates, and the casewise scores
// must be the derivatives of each case's log-probability.
const N = 60;
const X = Float64Array.from({ length: N }, (_, i) => ((i * 7) % 11) / 5 - 1);
const Y1 = Int32Array.from({ length: N }, (_, i) => { const z = 0.8 * X[i]! + Math.sin(i * 1.7); return z < -0.5 ? 0 : z < 0.4 ? 1 : 2; });
const Y2 = Int32Array.from({ length: N }, (_, i) => { const z = 0.5 * X[i]! + 0.7 * Math.sin(i * 1.7) + 0.6 * Math.cos(i * 2.3); return z < 0 ? 0 : 1; });

function loglik(y: Int32Array, th: Float64Array, beta: number): number {
  let ll = 0;
  for (let i = 0; i < N; i++) {
    const c = y[i]!, eta = beta * X[i]!;
    const hi = c < th.length ? normalCdf(th[c]! - eta) : 1, lo = c > 0 ? normalCdf(th[c - 1]! - eta) : 0;
    ll += Math.log(hi - lo);
  }
  return ll;
}

describe("ordered probit regression", () => {
  const fit = probitRegression(Y1, X, N, 1, 3);
  test("converges to a stationary point of the log-likelihood", () => {
    expect(fit.converged).toBe(true);
    const h = 1e-6, b = fit.slopes[0]!;
    expect(Math.abs((loglik(Y1, fit.thresholds, b + h) - loglik(Y1, fit.thresholds, b - h)) / (2 * h))).toBeLessThan(1e-6);
    for (let t = 0; t < 2; t++) {
      const up = Float64Array.from(fit.thresholds), dn = Float64Array.from(fit.thresholds);
      up[t] = up[t]! + h; dn[t] = dn[t]! - h;
      expect(Math.abs((loglik(Y1, up, b) - loglik(Y1, dn, b)) / (2 * h))).toBeLessThan(1e-6);
    }
    expect(fit.slopes[0]).toBeGreaterThan(0);
  });
  test("casewise scores sum to zero at the estimates", () => {
    const d = 3, sums = new Float64Array(d);
    for (let i = 0; i < N; i++) for (let a = 0; a < d; a++) sums[a] = sums[a]! + fit.scores[i * d + a]!;
    for (const v of sums) expect(Math.abs(v)).toBeLessThan(1e-7);
  });
  test("residual polychoric: the ρ scores sum to zero and ρ lies in (−1, 1)", () => {
    const m1 = { codes: Y1, ...fit }, f2 = probitRegression(Y2, X, N, 1, 2), m2 = { codes: Y2, ...f2 };
    const r = conditionalPolychoric(m1, m2, X, N, 1);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.rho)).toBeLessThan(1);
    expect(Math.abs(r.scoreRho.reduce((a, b) => a + b, 0))).toBeLessThan(1e-8);
  });
});
