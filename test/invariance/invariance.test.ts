import { describe, test, expect } from "vitest";
import { invariance } from "../../src/invariance/invariance.ts";
import { invarianceDecision, chenCutoffs } from "../../src/invariance/invarianceDecision.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

// lavaan 0.6-14: cfa(HS.model, HolzingerSwineford1939, group = "school", group.equal = ...) —
// test/fixtures/hs1939_mg_school_{configural,metric,scalar}.json
const refs = {
  configural: loadReference("hs1939_mg_school_configural"),
  metric: loadReference("hs1939_mg_school_metric"),
  scalar: loadReference("hs1939_mg_school_scalar"),
};

describe("invariance() on Holzinger-Swineford by school", () => {
  const res = invariance(refs.configural.model, readData("HolzingerSwineford1939.csv"), { group: "school" });
  test("four levels in order, two groups in lavaan's order", () => {
    expect(res.table.map((r) => r.level)).toEqual(["configural", "metric", "scalar", "strict"]);
    expect(res.groups).toEqual(["Pasteur", "Grant-White"]);
  });
  test("chi-square, df, CFI, RMSEA, SRMR, AIC and BIC reproduce lavaan within 1e-3 relative", () => {
    for (const level of ["configural", "metric", "scalar"] as const) {
      const row = res.table.find((r) => r.level === level)!;
      const fm = refs[level].fit;
      for (const k of ["chisq", "df", "cfi", "rmsea", "srmr", "aic", "bic", "tli", "pvalue"] as const) {
        // lavaan: fitMeasures(fit)[k]
        expectClose(row[k], fm[k] as number, 1e-3, 1e-6, `${level} ${k}`);
      }
    }
  });
  test("chi-square difference tests match lavTestLRT(configural, metric, scalar)", () => {
    // lavaan tutorial / lavTestLRT: metric Δχ² = 8.1922, Δdf = 6, p = 0.2244; scalar Δχ² = 40.0598, Δdf = 6, p = 4.435e-07
    const metric = res.table[1]!, scalar = res.table[2]!;
    expectClose(metric.deltaChisq, refs.metric.fit["chisq"]! - refs.configural.fit["chisq"]!, 1e-3, 1e-6, "Δχ² metric");
    expect(metric.deltaDf).toBe(6);
    expectClose(metric.pLrt, 0.2244, 1e-3, 1e-4, "p metric");
    expectClose(scalar.deltaChisq, 40.0598, 1e-4, 1e-6, "Δχ² scalar");
    expectClose(scalar.pLrt, 4.435e-7, 1e-3, 1e-10, "p scalar");
  });
  test("ΔCFI, ΔRMSEA and Chen's decisions follow from lavaan's fit measures", () => {
    const [, metric, scalar] = res.table;
    const d = (level: "metric" | "scalar", prev: "configural" | "metric", k: string): number => refs[level].fit[k]! - refs[prev].fit[k]!;
    expectClose(metric!.deltaCfi, d("metric", "configural", "cfi"), 0, 1e-5, "ΔCFI metric");
    expectClose(scalar!.deltaRmsea, d("scalar", "metric", "rmsea"), 0, 1e-5, "ΔRMSEA scalar");
    // lavaan values: metric ΔCFI = -0.0025 (holds); scalar ΔCFI = -0.0385, ΔSRMR = 0.0108 > .010 (rejected)
    expect(metric!.decision!.holds).toBe(true);
    expect(scalar!.decision).toEqual({ cfiOk: false, rmseaOk: true, srmrOk: false, holds: false });
    expect(res.supported).toBe("metric");
  });
  test("strict adds the 9 residual-variance equalities to the scalar model", () => {
    expect(res.table[3]!.df).toBe(refs.scalar.fit["df"]! + 9);
    expect(res.table[3]!.chisq).toBeGreaterThan(res.table[2]!.chisq);
  });
  test("levels can be chosen", () => {
    const two = invariance(refs.configural.model, readData("HolzingerSwineford1939.csv"), { group: "school", levels: ["configural", "metric"] });
    expect(two.table.map((r) => r.level)).toEqual(["configural", "metric"]);
  });
});

describe("invariance options and decisions", () => {
  test("group is required and must have two groups", () => {
    const csv = readData("HolzingerSwineford1939.csv");
    expect(() => invariance("visual =~ x1 + x2 + x3", csv, { group: "" })).toThrow(message.invarianceNeedsGroup);
    const pasteur = csv.split("\n").filter((l, i) => i === 0 || l.includes("Pasteur")).join("\n");
    expect(() => invariance("visual =~ x1 + x2 + x3", pasteur, { group: "school" })).toThrow(OptionError);
  });
  test("Chen (2007): rejected only when CFI drops by .010 and RMSEA or SRMR rise past their cut-offs", () => {
    const cut = chenCutoffs("metric");
    expect(cut).toEqual({ cfi: 0.01, rmsea: 0.015, srmr: 0.03 });
    expect(chenCutoffs("scalar").srmr).toBe(0.01);
    expect(invarianceDecision(-0.02, 0.001, 0.001, cut).holds).toBe(true);
    expect(invarianceDecision(-0.02, 0.02, 0.001, cut).holds).toBe(false);
    expect(invarianceDecision(-0.005, 0.02, 0.05, cut).holds).toBe(true);
  });
});
