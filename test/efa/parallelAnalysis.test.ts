import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parallelAnalysis } from "../../src/efa/parallelAnalysis.ts";
import { quantileType7 } from "../../src/efa/quantileType7.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import loyalty from "../fixtures/loyalty_efa.json" with { type: "json" };
import { loyaltyCorrelation } from "./helpers.ts";

const loyaltyCsv = readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8");
const opts = { items: loyalty.items, reverse: ["tru4", "swc3"] };

describe("parallelAnalysis on loyalty_survey.csv (25 items, tru4/swc3 reversed)", () => {
  const res = parallelAnalysis(loyaltyCsv, { ...opts, seed: 1 });

  it("suggests the 7 factors of the population model", () => {
    // loyalty_survey.csv was generated from a 7-factor population model (shared/reference README)
    expect(res.nfactors).toBe(7);
    expect(res.nobs).toBe(321);
    expect(res.iterations).toBe(100);
  });

  it("uses the observed eigenvalues of R and of the one-factor reduced matrix", () => {
    // eigen(cor(items))$values from loyalty_efa.json
    const ref = loyalty.solutions[0]!.eigen_values_R;
    res.pcValues!.forEach((v, k) => expect(v).toBeCloseTo(ref[k]!, 10));
    // trace identity: the factor eigenvalues sum to the one-factor communalities, less than p
    expect(res.faValues!.reduce((a, b) => a + b, 0)).toBeLessThan(25);
  });

  it("is reproducible: same seed gives identical numbers, another seed other numbers", () => {
    const again = parallelAnalysis(loyaltyCsv, { ...opts, seed: 1 });
    expect(again.faRandom).toEqual(res.faRandom);
    expect(again.pcRandom).toEqual(res.pcRandom);
    const other = parallelAnalysis(loyaltyCsv, { ...opts, seed: 2, iterations: 20 });
    expect(other.faRandom).not.toEqual(res.faRandom);
    expect(other.nfactors).toBe(7);
  });

  it("random eigenvalues of uncorrelated normal data average near 1 (components sum to p)", () => {
    // each simulated correlation matrix has trace p, so the mean PC eigenvalues sum to p exactly
    expect(res.pcRandom!.reduce((a, b) => a + b, 0)).toBeCloseTo(25, 10);
  });

  it("also suggests 7 with the 95% quantile and with column resampling", () => {
    expect(parallelAnalysis(loyaltyCsv, { ...opts, seed: 3, iterations: 30, quantile: 0.95 }).nfactors).toBe(7);
    expect(parallelAnalysis(loyaltyCsv, { ...opts, seed: 4, iterations: 30, type: "resampled" }).nfactors).toBe(7);
  });

  it("works from a correlation matrix with n (simulated type)", () => {
    const { R, n } = loyaltyCorrelation();
    const r = parallelAnalysis({ R, n }, { seed: 1, iterations: 20, fa: "fa" });
    expect(r.nfactors).toBe(7);
    expect(r.pcValues).toBeNull();
  });
});

describe("parallelAnalysis option errors", () => {
  it("rejects bad iterations, quantile and resampling without data", () => {
    expect(() => parallelAnalysis(loyaltyCsv, { ...opts, iterations: 0 })).toThrow(message.efaParallelIterations(0));
    expect(() => parallelAnalysis(loyaltyCsv, { ...opts, quantile: 1.5 })).toThrow(OptionError);
    const { R, n } = loyaltyCorrelation();
    expect(() => parallelAnalysis({ R, n }, { type: "resampled" })).toThrow(message.efaParallelNeedsData);
    expect(() => parallelAnalysis({ R }, {})).toThrow(message.efaParallelNeedsN);
  });
});

describe("quantileType7", () => {
  it("matches R's quantile(type = 7)", () => {
    // R: quantile(c(1, 2, 3, 4), c(0.5, 0.95, 0)) = 2.5, 3.85, 1
    expect(quantileType7([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5, 14);
    expect(quantileType7([4, 1, 3, 2], 0.95)).toBeCloseTo(3.85, 14);
    expect(quantileType7([4, 1, 3, 2], 0)).toBe(1);
  });
});
