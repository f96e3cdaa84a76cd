import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { withEffectDefinitions } from "../../src/thesis/effectDefinitions.ts";
import { structuralModel, measurementModel } from "../../src/thesis/thesisModels.ts";
import { parseThesisConfig } from "../../src/thesis/parseThesisConfig.ts";
import { parseModel } from "../../src/syntax/parse.ts";

const config = parseThesisConfig(JSON.parse(readFileSync("data/loyalty_analysis.json", "utf8")));
// Reference: the structural model with labels and := effects written by hand in test/fixtures/thesis_loyalty.R
// (lavaan 0.6-14 fitted exactly this text).
const fixture = JSON.parse(readFileSync("test/fixtures/thesis_loyalty.json", "utf8")) as { sem_mlr: { model: string } };

describe("withEffectDefinitions", () => {
  it("labels the loyalty paths and defines every specific indirect, total indirect and total effect as in the lavaan reference", () => {
    const { model, effects } = withEffectDefinitions(structuralModel(config));
    const lines = (s: string): string[] => s.split("\n").map((l) => l.replace(/\s+/g, "")).filter((l) => l !== "");
    expect(lines(model)).toEqual(lines(fixture.sem_mlr.model));
    expect(effects.filter((e) => e.kind === "indirect").map((e) => [e.from, ...e.through, e.to].join(">"))).toEqual([
      "SQ>SAT>TRU", "SQ>SAT>TRU>LOY", "SQ>SAT>LOY", "PV>SAT>TRU", "PV>SAT>TRU>LOY", "PV>SAT>LOY", "SAT>TRU>LOY",
    ]);
    expect(effects.filter((e) => e.kind !== "indirect").map((e) => e.name)).toEqual(["totind_SQ_LOY", "totind_PV_LOY", "tot_SAT_LOY"]);
  });

  it("reuses existing labels, splits multi-outcome statements and avoids name clashes", () => {
    const { model, effects } = withEffectDefinitions("M ~ a*X\nY1 + Y2 ~ M\nind_X_M_Y1 := a\nY1 ~ X");
    expect(model).toContain("M ~ a*X");
    expect(model).toContain("Y1 ~ b_Y1_M*M");
    expect(model).toContain("Y2 ~ b_Y2_M*M");
    expect(effects.find((e) => e.from === "X" && e.to === "Y1" && e.kind === "indirect")!.name).toBe("ind_X_M_Y1_2");
    expect(model).toContain("ind_X_M_Y1_2 := a*b_Y1_M");
    expect(model).toContain("tot_X_Y1 := b_Y1_X + a*b_Y1_M");
    // no total for X -> Y2 (no direct path): it would equal the indirect effect
    expect(effects.some((e) => e.name.startsWith("tot_X_Y2"))).toBe(false);
    expect(() => parseModel(model)).not.toThrow();
  });

  it("leaves models without chains unchanged apart from labels", () => {
    const r = withEffectDefinitions("F =~ a + b + c\nY ~ F");
    expect(r.effects).toEqual([]);
    expect(r.model).toBe("F =~ a + b + c\nY ~ b_Y_F*F");
  });
});

describe("measurementModel / structuralModel", () => {
  it("builds one =~ line per construct and one regression line per outcome", () => {
    expect(measurementModel(config).split("\n")).toHaveLength(7);
    expect(structuralModel(config).split("\n").slice(7)).toEqual(["SAT ~ SQ + PV", "TRU ~ SAT", "LOY ~ SAT + TRU + SWC + ALT"]);
  });

  it("takes the measurement part of a user model: =~ and ~~ lines and constraints among their labels", () => {
    const c = parseThesisConfig({}, "F =~ a + l2*b + l3*c\nG =~ d + e + f\nb ~~ c\nG ~ F\nl2 == l3\nx := l2 * 2");
    expect(measurementModel(c)).toBe("F =~ a + l2*b + l3*c\nG =~ d + e + f\nb ~~ c\nl2 == l3");
  });
});
