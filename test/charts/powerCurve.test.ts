import { describe, it, expect } from "vitest";
import { powerCurve } from "../../src/charts/powerCurve.ts";
import { checkSpec } from "./checkSpec.ts";

describe("powerCurve", () => {
  // Input shaped like power()'s rows; the values are hand-written, the test checks the drawing, not the estimates.
  const input = { power: 0.8, rows: [
    { n: 100, targets: [{ name: "LOY~SAT", power: 0.41 }, { name: "indirect", power: 0.55 }] },
    { n: 200, targets: [{ name: "LOY~SAT", power: 0.68 }, { name: "indirect", power: 0.83 }] },
    { n: 300, targets: [{ name: "LOY~SAT", power: 0.84 }, { name: "indirect", power: 0.95 }] },
  ] };
  it("validates, compiles and renders one line per target with the requested-power rule", async () => {
    const spec = powerCurve(input, { locale: "zh-CN" });
    const { svg } = await checkSpec(spec);
    expect(svg).toContain("统计检验力");
    expect(svg).toContain("LOY~SAT");
    const data = (spec as unknown as { layer: { data: { values: unknown[] } }[] }).layer;
    expect(data[0]!.data.values).toHaveLength(6);
    expect(data[1]!.data.values[0]).toMatchObject({ power: 0.8 });
  });
  it("refuses an empty result", () => {
    expect(() => powerCurve({ rows: [] })).toThrow(/no sample sizes/);
  });
});
