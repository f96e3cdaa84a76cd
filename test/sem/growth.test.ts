import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { growth } from "../../src/index.ts";
import type { SemOptions } from "../../src/sem/types.ts";
import { loadReference } from "../helpers/reference.ts";
import { expectParameters, expectFitMeasures } from "../helpers/compareReference.ts";

// growth(): observed intercepts fixed at 0, latent means free, mean structure — lavaan's growth() defaults.
// Data: lavaan's Demo.growth (test/fixtures/demo_growth.csv). Every expected value is a lavaan 0.6-14 result in
// test/fixtures/demo_growth_*.json (made by growth.R).
const data = readFileSync("test/fixtures/demo_growth.csv", "utf8");
const FIT = ["npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "logl", "unrestricted.logl",
  "aic", "bic", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "srmr"];

const cases: { id: string; options: SemOptions }[] = [
  // lavaan: growth(linear, Demo.growth)
  { id: "demo_growth_linear", options: {} },
  // lavaan: growth(conditional, Demo.growth) — i and s regressed on x1 and x2
  { id: "demo_growth_covariates", options: {} },
  // lavaan: growth(linear, Demo.growth, group = "grp")
  { id: "demo_growth_mg", options: { group: "grp" } },
  // lavaan: growth(tvc, Demo.growth, estimator = "MLR") — time-varying covariates t1 ~ c1, …, t4 ~ c4
  { id: "demo_growth_tvc", options: { estimator: "MLR" } },
];

describe.each(cases)("growth(): $id", ({ id, options }) => {
  const ref = loadReference(id);
  const fit = growth(ref.model, data, options);
  test("estimates, SEs and std.lv / std.all / std.nox equal lavaan's", () => expectParameters(fit, ref));
  test("fit measures equal lavaan's", () => expectFitMeasures(fit, ref, FIT));
  test("observed intercepts fixed at 0, growth-factor means free", () => {
    const rows = fit.parameterEstimates().filter((r) => r.op === "~1");
    for (const v of ["t1", "t2", "t3", "t4"]) for (const r of rows.filter((x) => x.lhs === v)) expect([r.est, r.se]).toEqual([0, 0]);
    for (const f of ["i", "s"]) for (const r of rows.filter((x) => x.lhs === f)) expect(r.se).toBeGreaterThan(0);
  });
});
