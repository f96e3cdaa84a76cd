import { describe, expect, it } from "vitest";
import { bootstrapChart } from "../../src/charts/bootstrapChart.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";

describe("bootstrapChart", () => {
  it("bins every draw and labels the percentile and BCa intervals", async () => {
    // Hand-made draws: 0.01 … 0.30 in steps of 0.01, each twice (60 draws).
    const draws = Array.from({ length: 60 }, (_, i) => 0.01 * ((i % 30) + 1));
    const spec = bootstrapChart({ draws, estimate: 0.15, percentile: [0.02, 0.29], bca: [0.03, 0.3] }, { bins: 10 });
    const { svg } = await checkSpec(spec);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(["Percentile CI [0.020, 0.290]", "BCa CI [0.030, 0.300]", "0.150"]));
    const hist = (spec as unknown as { layer: { data: { values: { count: number }[] } }[] }).layer[0]!.data.values;
    expect(hist).toHaveLength(10);
    expect(hist.reduce((s, h) => s + h.count, 0)).toBe(60);
  });

  it("rejects an empty set of draws", () => {
    expect(() => bootstrapChart({ draws: [NaN], estimate: 0 })).toThrow(new OptionError(message.chartEmpty("bootstrapChart", "no finite bootstrap draws")));
  });
});
