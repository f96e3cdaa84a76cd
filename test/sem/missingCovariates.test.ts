import { describe, expect, test } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { message } from "../../src/messages.ts";
import { OptionError } from "../../src/errors.ts";
import { loadReference, readData } from "../helpers/reference.ts";
import { expectParameters, expectFitMeasures } from "../helpers/compareReference.ts";

// FIML with missing values in the exogenous covariates sq4 and pv3 (14 of 480 rows miss one of them).
// Every expected value is a lavaan 0.6-14 result in test/fixtures/loyalty_missing_x_*.json (made by missing_x.R).
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const FIT = ["npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "logl", "unrestricted.logl",
  "aic", "bic", "bic2", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "srmr"];

describe("missing = \"ml\" with fixed.x: rows missing a covariate are deleted, with a warning", () => {
  // lavaan: sem(model, loy, missing = "ml") — "14 cases were deleted due to missing values in exogenous variable(s)"
  const ref = loadReference("loyalty_missing_x_ml");
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, missing: "ml" });
  test("466 of 480 rows are used and the warning counts the 14 deleted", () => {
    expect(fit.ntotal).toBe(ref.nobs);
    expect(fit.ntotal).toBe(466);
    expect(fit.solution.stats.norig).toEqual([480]);
    expect(fit.warnings).toContain(message.exoMissingDeleted(14, 480, ""));
  });
  test("estimates, SEs and std.lv / std.all / std.nox equal lavaan's", () => expectParameters(fit, ref));
  test("fit measures equal lavaan's", () => expectFitMeasures(fit, ref, FIT));
});

describe("missing = \"ml.x\": the rows are kept and the covariates modelled jointly", () => {
  // lavaan: sem(model, loy, missing = "ml.x")
  const ref = loadReference("loyalty_missing_x_mlx");
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, missing: "ml.x" });
  test("all 480 rows are used, no deletion warning", () => {
    expect(fit.ntotal).toBe(480);
    expect(fit.warnings.some((w) => w.includes("exogenous covariate is missing"))).toBe(false);
  });
  test("estimates, SEs and std.lv / std.all / std.nox equal lavaan's", () => expectParameters(fit, ref));
  test("fit measures equal lavaan's", () => expectFitMeasures(fit, ref, FIT));
});

test("an unknown missing mode is an OptionError that lists ml.x", () => {
  expect(() => sem("f =~ x1 + x2 + x3", readData("HolzingerSwineford1939.csv"), { missing: "pairwise" as never })).toThrow(OptionError);
  expect(() => sem("f =~ x1 + x2 + x3", readData("HolzingerSwineford1939.csv"), { missing: "pairwise" as never })).toThrow(/ml\.x/);
});

describe("missing = \"ml\" with fixed.x in two groups: the deletion is counted per group", () => {
  // lavaan: sem(model, loy, missing = "ml", group = "gender") — "7 cases were deleted in group male/female …"
  const ref = loadReference("loyalty_missing_x_mg");
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, missing: "ml", group: "gender" });
  test("233 of 240 rows per group, one warning per group", () => {
    expect(fit.nobs).toEqual(ref.nobs);
    expect(fit.warnings).toContain(message.exoMissingDeleted(7, 240, "male"));
    expect(fit.warnings).toContain(message.exoMissingDeleted(7, 240, "female"));
  });
  test("estimates, SEs and std.* equal lavaan's", () => expectParameters(fit, ref));
  test("fit measures equal lavaan's", () => expectFitMeasures(fit, ref, FIT));
});
