import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { pairwiseCovariance } from "../../../src/reliability/kernels/pairwiseCovariance.ts";
import { pairwiseCorrelation } from "../../../src/reliability/kernels/pairwiseCorrelation.ts";
import { covToCor } from "../../../src/reliability/kernels/covToCor.ts";
import { symmetricEigen } from "../../../src/linalg/symmetricEigen.ts";
import { gaussJordanInverse } from "../../../src/linalg/gaussJordanInverse.ts";
import { corSmooth } from "../../../src/linalg/corSmooth.ts";
import { smc } from "../../../src/reliability/kernels/smc.ts";
import { alphaCoefficients } from "../../../src/reliability/kernels/alphaCoefficients.ts";
import { feldtInterval } from "../../../src/reliability/kernels/feldtInterval.ts";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/loyalty_alpha.json", import.meta.url), "utf8"));

describe("pairwise moments (R cov/cor with use = 'pairwise')", () => {
  // columns a = (1, 2, 3, 4), b = (2, NaN, 6, 9): pair rows 1, 3, 4
  const x = new Float64Array([1, 2, 2, NaN, 3, 6, 4, 9]);
  it("variance uses all observed rows, covariance only the complete pairs", () => {
    const c = pairwiseCovariance(x, 4, 2);
    // hand: var(a) = 5/3; var(b | rows 1,3,4) = mean 17/3, ss = (11/3)²+(1/3)²+(10/3)² = 222/9 → /2 = 37/3
    expect(c[0]).toBeCloseTo(5 / 3, 14);
    expect(c[3]).toBeCloseTo(37 / 3, 14);
    // cov over rows 1,3,4: a = (1,3,4) mean 8/3, b mean 17/3: Σ = (−5/3)(−11/3)+(1/3)(1/3)+(4/3)(10/3) = 96/9 → /2
    expect(c[1]).toBeCloseTo(48 / 9, 14);
    expect(c[2]).toBe(c[1]);
  });
  it("pairwise correlation uses pair-wise standard deviations", () => {
    // hand: a|pairs = (1,3,4): ss = 25/9+1/9+16/9 = 42/9; r = (96/9)/√(42/9 · 222/9)
    expect(pairwiseCorrelation(x, 4, 2, 0, 1)).toBeCloseTo(96 / Math.sqrt(42 * 222), 14);
  });
  it("cov2cor puts exact ones on the diagonal", () => {
    const r = covToCor(new Float64Array([4, 2, 2, 9]), 2);
    expect(Array.from(r)).toEqual([1, 2 / 6, 2 / 6, 1]);
  });
});

describe("small dense linear algebra", () => {
  it("eigenvalues of [[2,1],[1,2]] are 3 and 1", () => {
    const { values, vectors } = symmetricEigen(new Float64Array([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
    expect(Math.abs(vectors[0]!)).toBeCloseTo(Math.SQRT1_2, 14);
  });
  it("inverse of [[4,7],[2,6]] is [[.6,−.7],[−.2,.4]]", () => {
    // the Gauss–Jordan inverse smc uses (src/linalg, with smc's relative pivot tolerance)
    const inv = new Float64Array(4);
    expect(gaussJordanInverse(new Float64Array([4, 7, 2, 6]), 2, inv, new Float64Array(4), 7e-14)).toBe(true);
    [0.6, -0.7, -0.2, 0.4].forEach((v, i) => expect(inv[i]).toBeCloseTo(v, 14));
    expect(gaussJordanInverse(new Float64Array([1, 2, 2, 4]), 2, inv, new Float64Array(4), 4e-14)).toBe(false);
  });
  it("cor.smooth leaves a positive-definite matrix alone and repairs a non-PD one", () => {
    const pd = new Float64Array([1, 0.5, 0.5, 1]);
    expect(corSmooth(pd, 2).R).toBe(pd);
    // r12 = r13 = .9, r23 = −.9 is not PD (eigenvalues 1.9, 1.9, −.8)
    const bad = new Float64Array([1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1]);
    const { R: r, smoothed } = corSmooth(bad, 3);
    expect(smoothed).toBe(true);
    expect(symmetricEigen(r, 3).values[2]).toBeGreaterThan(0);
    [0, 4, 8].forEach((i) => expect(r[i]).toBeCloseTo(1, 14));
  });
});

describe("squared multiple correlations (psych smc)", () => {
  it("two variables: smc = r²", () => {
    const s = smc(new Float64Array([1, 0.6, 0.6, 1]), 2);
    expect(s[0]).toBeCloseTo(0.36, 14);
    expect(s[1]).toBeCloseTo(0.36, 14);
  });
  it("one-factor population: smc from the Sherman–Morrison inverse of ΛΛᵀ + Ψ", () => {
    const l = [0.8, 0.7, 0.6];
    const r = new Float64Array(9);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) r[i * 3 + j] = i === j ? 1 : l[i]! * l[j]!;
    // (R⁻¹)_jj = 1/ψ_j − (λ_j/ψ_j)² / (1 + Σ λ_k²/ψ_k)
    const psi = l.map((v) => 1 - v * v);
    const d = 1 + l.reduce((a, v, k) => a + (v * v) / psi[k]!, 0);
    const s = smc(r, 3);
    l.forEach((v, j) => expect(s[j]).toBeCloseTo(1 - 1 / (1 / psi[j]! - (v / psi[j]!) ** 2 / d), 12));
  });
});

describe("alpha.1 coefficients", () => {
  it("two items with unit variances and r = .5: α = standardized α = 2/3, S/N = 2", () => {
    const c = new Float64Array([1, 0.5, 0.5, 1]);
    const a = alphaCoefficients(c, c, 2);
    // Cronbach (1951): α = 2/1 · (1 − 2/3) = 2/3
    expect(a.raw).toBeCloseTo(2 / 3, 14);
    expect(a.std).toBeCloseTo(2 / 3, 14);
    expect(a.averageR).toBeCloseTo(0.5, 14);
    expect(a.signalNoise).toBeCloseTo(2, 14);
    // λ6 = 1 − (2 − 2·.25)/3 = 0.5
    expect(a.g6).toBeCloseTo(0.5, 14);
    expect(a.medR).toBe(0.5);
    expect(Number.isNaN(a.varR)).toBe(true);
  });
});

describe("Feldt interval (psych alpha.ci)", () => {
  for (const [name, scale] of Object.entries<{ items: string[]; feldt: { lower: number; alpha: number; upper: number } }>(fixture.scales)) {
    it(`${name}: matches psych's Feldt bounds for N = 480`, () => {
      // psych 2.2.9: alpha(items)$feldt, N = 480 rows
      const f = feldtInterval(scale.feldt.alpha, 480, scale.items.length);
      expect(Math.abs(f.lower - scale.feldt.lower)).toBeLessThan(1e-8);
      expect(Math.abs(f.upper - scale.feldt.upper)).toBeLessThan(1e-8);
    });
  }
});
