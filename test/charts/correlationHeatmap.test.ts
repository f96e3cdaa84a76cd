import { describe, expect, it } from "vitest";
import { correlationHeatmap } from "../../src/charts/correlationHeatmap.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";
import { hsCfa } from "./fixtures.ts";

type Cell = { row: string; col: string; value: number; flag: boolean };

describe("correlationHeatmap", () => {
  const cov: number[][] = hsCfa.implied.cov;
  const names = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"];
  const cor = cov.map((r, i) => r.map((v, j) => v / Math.sqrt(cov[i]![i]! * cov[j]![j]!)));

  it("draws lavaan's model-implied correlations of HolzingerSwineford1939 (lower triangle)", async () => {
    const spec = correlationHeatmap({ names, matrix: cor });
    const { svg } = await checkSpec(spec);
    // lavaan fitted(fit)$cov: cor(x4, x5) implied = .733 → ".73"
    expect(svgTexts(svg)).toContain(cor[4]![3]!.toFixed(2).replace(/^0/, ""));
    expect((spec as unknown as { data: { values: Cell[] } }).data.values).toHaveLength(45);
  });

  it("flags residual correlations above .10", async () => {
    // Hand-made residuals: two beyond ±.10, one exactly .10 (not flagged).
    const res: number[][] = names.map((_, i) => names.map((_, j) => (i === j ? 0 : 0.02)));
    res[3]![0] = res[0]![3] = 0.14; res[8]![7] = res[7]![8] = -0.12; res[5]![2] = res[2]![5] = 0.1;
    const spec = correlationHeatmap({ names, matrix: res }, { residual: true });
    await checkSpec(spec);
    const flagged = (spec as unknown as { data: { values: Cell[] } }).data.values.filter((c) => c.flag).map((c) => `${c.row}-${c.col}`);
    expect(flagged).toEqual(["x4-x1", "x9-x8"]);
  });
});
