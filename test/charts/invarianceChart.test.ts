import { describe, expect, it } from "vitest";
import { invarianceChart } from "../../src/charts/invarianceChart.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";
import { fixture } from "./fixtures.ts";

describe("invarianceChart", () => {
  it("computes ΔCFI and ΔRMSEA from lavaan's HS1939 configural, metric and scalar fits", async () => {
    const fits = ["configural", "metric", "scalar"].map((step) => ({ step, ...fixture(`hs1939_mg_school_${step}.json`).fit }));
    const spec = invarianceChart(fits.map((f) => ({ step: f.step, cfi: f.cfi, rmsea: f.rmsea })));
    const { svg } = await checkSpec(spec);
    const texts = svgTexts(svg);
    // lavaan: CFI .92340 → .92092 → .88247; RMSEA .09691 → .09284 → .10737
    expect(texts).toEqual(expect.arrayContaining(["\u22120.0025", "\u22120.0385", "\u22120.0041", "+0.0145"]));
    const v = (spec as unknown as { data: { values: { measure: string; step: string; delta: number; holds: boolean }[] } }).data.values;
    const scalarCfi = v.find((d) => d.measure === "ΔCFI" && d.step === "metric → scalar")!;
    expect(scalarCfi.delta).toBeCloseTo(fits[2]!.cfi - fits[1]!.cfi, 12);
    // Cheung & Rensvold (2002): ΔCFI −.0385 < −.01 → scalar invariance rejected; metric holds
    expect(v.filter((d) => !d.holds).map((d) => `${d.measure} ${d.step}`)).toEqual(["ΔCFI metric → scalar"]);
  });
});
