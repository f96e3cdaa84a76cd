import { describe, expect, it } from "vitest";
import { kmo } from "../../src/efa/kmo.ts";
import { bartlett } from "../../src/efa/bartlett.ts";
import { smc } from "../../src/efa/smc.ts";
import loyalty from "../fixtures/loyalty_efa.json" with { type: "json" };
import hs from "../fixtures/hs1939_efa.json" with { type: "json" };
import { hsCorrelation, loyaltyCorrelation } from "./helpers.ts";

const cases = [
  { name: "loyalty (25 items, tru4/swc3 reversed, n = 321)", ref: loyalty, data: loyaltyCorrelation },
  { name: "HolzingerSwineford1939 x1..x9", ref: hs, data: hsCorrelation },
];

describe.each(cases)("suitability: $name", ({ ref, data }) => {
  const { R, n, p } = data();
  it("uses the reference number of complete cases", () => {
    expect(n).toBe(ref.nobs);
  });
  it("KMO overall and per item within 1e-6", () => {
    // psych: KMO(items)$MSA and $MSAi
    const k = kmo(R, p);
    expect(Math.abs(k.overall - ref.kmo.overall)).toBeLessThan(1e-6);
    ref.items.forEach((name, j) => {
      expect(Math.abs(k.items[j]! - (ref.kmo.items as Record<string, number>)[name]!)).toBeLessThan(1e-6);
    });
  });
  it("Bartlett chi-square, df and p within 1e-6", () => {
    // psych: cortest.bartlett(cor(items), n = nobs)
    const b = bartlett(R, p, n);
    expect(Math.abs(b.chisq - ref.bartlett.chisq)).toBeLessThan(1e-6);
    expect(b.df).toBe(ref.bartlett.df);
    expect(Math.abs(b.pvalue - ref.bartlett.p)).toBeLessThan(1e-6);
  });
});

describe("smc", () => {
  it("equals 1 − 1/diag(R⁻¹) for a 2×2 correlation matrix", () => {
    // analytic: with r = 0.5, R⁻¹ diagonal = 1/(1 − r²) = 4/3, so SMC = 1 − 3/4 = r² = 0.25
    const s = smc(new Float64Array([1, 0.5, 0.5, 1]), 2);
    expect(s[0]).toBeCloseTo(0.25, 14);
    expect(s[1]).toBeCloseTo(0.25, 14);
  });
});
