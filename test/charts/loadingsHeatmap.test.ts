import { describe, expect, it } from "vitest";
import { loadingsHeatmap } from "../../src/charts/loadingsHeatmap.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";
import { fixture, loyaltyEfa } from "./fixtures.ts";

type Cell = { item: string; factor: string; text: string; salient: boolean; cross: boolean };
const cells = (spec: unknown): Cell[] => (spec as { data: { values: Cell[] } }).data.values;

describe("loadingsHeatmap", () => {
  it("prints psych's pattern loadings of the loyalty EFA (minres, oblimin, 7 factors)", async () => {
    const s = loyaltyEfa.solutions[0];
    const factors = s.loadings[0].map((_: number, j: number) => `MR${j + 1}`);
    const spec = loadingsHeatmap({ items: loyaltyEfa.items, factors, loadings: s.loadings }, { sort: true });
    const { svg } = await checkSpec(spec);
    // psych::fa(..., 7, fm = "minres", rotate = "oblimin"): sq2 loads 0.7606 on its factor → ".76"
    expect(svgTexts(svg)).toContain(".76");
    // 25 items, each salient (|λ| ≥ .30) on exactly one factor: simple structure, no cross-loadings
    expect(cells(spec).filter((c) => c.salient)).toHaveLength(25);
    expect(cells(spec).filter((c) => c.cross)).toHaveLength(0);
  });

  it("outlines the cross-loading of x9 in HolzingerSwineford1939 (psych: .38 visual, .46 speed)", async () => {
    const fx = fixture("hs1939_efa.json");
    const spec = loadingsHeatmap({ items: fx.items, factors: ["MR1", "MR2", "MR3"], loadings: fx.solutions[0].loadings });
    await checkSpec(spec);
    expect(cells(spec).filter((c) => c.cross).map((c) => `${c.item}:${c.text}`)).toEqual(["x9:.38", "x9:.46"]);
  });

  it("rejects a matrix that does not match the items", () => {
    expect(() => loadingsHeatmap({ items: ["a", "b"], factors: ["F1"], loadings: [[0.5]] }))
      .toThrow(new OptionError(message.chartLengthMismatch("loadingsHeatmap", "loadings", 1, 2)));
  });
});
