import { describe, test, expect } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { DataError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";
import { toDataset } from "../../src/data/toDataset.ts";

const MODEL = "SAT =~ sat1 + sat2 + sat3 + sat4\nTRU =~ tru1 + tru2 + tru3";

describe("WLSMV with ordered naming only some observed variables (lavaan's mixed case)", () => {
  test("fits tru1-tru3 as continuous: lavaan's chisq 7.876, df 13, chisq.scaled 20.356", () => {
    // lavaan: sem(MODEL, loyalty, ordered = c("sat1", "sat2", "sat3", "sat4"), estimator = "WLSMV"), listwise
    // (every parameter and fit measure is compared in semReference.test.ts, case loyalty_mixed_wlsmv)
    const fit = sem(MODEL, readData("loyalty_survey.csv"), { ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV", reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } });
    const fm = fit.fitMeasures();
    expect(fm["chisq"]).toBeCloseTo(7.876, 3);
    expect(fm["df"]).toBe(13);
    expect(fm["chisq.scaled"]).toBeCloseTo(20.356, 3);
    // lavaan: fitMeasures(fit)["cfi.robust"] is NA with continuous indicators; semkit says why
    expect(fm["cfi.robust"]).toBeNaN();
    expect(fit.warnings).toContain(message.wlsmvMixedNoRobust(["tru1", "tru2", "tru3"]));
  });

  test("exogenous covariates with ordered and continuous indicators are refused (lavaan would use conditional.x)", () => {
    const call = (): unknown => sem("SAT =~ sat1 + sat2 + sat3 + sat4 + loy1\nSAT ~ tru1", readData("loyalty_survey.csv"), { ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV" });
    expect(call).toThrow(OptionError);
    expect(call).toThrow(message.wlsmvCovariatesUnsupported(["tru1"]));
  });

  test("ordered naming none of the model's observed variables is refused", () => {
    const call = (): unknown => sem(MODEL, readData("loyalty_survey.csv"), { ordered: ["loy1"], estimator: "WLSMV" });
    expect(call).toThrow(OptionError);
    expect(call).toThrow(message.wlsmvNoOrdinalIndicator(["loy1"]));
  });

  test("a category of an ordinal indicator empty in one group is a DataError naming the column, the group and the counts", () => {
    // R: table(loy1, platform) over the complete cases of the core model: category 1 has 0 rows in B
    // (counts 0 14 47 80 48); lavaan 0.6-14 stops too ("some categories of variable `loy1' are empty in group 2")
    let err: unknown;
    try {
      sem(loadReference("loyalty_core_wlsmv").model, readData("loyalty_survey.csv"), {
        reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, ordered: ["loy1", "loy2", "loy3", "loy4"], estimator: "WLSMV", group: "platform",
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).column).toBe("loy1");
    expect((err as DataError).message).toBe(message.ordinalEmptyCategory("loy1", "B", [1], [0, 14, 47, 80, 48]));
  });
});

describe("hs1939_mixed_wlsmv: really continuous indicators next to ordinal ones", () => {
  // lavaan: sem(HS.model, data, ordered = c("x1", "x2", "x3"), estimator = "WLSMV") with x1, x2 cut into 4 categories
  // (cut(x1, c(-Inf, 4, 5, 6, Inf)), cut(x2, c(-Inf, 5, 6, 7, Inf))) and x3 > 2 (test/fixtures/wlsmv_mixed.R).
  // Tolerances as semReference.test.ts: est and std.all 1e-4, se 1e-3 relative (1e-4 absolute), fit measures 1e-3.
  const ref = loadReference("hs1939_mixed_wlsmv");
  const ds = toDataset(readData("HolzingerSwineford1939.csv"));
  const col = (name: string): number[] => Array.from(ds.columns.get(name)!.values as ArrayLike<number>);
  const cut = (x: number[], breaks: number[]): number[] => x.map((v) => 1 + breaks.filter((b) => v > b).length);
  const data: Record<string, number[]> = {
    x1: cut(col("x1"), [4, 5, 6]), x2: cut(col("x2"), [5, 6, 7]), x3: col("x3").map((v) => (v > 2 ? 1 : 0)),
  };
  for (const v of ["x4", "x5", "x6", "x7", "x8", "x9"]) data[v] = col(v);
  const fit = sem(ref.model, data, { ordered: ["x1", "x2", "x3"], estimator: "WLSMV" });
  test("every parameter: est, se, std.all", () => {
    expect(fit.npar).toBe(ref.npar);
    const mine = new Map<string, ReturnType<typeof fit.parameterEstimates>[number]>(fit.parameterEstimates().map((r) => [`${r.lhs}|${r.op}|${r.rhs}`, r] as const));
    for (const r of ref.parameters) {
      const k = `${r["lhs"]}|${r["op"]}|${r["rhs"]}`;
      const m = mine.get(k);
      expect(m, `row ${k}`).toBeDefined();
      expectClose(m!.est, r["est"] as number, 1e-4, 1e-4, `${k} est`);
      if (r["std.all"] !== null) expectClose(m!["std.all"], r["std.all"] as number, 1e-4, 1e-4, `${k} std.all`);
      if (r["se"] !== null && r["se"] !== 0) expectClose(m!.se, r["se"] as number, 1e-3, 1e-4, `${k} se`);
    }
  });
  test("every fit measure", () => {
    const fm = fit.fitMeasures();
    for (const [name, v] of Object.entries(ref.fit)) if (v !== null) expectClose(fm[name], v, 1e-3, 1e-4, `fit ${name}`);
  });
});
