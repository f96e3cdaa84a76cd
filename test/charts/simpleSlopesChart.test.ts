import { describe, expect, it } from "vitest";
import { simpleSlopesChart } from "../../src/charts/simpleSlopesChart.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";

describe("simpleSlopesChart", () => {
  it("draws the SAT → LOY slope at low, mean and high ALT", async () => {
    // Population model of data/README.md: LOY = .30 SAT − .15 ALT − .10 SAT×ALT, so the SAT slope is .30 − .10·ALT.
    const slopes = [-1, 0, 1].map((level) => ({ level, intercept: -0.15 * level, slope: 0.3 - 0.1 * level, pvalue: 0.001 }));
    const spec = simpleSlopesChart({ predictor: "SAT", moderator: "ALT", outcome: "LOY", slopes });
    const { svg } = await checkSpec(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["ALT low (−1 SD): slope 0.40**", "ALT high (+1 SD): slope 0.20**"]));
    const pts = (spec as unknown as { data: { values: { x: number; y: number; level: number }[] } }).data.values;
    // At SAT = +2 SD and low ALT: −0.15·(−1) + 0.40·2 = 0.95
    expect(pts.find((p) => p.level === -1 && p.x === 2)!.y).toBeCloseTo(0.95, 12);
  });
});
