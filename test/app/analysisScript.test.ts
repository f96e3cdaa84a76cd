import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analysisScript } from "../../app/src/analysisScript.ts";
import { semOptions } from "../../app/src/runModel.ts";
import { thesisConfig } from "../../app/src/runThesis.ts";
import type { AnalysisChoice, FitSettings } from "../../app/src/protocol.ts";
import { parseThesisConfig } from "../../src/thesis.ts";

const CORE = readFileSync(new URL("../../bench/models/loyalty_core.lav", import.meta.url), "utf8");
const DEFAULTS: FitSettings = { estimator: "ML", missing: "listwise", ordered: false, reverse: [], scale: { min: 1, max: 5 } };
const NONE: AnalysisChoice = { reliability: false, efa: false, cfa: false, mediation: false, bootstrapAll: false, draws: 1000, seed: 1, moderation: null, invariance: null };

describe("the app's settings become the library's calls", () => {
  it("unchanged settings are sem(model, data) with no options (ML, listwise)", () => {
    expect(semOptions(DEFAULTS)).toEqual({});
    expect(semOptions({ ...DEFAULTS, estimator: "MLR", missing: "fiml", reverse: ["tru4"] }))
      .toEqual({ estimator: "MLR", missing: "fiml", reverse: ["tru4"], scale: { min: 1, max: 5 } });
    expect(semOptions({ ...DEFAULTS, estimator: "WLSMV", ordered: true })).toEqual({ estimator: "WLSMV", ordered: true });
  });

  it("the thesis configuration takes constructs and paths from the model, adds X → M → Y chains and the chosen moderation", () => {
    const c = thesisConfig(CORE, { ...DEFAULTS, reverse: ["tru4", "swc3"] }, { ...NONE, mediation: true, moderation: { from: "SAT", moderator: "SWC", to: "LOY" }, invariance: "platform" });
    expect(c.constructs.map((k) => k.name)).toEqual(["SAT", "TRU", "SWC", "LOY"]);
    expect(c.hypotheses.map((h) => `${h.type ?? "path"} ${h.from}→${h.to}`)).toEqual([
      "path SAT→TRU", "path SAT→LOY", "path TRU→LOY", "path SWC→LOY", "indirect SAT→LOY", "moderation SAT→LOY",
    ]);
    expect(c.estimation).toEqual({ estimator: "ML", missing: "listwise" });
    expect(c.group).toBe("platform");
    expect(c.bootstrap).toEqual({ draws: 1000, seed: 1, type: "percentile" });
  });

  it("the script repeats the fit with the same options and the same thesis configuration", () => {
    const settings = { ...DEFAULTS, reverse: ["tru4", "swc3"] };
    const analyses = { ...NONE, cfa: true, bootstrapAll: true, draws: 500, seed: 7 };
    const s = analysisScript({ dataFile: "loyalty_survey.csv", model: CORE, settings, analyses, lang: "zh-CN", version: "0.1.0" });
    expect(s).toContain('const data = readCsvFile("loyalty_survey.csv");');
    expect(s).toContain('const options = {"reverse":["tru4","swc3"],"scale":{"min":1,"max":5}};');
    expect(s).toContain("bootstrap(fit, data, { ...options, draws: 500, seed: 7 })");
    const json = /parseThesisConfig\(([\s\S]*?), model\);/.exec(s)![1]!;
    const config = thesisConfig(CORE, settings, analyses);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(config)));
    const reparsed = parseThesisConfig(JSON.parse(json), CORE);
    expect(reparsed.constructs).toEqual(config.constructs);
    expect(reparsed.reverse).toEqual(["tru4", "swc3"]);
    expect(analysisScript({ dataFile: "survey.xlsx", model: CORE, settings: DEFAULTS, analyses: NONE, lang: "en", version: "0.1.0" }))
      .toContain('const data = await readXlsx("survey.xlsx");');
  });
});
