import { describe, expect, test } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { readFileSync } from "node:fs";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";
import { expectParameters, expectFitMeasures } from "../helpers/compareReference.ts";

// fixed.x = FALSE: the covariates sq1 and pv1 have free variances and covariance. std.nox leaves them unscaled and
// the baseline model keeps their covariance free (baseline.df 54 = 55 − 1), as lavaan does.
// Every expected value is a lavaan 0.6-14 result in test/fixtures/loyalty_covariates_fixedx_*.json (fixed_x_false.R).
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const FIT = ["npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "baseline.pvalue", "cfi", "tli", "nnfi", "rfi", "nfi",
  "pnfi", "ifi", "rni", "logl", "unrestricted.logl", "aic", "bic", "bic2", "rmsea", "srmr", "gfi", "agfi", "pgfi", "mfi", "ecvi"];

describe.each([
  // lavaan: sem(model, loy, fixed.x = FALSE)
  { id: "loyalty_covariates_fixedx_false", fixedX: false },
  // lavaan: sem(model, loy)
  { id: "loyalty_covariates_fixedx_true", fixedX: true },
])("observed covariates with fixed.x = $fixedX", ({ id, fixedX }) => {
  const ref = loadReference(id);
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, fixedX });
  test("estimates, SEs, std.lv, std.all and std.nox (covariates unscaled) equal lavaan's", () => {
    expectParameters(fit, ref);
    const v = fit.parameterEstimates().find((r) => r.lhs === "sq1" && r.op === "~~" && r.rhs === "sq1")!;
    expect(v["std.nox"]).toBe(v.est);
  });
  test("baseline df 54 and the incremental fit indices equal lavaan's", () => {
    expect(fit.fitMeasures()["baseline.df"]).toBe(54);
    expectFitMeasures(fit, ref, FIT);
  });
  test("no R² for the covariates", () => {
    expect(fit.parameterEstimates().filter((r) => r.op === "r2").map((r) => r.lhs)).not.toContain("sq1");
  });
});

describe("fixed.x = FALSE with FIML", () => {
  // lavaan: sem(model, loy, fixed.x = FALSE, missing = "ml")
  const ref = loadReference("loyalty_covariates_fixedx_false_fiml");
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, fixedX: false, missing: "ml" });
  test("all 480 rows kept; estimates, SEs and std.* equal lavaan's", () => {
    expect(fit.ntotal).toBe(480);
    expectParameters(fit, ref);
  });
  test("fit measures, with the FIML-corrected robust RMSEA (covariate moments left out of W_c), equal lavaan's", () => {
    expectFitMeasures(fit, ref, ["npar", "chisq", "df", "baseline.chisq", "baseline.df", "cfi", "tli", "logl", "unrestricted.logl",
      "aic", "bic", "rmsea", "srmr", "cfi.robust", "tli.robust", "rmsea.robust", "rmsea.ci.lower.robust", "rmsea.ci.upper.robust"]);
  });
});

describe("fixed.x = FALSE with FIML and MLR", () => {
  // lavaan: sem(model, loy, fixed.x = FALSE, missing = "ml", estimator = "MLR")
  const ref = loadReference("loyalty_covariates_fixedx_false_mlr_fiml");
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, fixedX: false, missing: "ml", estimator: "MLR" });
  test("estimates, robust SEs and std.* equal lavaan's", () => expectParameters(fit, ref));
  test("scaled and robust fit measures equal lavaan's", () => {
    expectFitMeasures(fit, ref, ["chisq", "chisq.scaled", "df", "cfi.scaled", "tli.scaled", "rmsea.scaled", "cfi.robust", "tli.robust",
      "rmsea.robust", "rmsea.ci.lower.robust", "rmsea.ci.upper.robust", "baseline.chisq.scaled", "srmr"]);
  });
});

test("modification indices: sepc.nox leaves the covariates unscaled with fixed.x = FALSE", () => {
  // lavaan: modindices(sem(model, loy, fixed.x = FALSE)) — every row
  const ref = JSON.parse(readFileSync("test/fixtures/loyalty_covariates_fixedx_false_modindices.json", "utf8")) as
    { model: string; rows: Record<string, number | string>[] };
  const mi = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, fixedX: false }).modificationIndices();
  for (const r of ref.rows) {
    const m = mi.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"]);
    const what = `${r["lhs"]}${r["op"]}${r["rhs"]}`;
    expect(m, what).toBeDefined();
    expectClose(m!.mi, r["mi"] as number, 1e-3, 1e-4, `${what} mi`);
    for (const c of ["epc", "sepc.lv", "sepc.all", "sepc.nox"] as const) expectClose(m![c], r[c] as number, 0, 1e-4, `${what} ${c}`);
  }
});
