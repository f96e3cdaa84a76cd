import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseThesisConfig } from "../../src/thesis/parseThesisConfig.ts";
import { thesisAnalysis } from "../../src/thesis/thesisAnalysis.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

const json = JSON.parse(readFileSync("data/loyalty_analysis.json", "utf8")) as Record<string, unknown>;

describe("parseThesisConfig", () => {
  it("reads data/loyalty_analysis.json: 7 constructs, tru4/swc3 reversed, 9 hypotheses, MLR with FIML", () => {
    const c = parseThesisConfig(json);
    expect(c.constructs.map((k) => k.name)).toEqual(["SQ", "PV", "SAT", "TRU", "SWC", "ALT", "LOY"]);
    expect(c.constructs.flatMap((k) => k.items)).toHaveLength(25);
    expect(c.reverse).toEqual(["tru4", "swc3"]);
    expect(c.hypotheses.map((h) => h.id)).toEqual(["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9"]);
    expect(c.estimation).toEqual({ estimator: "MLR", missing: "fiml" });
    expect(c.group).toBe("platform");
    expect(c.bootstrap).toEqual({ draws: 1000, seed: 1, type: "percentile" });
  });

  it("takes constructs and hypotheses from a model when the config has none", () => {
    const c = parseThesisConfig({ scale: { min: 1, max: 7 } }, "A =~ a1 + a2 + a3\nB =~ b1 + b2 + b3\nB ~ A");
    expect(c.constructs).toEqual([{ name: "A", items: ["a1", "a2", "a3"] }, { name: "B", items: ["b1", "b2", "b3"] }]);
    expect(c.hypotheses).toEqual([{ id: "H1", from: "A", to: "B" }]);
    expect(c.scale).toEqual({ min: 1, max: 7 });
  });

  it("names the field of every problem", () => {
    const bad = (j: unknown, msg: string): void => {
      expect(() => parseThesisConfig(j)).toThrow(OptionError);
      expect(() => parseThesisConfig(j)).toThrow(msg);
    };
    bad([], message.thesisConfigNotObject("[]"));
    bad({}, message.thesisConfigNoConstructs);
    bad({ ...json, reverse: ["nope"] }, message.thesisConfigReverseNotItem("nope"));
    bad({ ...json, hypotheses: [{ id: "H1", from: "XX", to: "SAT" }] }, message.thesisConfigUnknownConstruct("hypotheses[0].from", "XX", ["SQ", "PV", "SAT", "TRU", "SWC", "ALT", "LOY"]));
    bad({ ...json, estimation: { estimator: "WLS" } }, message.thesisConfigField("estimation.estimator", "one of ML, MLR", '"WLS"'));
    bad({ ...json, bootstrap: { draws: -1 } }, message.thesisConfigField("bootstrap.draws", "an integer ≥ 0", "-1"));
    bad({ ...json, scale: { min: 5, max: 1 } }, message.thesisConfigField("scale", "{ min, max } with min < max", '{"min":5,"max":1}'));
    bad({ constructs: [{ name: "A", items: ["x", "y"] }, { name: "B", items: ["y", "z"] }] }, message.thesisConfigDuplicate("item", "y"));
  });
});

describe("a config without a response scale", () => {
  it("the analysis uses the items' observed whole-number range instead of assuming 1-5", () => {
    // a 7-point survey: items 1..7
    const rows = Array.from({ length: 40 }, (_, r) => ({ a1: 1 + (r % 7), a2: 1 + ((r * 3) % 7), a3: 1 + ((r * 5 + 1) % 7), b1: 1 + ((r * 2) % 7), b2: 1 + ((r + 3) % 7), b3: 7 - (r % 7) }));
    const config = parseThesisConfig({ constructs: [{ name: "A", items: ["a1", "a2", "a3"] }, { name: "B", items: ["b1", "b2", "b3"] }] });
    expect(config.scaleInferred).toBe(true);
    const res = thesisAnalysis(rows, config);
    expect(res.config.scale).toEqual({ min: 1, max: 7 });
    const declared = parseThesisConfig({ constructs: [{ name: "A", items: ["a1", "a2", "a3"] }, { name: "B", items: ["b1", "b2", "b3"] }], scale: { min: 1, max: 5 } });
    expect(declared.scaleInferred).toBeUndefined();
    expect(() => thesisAnalysis(rows, declared)).toThrow(/outside the scale 1–5/);
  });
});
