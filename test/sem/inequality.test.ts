import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cfa } from "../../src/sem/sem.ts";
import { semFromMoments } from "../../src/sem/semFromMoments.ts";
import type { SemOptions } from "../../src/sem/types.ts";
import { ModelSpecificationError, OptionError } from "../../src/errors.ts";
import { loadReference, readData } from "../helpers/reference.ts";
import { expectParameters, expectFitMeasures } from "../helpers/compareReference.ts";

// Inequality constraints: lavaan 0.6-14 fits them with its augmented-Lagrangian optimizer (nlminb.constr), whose
// estimates sit within about 1e-5 of the exact constrained optimum semkit computes. Every expected value is a
// lavaan 0.6-14 result in test/fixtures/hs1939_ineq_*.json (made by inequality.R).
const hs = readData("HolzingerSwineford1939.csv");
const FIT = ["npar", "chisq", "df", "pvalue", "cfi", "tli", "logl", "aic", "bic", "rmsea", "srmr"];

const cases: { id: string; options: SemOptions; binds: boolean }[] = [
  // lavaan: cfa(paste(model, "a > 0.5"), hs) — does not bind
  { id: "hs1939_ineq_inactive", options: {}, binds: false },
  // lavaan: cfa(paste(model, "a > 0.6\nv < 1"), hs) — v held at 1
  { id: "hs1939_ineq_bound", options: {}, binds: true },
  // lavaan: cfa(paste(model, "c > b"), hs) — binds: b = c
  { id: "hs1939_ineq_labels", options: {}, binds: true },
  // lavaan: cfa(paste(model, "b > c"), hs) — does not bind
  { id: "hs1939_ineq_labels_inactive", options: {}, binds: false },
  // lavaan: cfa(mg, hs, group = "school") with c(a, a)*x2 and a > 0.6 — binds in both groups
  { id: "hs1939_ineq_mg", options: { group: "school" }, binds: true },
];

describe.each(cases)("inequality constraints: $id", ({ id, options, binds }) => {
  const ref = loadReference(id);
  const fit = cfa(ref.model, hs, options);
  test("estimates, SEs (NA for a parameter held at its bound) and std.* equal lavaan's", () => {
    expectParameters(fit, ref);
    for (const r of ref.parameters) {
      if (r["op"] === "r2" || r["se"] !== null) continue;
      const m = fit.parameterEstimates().find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"]);
      expect(m?.se, `${r["lhs"]}${r["op"]}${r["rhs"]} se`).toBeNull();
    }
  });
  test("df and npar ignore the inequalities; fit measures equal lavaan's", () => {
    expect(fit.fitMeasures()["df"]).toBe(ref.fit["df"]);
    expect(fit.fitMeasures()["npar"]).toBe(ref.fit["npar"]);
    if (binds) expect(fit.solution.theta.length).toBeLessThan(ref.fit["npar"] as number);
    expectFitMeasures(fit, ref, FIT);
  });
});

test("a binding bound holds exactly: v < 1 gives v = 1", () => {
  // lavaan: cfa(paste(model, "a > 0.6\nv < 1"), hs) — v = 1.000, se NA
  const fit = cfa(loadReference("hs1939_ineq_bound").model, hs);
  const v = fit.parameterEstimates().find((r) => r.label === "v")!;
  expect(v.est).toBe(1);
  expect(v.se).toBeNull();
});

describe("inequality constraints with FIML", () => {
  // lavaan: sem(paste(core, "b < 0.1"), loy, missing = "ml") — binds (b = 0.260 without it)
  const ref = loadReference("loyalty_core_ineq_fiml");
  const fit = cfa(ref.model, readData("loyalty_survey.csv"), { missing: "ml", reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } });
  test("estimates, SEs and std.* equal lavaan's; b is held at 0.1", () => {
    expectParameters(fit, ref);
    expect(fit.parameterEstimates().find((r) => r.label === "b")!.est).toBe(0.1);
  });
  test("fit measures, robust FIML entries included, equal lavaan's", () => {
    expectFitMeasures(fit, ref, [...FIT, "baseline.chisq", "unrestricted.logl", "cfi.robust", "tli.robust", "rmsea.robust"]);
  });
});

describe.each([
  // lavaan: cfa(paste(model, "c > b"), hs, estimator = "MLR")
  { id: "hs1939_ineq_labels_mlr", data: "HolzingerSwineford1939.csv", options: { estimator: "MLR" } as SemOptions },
  // lavaan: cfa(paste(model, "c > b"), hs, estimator = "MLM")
  { id: "hs1939_ineq_labels_mlm", data: "HolzingerSwineford1939.csv", options: { estimator: "MLM" } as SemOptions },
  // lavaan: sem(paste(core, "b < 0.1"), loy, missing = "ml", estimator = "MLR")
  { id: "loyalty_core_ineq_mlr_fiml", data: "loyalty_survey.csv",
    options: { estimator: "MLR", missing: "ml", reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as SemOptions },
])("inequality constraints with robust SEs and scaled tests: $id", ({ id, data, options }) => {
  const ref = loadReference(id);
  const fit = cfa(ref.model, readData(data), options);
  test("estimates, robust SEs and std.* equal lavaan's", () => expectParameters(fit, ref));
  test("scaled fit measures (scaling factor over the unconstrained df) equal lavaan's", () => {
    expectFitMeasures(fit, ref, [...FIT, "chisq.scaled", "chisq.scaling.factor", "cfi.scaled", "tli.scaled", "rmsea.scaled",
      "cfi.robust", "rmsea.robust"]);
  });
});

test("inequalities outside ML, or with arithmetic, are typed errors naming the feature", () => {
  const model = "visual =~ x1 + a*x2 + x3\na > 0.6";
  expect(() => cfa(model, hs, { estimator: "ULS" })).toThrow(ModelSpecificationError);
  expect(() => cfa(model, hs, { estimator: "ULS" })).toThrow(/inequality constraints/);
  expect(() => cfa(model, hs, { estimator: "MLM", missing: "ml" })).toThrow(OptionError);
  expect(() => cfa(model, hs, { se: "bootstrap", bootstrap: 5 })).toThrow(OptionError);
  expect(() => cfa(model, hs, { estimator: "GLS" })).toThrow(/inequality constraints/);
  expect(() => cfa("visual =~ x1 + a*x2 + b*x3\na + b > 1", hs)).toThrow(ModelSpecificationError);
  const seven = "f =~ x1 + a1*x2 + a2*x3 + a3*x4 + a4*x5 + a5*x6 + a6*x7 + a7*x8\n" +
    ["a1", "a2", "a3", "a4", "a5", "a6", "a7"].map((a) => `${a} > 0`).join("\n");
  expect(() => cfa(seven, hs)).toThrow(/at most 6/);
});

test("semFromMoments imposes the same inequalities from the moments", () => {
  // lavaan: cfa(paste(model, "c > b"), hs) — the moments of the complete rows give the same fit
  const ref = loadReference("hs1939_ineq_labels");
  const fit = cfa(ref.model, hs);
  const fromMoments = semFromMoments(ref.model, fit.solution.stats);
  expectParameters(fromMoments, ref, ["est", "se", "std.all"]);
  expectFitMeasures(fromMoments, ref, FIT);
});

test("summary header counts the inequality constraints as lavaan prints them", () => {
  // lavaan: summary(cfa(paste(model, "a > 0.6\nv < 1"), hs)) — "Number of model parameters 21", "Number of inequality constraints 2"
  const lavaan = readFileSync("test/fixtures/hs1939_ineq_bound_summary.txt", "utf8").split("\n");
  const mine = cfa(loadReference("hs1939_ineq_bound").model, hs).summary().split("\n");
  for (const label of ["Number of model parameters", "Number of inequality constraints", "Number of observations", "Test statistic", "Degrees of freedom"]) {
    expect(mine.find((l) => l.includes(label)), label).toBe(lavaan.find((l) => l.includes(label)));
  }
  expect(mine.some((l) => l.includes("Number of equality constraints"))).toBe(false);
});
