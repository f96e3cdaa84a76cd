import { describe, test, expect } from "vitest";
import { mediation } from "../../src/mediation/mediation.ts";
import { effectPaths } from "../../src/mediation/effectPaths.ts";
import { sem } from "../../src/sem/sem.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";
import { ModelSpecificationError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const csv = readData("loyalty_survey.csv");
/** The fixture's model without its labels and := lines: mediation() must find the effects itself. */
const plain = (model: string): string => model.split("\n").filter((l) => !l.includes(":=")).join("\n").replace(/\b[abc]\*/g, "");
const defined = (id: string, name: string): Record<string, unknown> => loadReference(id).parameters.find((r) => r["lhs"] === name && r["op"] === ":=")!;

describe("mediation() on the loyalty core SEM", () => {
  // lavaan 0.6-14: sem(core model with indirect := a*b, total := c + a*b) — test/fixtures/loyalty_core_ml.json
  const ref = loadReference("loyalty_core_ml");
  const fit = sem(plain(ref.model), csv, LOYALTY);
  const med = mediation(fit);
  const find = (kind: string, from: string, to: string) => med.effects.find((e) => e.kind === kind && e.from === from && e.to === to)!;

  test("lists every effect implied by the paths", () => {
    expect(med.effects.map((e) => e.label)).toEqual([
      "SAT => TRU (direct)", "SAT => TRU (total)",
      "SAT => LOY (direct)", "SAT -> TRU -> LOY", "SAT => LOY (total indirect)", "SAT => LOY (total)",
      "TRU => LOY (direct)", "TRU => LOY (total)",
      "SWC => LOY (direct)", "SWC => LOY (total)",
    ]);
  });
  test("specific indirect effect SAT -> TRU -> LOY = lavaan's indirect := a*b (est, delta SE, std.all)", () => {
    const r = defined("loyalty_core_ml", "indirect");
    const e = find("indirect", "SAT", "LOY");
    expect(e.through).toEqual(["TRU"]);
    expectClose(e.est, r["est"] as number, 1e-4, 1e-5, "indirect est");
    expectClose(e.se, r["se"] as number, 1e-3, 1e-5, "indirect se");
    expectClose(e.pvalue, r["pvalue"] as number, 1e-2, 1e-6, "indirect p");
    expectClose(e["ci.lower"], r["ci.lower"] as number, 1e-3, 1e-5, "indirect ci.lower");
    expectClose(e["std.all"], r["std.all"] as number, 1e-4, 1e-5, "indirect std.all");
  });
  test("total effect SAT => LOY = lavaan's total := c + a*b", () => {
    const r = defined("loyalty_core_ml", "total");
    const e = find("total", "SAT", "LOY");
    expectClose(e.est, r["est"] as number, 1e-4, 1e-5, "total est");
    expectClose(e.se, r["se"] as number, 1e-3, 1e-5, "total se");
    expectClose(e["std.all"], r["std.all"] as number, 1e-4, 1e-5, "total std.all");
  });
  test("direct effects are the regression coefficients with lavaan's SEs", () => {
    const c = ref.parameters.find((r) => r["lhs"] === "LOY" && r["op"] === "~" && r["rhs"] === "SAT")!;
    const e = find("direct", "SAT", "LOY");
    expectClose(e.est, c["est"] as number, 1e-4, 1e-5, "c est");
    expectClose(e.se, c["se"] as number, 1e-3, 1e-5, "c se");
  });
  test("bootstrap intervals use the same draws as bootstrap(): identical SE for the indirect effect", () => {
    const withBoot = mediation(fit, { bootstrap: { ...LOYALTY, data: csv, draws: 200, seed: 11, type: "bc" } });
    const b = bootstrap(ref.model, csv, { ...LOYALTY, draws: 200, seed: 11 });
    const e = withBoot.effects.find((x) => x.kind === "indirect")!;
    const bi = b.estimates.find((x) => x.lhs === "indirect")!;
    expect(e.boot!.se).toBeCloseTo(bi.se, 12);
    expect(e.boot!.bc[0]).toBeCloseTo(bi.boot.bc[0], 12);
    expect([e["boot.ci.lower"], e["boot.ci.upper"]]).toEqual([...e.boot!.bc]);
    expect(e["boot.ci.lower"]!).toBeGreaterThan(0);
    expect(withBoot.bootstrap).toEqual({ draws: 200, used: 200, notConverged: 0, seed: 11, type: "bc" });
  });
});

describe("mediation() with equality constraints across groups", () => {
  test("per-group indirect and total effects match lavaan's := rows of the platform metric model", () => {
    // lavaan: sem(core model, group = "platform", group.equal = "loadings"); a, b, c labels are equal across groups
    const ref = loadReference("loyalty_core_mg_platform_metric");
    const fit = sem(ref.model, csv, { ...LOYALTY, group: "platform", groupEqual: ["loadings"] });
    const med = mediation(fit);
    for (const group of [1, 2]) {
      const ind = med.effects.find((e) => e.kind === "indirect" && e.group === group)!;
      expectClose(ind.est, defined("loyalty_core_mg_platform_metric", "indirect")["est"] as number, 1e-4, 1e-5, `g${group} indirect`);
      expectClose(ind.se, defined("loyalty_core_mg_platform_metric", "indirect")["se"] as number, 1e-3, 1e-5, `g${group} indirect se`);
      const tot = med.effects.find((e) => e.kind === "total" && e.from === "SAT" && e.to === "LOY" && e.group === group)!;
      expectClose(tot.se, defined("loyalty_core_mg_platform_metric", "total")["se"] as number, 1e-3, 1e-5, `g${group} total se`);
    }
  });
});

describe("effectPaths", () => {
  const table = (model: string, ov: string[]) => buildParTable(parseModel(model), { ovNames: ov });
  test("two mediators in sequence and in parallel", () => {
    const pt = table("m1 ~ x\nm2 ~ x + m1\ny ~ m1 + m2 + x", ["x", "m1", "m2", "y"]);
    const xy = effectPaths(pt, 1).filter((e) => e.from === "x" && e.to === "y");
    expect(xy.map((e) => [e.kind, e.through.join(",")])).toEqual([
      ["direct", ""], ["indirect", "m1"], ["indirect", "m2"], ["indirect", "m1,m2"], ["total indirect", ""], ["total", ""],
    ]);
    expect(xy.find((e) => e.kind === "total")!.paths).toHaveLength(4);
  });
  test("a feedback loop is refused", () => {
    const pt = table("y1 ~ y2 + x1\ny2 ~ y1 + x2", ["x1", "x2", "y1", "y2"]);
    expect(() => effectPaths(pt, 1)).toThrow(ModelSpecificationError);
    expect(() => effectPaths(pt, 1)).toThrow(message.mediationFeedbackLoop(["y2", "y1", "y2"]));
  });
});
