import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { likertChart } from "../../src/charts/likertChart.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";

// Category counts straight from data/loyalty_survey.csv (plain split; items have no quoted values).
const lines = readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8").trim().split(/\r?\n/);
const header = lines[0]!.split(",").map((h) => h.replace(/"/g, ""));
function counts(item: string): { value: number; count: number }[] {
  const j = header.indexOf(item);
  const c = [0, 0, 0, 0, 0];
  for (const line of lines.slice(1)) { const v = line.split(",")[j]; if (v !== "") c[Number(v) - 1]!++; }
  return c.map((count, k) => ({ value: k + 1, count }));
}

type Seg = { item: string; category: string; x0: number; x1: number; pct: number };

describe("likertChart", () => {
  it("draws diverging bars of the SAT and LOY items with the neutral category split at zero", async () => {
    const groups = ["sat", "loy"].map((c) => ({ construct: c.toUpperCase(), items: [1, 2, 3, 4].map((k) => ({ name: `${c}${k}`, frequencies: counts(`${c}${k}`) })) }));
    const cats = ["strongly disagree", "disagree", "neither", "agree", "strongly agree"];
    const spec = likertChart(groups, { categories: cats, title: "Items" });
    const { svg } = await checkSpec(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["SAT", "LOY", "sat1", "loy4", "strongly agree"]));
    const segs = (spec as unknown as { data: { values: Seg[] } }).data.values.filter((s) => s.item === "sat1");
    const f = counts("sat1"), n = f.reduce((s, x) => s + x.count, 0);
    const neutral = segs.find((s) => s.category === "neither")!;
    expect(neutral.pct).toBeCloseTo((100 * f[2]!.count) / n, 10);
    expect(neutral.x0).toBeCloseTo(-neutral.pct / 2, 10);
    expect(segs[4]!.x1).toBeCloseTo(100 - (100 * (f[0]!.count + f[1]!.count)) / n - neutral.pct / 2, 10);
  });
});
