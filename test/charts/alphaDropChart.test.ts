import { describe, expect, it } from "vitest";
import { alphaDropChart } from "../../src/charts/alphaDropChart.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";
import { loyaltyAlpha } from "./fixtures.ts";

describe("alphaDropChart", () => {
  it("shows psych's alpha-if-item-dropped for the seven loyalty scales with a line at each α", async () => {
    const scales = Object.entries(loyaltyAlpha.scales).map(([scale, r]: [string, any]) => ({
      scale, alpha: r.total[0].raw_alpha, items: r.alpha_drop.map((d: any) => ({ item: d._row, alphaIfDropped: d.raw_alpha })),
    }));
    const spec = alphaDropChart(scales, { title: "Alpha if item dropped" });
    const { svg } = await checkSpec(spec);
    const texts = svgTexts(svg);
    // psych::alpha: SQ raw_alpha .8197; alpha.drop sq1 .7523
    expect(texts).toContain("SQ (α = .820)");
    expect(texts).toContain(".752");
    const values = (spec as unknown as { data: { values: { item: string; raises: boolean }[] } }).data.values;
    expect(values).toHaveLength(25);
    // psych: no loyalty item raises its scale's α when dropped (all alpha.drop < raw_alpha)
    expect(values.filter((v) => v.raises)).toHaveLength(0);
  });
});
