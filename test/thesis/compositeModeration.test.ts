import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { compositeModeration } from "../../src/thesis/compositeModeration.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";

// Reference: test/fixtures/thesis_loyalty.json "moderation", R 4.2.2
// lm(scale(LOY) ~ scale(SAT) * scale(ALT)) on item means of the rows with all 11 items.
const ref = (JSON.parse(readFileSync("test/fixtures/thesis_loyalty.json", "utf8")) as { moderation: { n: number; b: number[]; se: number[]; t: number[]; p: number[]; r2: number } }).moderation;

describe("compositeModeration", () => {
  it("reproduces R's lm on z-scored composites: coefficients, SEs, t, p and R²", () => {
    const ds = reverseCode(parseCsv(readFileSync("data/loyalty_survey.csv", "utf8")), ["tru4", "swc3"], { min: 1, max: 5 });
    const m = compositeModeration(ds, { name: "SAT", items: ["sat1", "sat2", "sat3", "sat4"] }, { name: "ALT", items: ["alt1", "alt2", "alt3"] },
      { name: "LOY", items: ["loy1", "loy2", "loy3", "loy4"] });
    expect(m.n).toBe(ref.n);
    m.coefficients.forEach((c, j) => {
      expect(c.b).toBeCloseTo(ref.b[j]!, 10);
      expect(c.se).toBeCloseTo(ref.se[j]!, 10);
      expect(c.t).toBeCloseTo(ref.t[j]!, 8);
      // R: 2 * pt(abs(t), n - 4, lower.tail = FALSE), the p of summary(lm(...)); the upper tail is computed directly
      expect(Math.abs(c.pvalue / ref.p[j]! - 1)).toBeLessThan(1e-12);
    });
    expect(m.r2).toBeCloseTo(ref.r2, 10);
    // simple slope at the mean of the moderator is the SAT coefficient
    expect(m.slopes[1]!.slope).toBeCloseTo(ref.b[1]!, 10);
    expect(m.slopes[1]!.se).toBeCloseTo(ref.se[1]!, 10);
    // at ±1 SD: b1 ± b3
    expect(m.slopes[0]!.slope).toBeCloseTo(ref.b[1]! - ref.b[3]!, 10);
    expect(m.slopes[2]!.slope).toBeCloseTo(ref.b[1]! + ref.b[3]!, 10);
  });
});
