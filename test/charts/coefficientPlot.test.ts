import { describe, expect, it } from "vitest";
import { coefficientPlot } from "../../src/charts/coefficientPlot.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";
import { loyaltyFull } from "./fixtures.ts";

describe("coefficientPlot", () => {
  it("plots the 7 structural paths with lavaan's delta-method CIs, grouped by outcome", async () => {
    const spec = coefficientPlot(loyaltyFull.parameters, { title: "Paths" });
    const { svg } = await checkSpec(spec);
    const texts = svgTexts(svg);
    // lavaan parameterEstimates(): SAT ~ SQ est 0.564, 95% CI [0.418, 0.710] (rounded to 2 decimals)
    const row = (loyaltyFull.parameters as unknown as { lhs: string; op: string; rhs: string; "ci.lower": number; "ci.upper": number }[]).find((r) => r.lhs === "SAT" && r.op === "~" && r.rhs === "SQ")!;
    expect(texts).toContain(`0.56 [${row["ci.lower"].toFixed(2)}, ${row["ci.upper"].toFixed(2)}]`);
    for (const label of ["SQ → SAT", "SAT → TRU", "ALT → LOY", "SAT", "TRU", "LOY"]) expect(texts).toContain(label);
    const values = (spec as unknown as { data: { values: { path: string; significant: boolean }[] } }).data.values;
    expect(values).toHaveLength(7);
    // lavaan: LOY ~ SWC CI [-0.04, 0.29] contains 0 → the only open point
    expect(values.filter((v) => !v.significant).map((v) => v.path)).toEqual(["SWC → LOY"]);
  });

  it("throws when no parameter matches", () => {
    expect(() => coefficientPlot(loyaltyFull.parameters, { ops: [":="] }))
      .toThrow(new OptionError(message.chartEmpty("coefficientPlot", "no parameters with op :=")));
  });
});
