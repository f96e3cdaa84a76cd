import { describe, expect, it } from "vitest";
import { omegaFromCorrelation } from "../../src/reliability/omegaFromCorrelation.ts";
import { oneFactorUls } from "../../src/reliability/kernels/oneFactorUls.ts";

/** Population correlation matrix of a congeneric one-factor model: r_ij = λ_i λ_j (i ≠ j), 1 on the diagonal. */
function congeneric(lambda: readonly number[]): Float64Array {
  const p = lambda.length, r = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) r[i * p + j] = i === j ? 1 : lambda[i]! * lambda[j]!;
  return r;
}

/** McDonald (1999, eq. 6.20b): ω = (Σλ)² / ((Σλ)² + Σ(1 − λ²)), evaluated by hand from known λ. */
function omegaFormula(lambda: readonly number[]): number {
  const s = lambda.reduce((a, b) => a + b, 0);
  const u = lambda.reduce((a, b) => a + (1 - b * b), 0);
  return (s * s) / (s * s + u);
}

describe("one-factor ULS and omega on exactly congeneric population matrices", () => {
  it("recovers known loadings of a 4-item congeneric model", () => {
    const lambda = [0.8, 0.7, 0.6, 0.5];
    const fit = oneFactorUls(congeneric(lambda), 4);
    expect(fit.converged).toBe(true);
    lambda.forEach((l, j) => expect(fit.loadings[j]).toBeCloseTo(l, 10));
    lambda.forEach((l, j) => expect(fit.uniquenesses[j]).toBeCloseTo(1 - l * l, 10));
  });

  it("3 items (just identified): λ1 = √(r12 r13 / r23)", () => {
    const r = new Float64Array([1, 0.42, 0.35, 0.42, 1, 0.3, 0.35, 0.3, 1]);
    const fit = oneFactorUls(r, 3);
    // hand: λ1 = √(.42·.35/.30) = 0.7, λ2 = .42/.7 = .6, λ3 = .35/.7 = .5
    expect(fit.loadings[0]).toBeCloseTo(0.7, 10);
    expect(fit.loadings[1]).toBeCloseTo(0.6, 10);
    expect(fit.loadings[2]).toBeCloseTo(0.5, 10);
  });

  it("omega equals (Σλ)²/((Σλ)²+Σψ) for known λ", () => {
    const lambda = [0.8, 0.7, 0.6, 0.5];
    const res = omegaFromCorrelation(congeneric(lambda), 4, ["a", "b", "c", "d"]);
    // hand: Σλ = 2.6, Σψ = 4 − 1.74 = 2.26, ω = 6.76 / 9.02 = 0.749445676…
    expect(res.omega).toBeCloseTo(6.76 / 9.02, 10);
    expect(res.omega).toBeCloseTo(omegaFormula(lambda), 10);
    expect(res.warnings).toEqual([]);
  });

  it("a negatively keyed item keeps its negative loading (sign fixed by Σλ ≥ 0)", () => {
    const lambda = [0.8, 0.7, -0.6, 0.5];
    const res = omegaFromCorrelation(congeneric(lambda), 4, ["a", "b", "c", "d"]);
    lambda.forEach((l, j) => expect(res.loadings[j]).toBeCloseTo(l, 10));
    expect(res.omega).toBeCloseTo(omegaFormula(lambda), 10);
  });

  it("tau-equivalent items: omega equals standardized alpha", () => {
    // with equal λ, ω = p r̄ / (1 + (p − 1) r̄) = standardized α (McDonald 1999, ch. 6); λ = .7, r̄ = .49
    const res = omegaFromCorrelation(congeneric([0.7, 0.7, 0.7, 0.7, 0.7]), 5, ["a", "b", "c", "d", "e"]);
    expect(res.omega).toBeCloseTo((5 * 0.49) / (1 + 4 * 0.49), 10);
  });
});
