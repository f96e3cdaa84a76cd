import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { power } from "../../src/power/power.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { estimateModel } from "../../src/estimate/estimateModel.ts";
import { noncentralChisqCdf } from "../../src/distributions/noncentralChisqCdf.ts";
import { chisqQuantile } from "../../src/distributions/chisqQuantile.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

// A simple three-factor model: loadings .7, cor(f1, f2) = .3, f3 = .2 f1 + .3 f2 + ζ (standardized).
const POPULATION = "f1 =~ .7*x1 + .7*x2 + .7*x3\nf2 =~ .7*x4 + .7*x5 + .7*x6\nf3 =~ .7*x7 + .7*x8 + .7*x9\nf1 ~~ .3*f2\nf3 ~ .2*f1 + .3*f2";
const ANALYSIS = "f1 =~ x1 + x2 + x3\nf2 =~ x4 + x5 + x6\nf3 =~ x7 + x8 + x9\nf3 ~ f1 + f2";
const RESTRICTED = "f1 =~ x1 + x2 + x3\nf2 =~ x4 + x5 + x6\nf3 =~ x7 + x8 + x9\nf3 ~ 0*f1 + f2";
const names = Array.from({ length: 9 }, (_, i) => `x${i + 1}`);
const ss = JSON.parse(readFileSync("test/power/fixtures/satorra_saris.json", "utf8")) as { lambda: number; power: number };

/** Σ = ΛΦΛᵀ + Θ of the population above, built by hand (path tracing for Φ). */
function populationSigma(): Float64Array {
  const phi = [[1, 0.3, 0.2 + 0.3 * 0.3], [0.3, 1, 0.2 * 0.3 + 0.3], [0.2 + 0.3 * 0.3, 0.2 * 0.3 + 0.3, 1]];
  const S = new Float64Array(81);
  for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) S[i * 9 + j] = (i === j ? 0.51 : 0) + 0.49 * phi[Math.floor(i / 3)]![Math.floor(j / 3)]!;
  return S;
}

/**
 * Satorra & Saris (1985): the power of the test of one path is 1 − F_ncχ²(χ²_{.95}(1); 1, λ) with
 * λ = N·F_ML of the restricted model (path fixed at 0) fitted to the population Σ.
 */
function analyticPower(n: number): { lambda: number; power: number } {
  const pt = buildParTable(parseModel(RESTRICTED), { ovNames: names });
  const sol = estimateModel(pt, { names: pt.ov, groups: [""], nobs: [n], ntotal: n, cov: [populationSigma()], mean: [new Float64Array(9)] });
  const lambda = n * sol.fx;
  return { lambda, power: noncentralChisqCdf(chisqQuantile(0.95, 1), 1, lambda, true) };
}

describe("Monte Carlo power against the Satorra–Saris approximation", () => {
  test("500 replications at n = 200, standardized path .20: power within ±0.05 of the analytic value", () => {
    const a = analyticPower(200);
    // lavaan 0.6-14: chisq of the restricted model on Σ with N = 200 (test/power/fixtures/satorra_saris.R)
    expect(a.lambda).toBeCloseTo(ss.lambda, 6);
    expect(a.power).toBeCloseTo(ss.power, 6);
    const res = power(POPULATION, ANALYSIS, { n: [200], reps: 500, seed: 1, standardized: true, targets: ["f3 ~ f1"] });
    const row = res.rows[0]!;
    expect(row.convergenceRate).toBe(1);
    expect(Math.abs(row.targets[0]!.power - a.power)).toBeLessThanOrEqual(0.05);
    // correctly specified: the population value of the path is the population model's .20
    expect(res.targets[0]!.population).toBeCloseTo(0.2, 8);
    expect(res.populationFit.fml).toBeCloseTo(0, 10);
  });

  test("the suggested n is the first studied n whose Monte Carlo power reaches .80", () => {
    // analytic power: n = 100 → .30, n = 500 → .89 (Satorra–Saris as above)
    expect(analyticPower(100).power).toBeLessThan(0.4);
    expect(analyticPower(500).power).toBeGreaterThan(0.85);
    const res = power(POPULATION, ANALYSIS, { n: [500, 100], reps: 200, seed: 3, standardized: true, targets: ["f3~f1"] });
    expect(res.n).toEqual([100, 500]);
    expect(res.recommended.byTarget["f3~f1"]).toBe(500);
    expect(res.recommended.all).toBe(500);
  });
});

describe("Monte Carlo properties of a correctly specified model (sampling theory)", () => {
  test("a zero path is significant in about α of the replications; 95% intervals cover about 95%", () => {
    // population f3 ~ 0*f1: the rejection rate estimates the type I error α = .05; binomial SE √(.05·.95/400)
    const pop = POPULATION.replace(".2*f1", "0*f1");
    const res = power(pop, ANALYSIS, { n: [300], reps: 400, seed: 5, standardized: true, targets: ["f3~f1", "f3~f2"] });
    const [zero, other] = res.rows[0]!.targets;
    expect(Math.abs(zero!.power - 0.05)).toBeLessThan(3 * Math.sqrt(0.05 * 0.95 / 400));
    expect(Math.abs(zero!.coverage - 0.95)).toBeLessThan(3 * Math.sqrt(0.05 * 0.95 / 400));
    expect(Math.abs(other!.coverage - 0.95)).toBeLessThan(3 * Math.sqrt(0.05 * 0.95 / 400));
    // bias within 3 Monte Carlo standard errors (sd / √reps)
    expect(Math.abs(other!.bias)).toBeLessThan(3 * other!.sd / Math.sqrt(400));
    // E[χ²] = df under a correct model; the test rejects in about α of the replications
    const fit = res.rows[0]!.fit;
    expect(fit.df).toBe(24);
    expect(Math.abs(fit.chisq - 24)).toBeLessThan(3 * Math.sqrt(2 * 24 / 400) + 0.5);
    expect(Math.abs(fit.chisqRejection - 0.05)).toBeLessThan(3 * Math.sqrt(0.05 * 0.95 / 400));
  });

  test("an indirect effect (:=) with delta-method SEs: coverage near 95%, SE close to the empirical SD", () => {
    const pop = "X =~ .7*x1 + .7*x2 + .7*x3\nM =~ .7*m1 + .7*m2 + .7*m3\nY =~ .7*y1 + .7*y2 + .7*y3\nM ~ .4*X\nY ~ .3*M + .1*X";
    const ana = "X =~ x1 + x2 + x3\nM =~ m1 + m2 + m3\nY =~ y1 + y2 + y3\nM ~ a*X\nY ~ b*M + X\nind := a*b";
    const res = power(pop, ana, { n: [400], reps: 300, seed: 8, standardized: true, targets: ["ind"] });
    const t = res.rows[0]!.targets[0]!;
    // marker scaling (first loadings 1): a and b in the analysis metric are the population .4 and .3 rescaled by
    // the ratio of the markers' loadings, which are equal here, so ind = .12
    expect(res.targets[0]!.population).toBeCloseTo(0.12, 8);
    expect(Math.abs(t.coverage - 0.95)).toBeLessThan(3.5 * Math.sqrt(0.05 * 0.95 / 300));
    expect(Math.abs(t.meanSe / t.sd - 1)).toBeLessThan(0.15);
    expect(t.power).toBeGreaterThan(0.8);
  });
});

describe("bootstrap within replications", () => {
  test("percentile intervals: the same decision as the delta method for a strong effect, and the cost warning", () => {
    const res = power(POPULATION, ANALYSIS, { n: [300], reps: 12, seed: 2, standardized: true, targets: ["f3~f2"], bootstrap: 60 });
    const t = res.rows[0]!.targets[0]!;
    // power of the delta/Wald test for this path at n = 300 is about .97 (Satorra–Saris with f3~f2 fixed)
    expect(t.power).toBeGreaterThanOrEqual(10 / 12);
    expect(Number.isNaN(t.meanSe)).toBe(true);
    expect(t.sd).toBeGreaterThan(0);
    expect(res.warnings).toContain(message.powerBootstrapCost(60));
  });
});

describe("options", () => {
  test("errors name the problem", () => {
    expect(() => power(POPULATION, ANALYSIS, { n: [], reps: 10 })).toThrow(new OptionError(message.powerBadList("n", [])));
    expect(() => power(POPULATION, ANALYSIS, { n: [100], reps: 0 })).toThrow(new OptionError(message.powerBadReps(0)));
    expect(() => power(POPULATION, ANALYSIS, { n: [100], reps: 5, alpha: 1.5 })).toThrow(new OptionError(message.powerBadProbability("alpha", 1.5)));
    expect(() => power(POPULATION, ANALYSIS, { n: [100], reps: 5, targets: ["f3~f9"] })).toThrow(OptionError);
    expect(() => power(POPULATION, ANALYSIS.replace("f1 =~ x1", "f1 =~ 1*x1"), { n: [100], reps: 5, targets: ["f1=~x1"] }))
      .toThrow(new OptionError(message.powerFixedTarget("f1=~x1")));
    expect(() => power(POPULATION, ANALYSIS + "\nf3 =~ x10", { n: [100], reps: 5 })).toThrow();
  });

  test("default targets: the free regressions and := definitions", () => {
    const res = power(POPULATION, ANALYSIS.replace("f3 ~ f1", "f3 ~ b1*f1") + "\nd := 2*b1", { n: [150], reps: 3, seed: 1, standardized: true });
    expect(res.targets.map((t) => t.name)).toEqual(["f3~f1", "f3~f2", "d"]);
  });
});
