import { describe, expect, it } from "vitest";
import { fitIndexChart, fitVerdict, FIT_CUTOFFS } from "../../src/charts/fitIndexChart.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";
import { loyaltyFull, fixture } from "./fixtures.ts";

describe("fitIndexChart", () => {
  it("shows lavaan's loyalty fit measures against Hu & Bentler cutoffs", async () => {
    const { svg } = await checkSpec(fitIndexChart(loyaltyFull.fit, { title: "Fit" }));
    const texts = svgTexts(svg);
    // lavaan fitMeasures(): chisq 293.427 / df 262 = 1.12; cfi .989; rmsea .019 [.000, .030]; srmr .047
    expect(texts).toContain("1.12  meets cutoff");
    expect(texts).toContain("0.989  meets cutoff");
    expect(texts).toContain("0.019 [0.000, 0.030]  meets cutoff");
    expect(texts).toContain("0.047  meets cutoff");
    for (const name of ["χ²/df", "CFI", "TLI", "RMSEA", "SRMR", "GFI", "AGFI"]) expect(texts).toContain(name);
  });

  it("flags a poorly fitting model (lavaan HS1939 multi-group scalar: CFI .882, RMSEA .107)", async () => {
    const fit = fixture("hs1939_mg_school_scalar.json").fit;
    const { svg } = await checkSpec(fitIndexChart(fit, { locale: "zh-CN" }));
    const texts = svgTexts(svg);
    expect(texts).toContain(`${fit.cfi.toFixed(3)}  未达标`);
    expect(texts.some((t) => t.startsWith(`${fit.rmsea.toFixed(3)} [`) && t.endsWith("未达标"))).toBe(true);
  });

  it("applies the cutoffs at their bounds", () => {
    const cfi = FIT_CUTOFFS.find((c) => c.key === "cfi")!, rmsea = FIT_CUTOFFS.find((c) => c.key === "rmsea")!;
    // Hu & Bentler (1999): CFI ≥ .95, RMSEA ≤ .06 good; .90 / .08 acceptable
    expect([fitVerdict(cfi, 0.95), fitVerdict(cfi, 0.92), fitVerdict(cfi, 0.89)]).toEqual(["pass", "acceptable", "fail"]);
    expect([fitVerdict(rmsea, 0.06), fitVerdict(rmsea, 0.07), fitVerdict(rmsea, 0.081)]).toEqual(["pass", "acceptable", "fail"]);
  });
});
