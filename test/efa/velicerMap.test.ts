import { describe, expect, it } from "vitest";
import { velicerMap } from "../../src/efa/velicerMap.ts";
import { message } from "../../src/messages.ts";
import { loyaltyCorrelation } from "./helpers.ts";

describe("velicerMap", () => {
  it("equicorrelated 3 variables: closed form after removing the first component", () => {
    // R = (1 − r) I + r J: v1 = 𝟙/√3, λ1 = 1 + 2r; residual off-diagonal (r − 1)/3, diagonal 2(1 − r)/3,
    // so every partial correlation is −1/2: MAP(1) = 1/4, MAP4(1) = 1/16; baseline r², r⁴.
    const r = 0.4;
    const R = new Float64Array([1, r, r, r, 1, r, r, r, 1]);
    const res = velicerMap(R, 3, 1);
    expect(res.map[0]).toBeCloseTo(0.25, 12);
    expect(res.map4[0]).toBeCloseTo(1 / 16, 12);
    expect(res.baseline.map).toBeCloseTo(r * r, 12);
    expect(res.baseline.map4).toBeCloseTo(r ** 4, 12);
  });

  it("recovers three independent blocks of correlated items", () => {
    // population correlation: 3 blocks of 4 items with r = 0.5 within blocks, 0 between
    const p = 12, R = new Float64Array(p * p);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) R[i * p + j] = i === j ? 1 : Math.floor(i / 4) === Math.floor(j / 4) ? 0.5 : 0;
    const res = velicerMap(R, p);
    expect(res.nfactors).toBe(3);
    expect(res.nfactors4).toBe(3);
    expect(res.map).toHaveLength(8); // psych::vss default n = 8
  });

  it("finds a sensible number on the loyalty items and rejects bad maxFactors", () => {
    const { R, p } = loyaltyCorrelation();
    const res = velicerMap(R, p);
    expect(res.nfactors).toBeGreaterThanOrEqual(5);
    expect(res.nfactors).toBeLessThanOrEqual(8);
    expect(() => velicerMap(R, p, 25)).toThrow(message.efaMapMaxFactors(25, 25));
  });
});
