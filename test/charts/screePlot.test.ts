import { describe, expect, it } from "vitest";
import { screePlot } from "../../src/charts/screePlot.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";
import { loyaltyEfa } from "./fixtures.ts";

describe("screePlot", () => {
  it("draws psych's eigenvalues of the loyalty items with a parallel-analysis curve and marks 7 factors", async () => {
    const ev: number[] = loyaltyEfa.solutions[0].eigen_values_R;
    // A simulated curve crossing between factor 7 (psych eigenvalue 1.120) and 8 (0.689).
    const simulated = ev.map((_, i) => 1.45 - 0.04 * i);
    const spec = screePlot({ eigenvalues: ev, simulated, suggested: 7 }, { title: "Scree" });
    const { svg } = await checkSpec(spec);
    const texts = svgTexts(svg);
    expect(texts).toContain("suggested: 7");
    expect(texts).toEqual(expect.arrayContaining(["Observed data", "Parallel analysis (simulated)", "Eigenvalue"]));
    const layers = (spec as unknown as { layer: { data: { values: { factor: number; eigenvalue: number }[] } }[] }).layer;
    const mark = layers[layers.length - 2]!.data.values[0]!;
    // psych fa()$e.values[7] = 1.11999
    expect(mark.factor).toBe(7);
    expect(mark.eigenvalue).toBeCloseTo(1.11999, 5);
  });

  it("rejects a simulated curve of another length", () => {
    expect(() => screePlot({ eigenvalues: [2, 1], simulated: [1] }))
      .toThrow(new OptionError(message.chartLengthMismatch("screePlot", "simulated", 1, 2)));
  });
});
