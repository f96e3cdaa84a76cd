import { describe, expect, it } from "vitest";
import { alphaFromMatrix } from "../../src/reliability/alphaFromMatrix.ts";
import { message } from "../../src/messages.ts";
import { DataError } from "../../src/errors.ts";

// a = (1, 2, 3, 4), b = (2, 1, 4, 3): var a = var b = 5/3, cov = 1, r = 0.6 (hand-computed)
const ab = new Float64Array([1, 2, 2, 1, 3, 4, 4, 3]);

describe("alphaFromMatrix on a hand-computed two-item scale", () => {
  const res = alphaFromMatrix(ab, 4, 2, ["a", "b"]);

  it("totals follow Cronbach (1951) and psych's alpha.1", () => {
    // α = 2 (1 − (10/3) / (10/3 + 2)) = 0.75; standardized α = 2 (1 − 2 / 3.2) = 0.75
    expect(res.total.rawAlpha).toBeCloseTo(0.75, 14);
    expect(res.total.stdAlpha).toBeCloseTo(0.75, 14);
    // λ6 = 1 − (2 − 2·0.36) / 3.2 = 0.6; r̄ = 0.6; S/N = 2·0.6 / 0.4 = 3
    expect(res.total.g6Smc).toBeCloseTo(0.6, 14);
    expect(res.total.averageR).toBeCloseTo(0.6, 14);
    expect(res.total.signalNoise).toBeCloseTo(3, 12);
    // person scores (1.5, 1.5, 3.5, 3.5): mean 2.5, sd √(4/3)
    expect(res.total.mean).toBeCloseTo(2.5, 14);
    expect(res.total.sd).toBeCloseTo(Math.sqrt(4 / 3), 14);
  });

  it("two-item 'alpha if dropped' rows use psych's special case", () => {
    // psych alpha.R (nvar = 2): raw = C12 / C_other,other, std = r, G6 = smc, S/N = r / (1 − r), se NA, var.r 0, med.r r
    const d = res.alphaDrop[0]!;
    expect(d.rawAlpha).toBeCloseTo(0.6, 14);
    expect(d.stdAlpha).toBeCloseTo(0.6, 14);
    expect(d.g6Smc).toBeCloseTo(0.36, 14);
    expect(d.signalNoise).toBeCloseTo(1.5, 12);
    expect(d.alphaSe).toBeNull();
    expect(d.varR).toBe(0);
    expect(d.medR).toBeCloseTo(0.6, 14);
  });

  it("item statistics", () => {
    const s = res.itemStats[0]!;
    // raw.r = cor(total, a) = 4 / √(4·5); std.r = 1.6 / √3.2; r.cor = (0.6 + 0.36) / √1.92; r.drop = r = 0.6
    expect(s.rawR).toBeCloseTo(4 / Math.sqrt(20), 14);
    expect(s.stdR).toBeCloseTo(1.6 / Math.sqrt(3.2), 14);
    expect(s.rCor).toBeCloseTo(0.96 / Math.sqrt(1.92), 14);
    expect(s.rDrop).toBeCloseTo(0.6, 14);
    expect(s.n).toBe(4);
    expect(s.mean).toBeCloseTo(2.5, 14);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 14);
  });
});

describe("alphaFromMatrix edge cases", () => {
  it("drops an item without variance with a warning, as psych does", () => {
    const x = new Float64Array([1, 2, 7, 2, 1, 7, 3, 4, 7, 4, 3, 7]);
    const res = alphaFromMatrix(x, 4, 3, ["a", "b", "c"]);
    expect(res.items).toEqual(["a", "b"]);
    expect(res.warnings).toEqual([message.alphaNoVariance("c")]);
    expect(res.total.rawAlpha).toBeCloseTo(0.75, 14); // the hand-computed two-item α above
  });

  it("needs two items with variance", () => {
    expect(() => alphaFromMatrix(new Float64Array([1, 5, 2, 5, 3, 5]), 3, 2, ["a", "b"])).toThrow(DataError);
  });

  it("reports a pair of items never observed together", () => {
    const x = new Float64Array([1, NaN, 2, NaN, NaN, 1, NaN, 3]);
    expect(() => alphaFromMatrix(x, 4, 2, ["a", "b"])).toThrow(message.alphaNoPairs("a", "b"));
  });
});
