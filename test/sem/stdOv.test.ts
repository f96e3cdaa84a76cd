import { describe, expect, test } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import type { SemOptions } from "../../src/sem/types.ts";
import { OptionError } from "../../src/errors.ts";
import { loadReference, readData } from "../helpers/reference.ts";
import { expectParameters, expectFitMeasures } from "../helpers/compareReference.ts";

// std.ov = TRUE: observed variables standardized (R's scale(), n − 1 sd) within each group over the cases used.
// Every expected value is a lavaan 0.6-14 result in test/fixtures/<id>.json (made by std_ov.R).
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const FIT = ["npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "logl", "unrestricted.logl",
  "aic", "bic", "rmsea", "srmr", "gfi"];

const cases: { id: string; data: string; options: SemOptions; fit: readonly string[] }[] = [
  // lavaan: cfa(HS.model, hs, std.ov = TRUE)
  { id: "hs1939_cfa_stdov", data: "HolzingerSwineford1939.csv", options: { stdOv: true }, fit: FIT },
  // lavaan: cfa(HS.model, hs, group = "school", std.ov = TRUE)
  { id: "hs1939_mg_stdov", data: "HolzingerSwineford1939.csv", options: { stdOv: true, group: "school" }, fit: FIT },
  // lavaan: sem(covModel, hs, std.ov = TRUE, fixed.x = FALSE)
  { id: "hs1939_covariates_stdov_fixedx_false", data: "HolzingerSwineford1939.csv", options: { stdOv: true, fixedX: false }, fit: FIT },
  // lavaan: sem(covModel, hs, std.ov = TRUE) — fixed.x covariates keep their scale. lavaan scales its separate copy of
  // them (eXo) and uses it for the covariates' marginal likelihood and the baseline model, so its logl (25398.04),
  // AIC/BIC and baseline χ² mix two scales; only the estimates and the model χ² family are compared.
  { id: "hs1939_covariates_stdov", data: "HolzingerSwineford1939.csv", options: { stdOv: true }, fit: ["npar", "chisq", "df", "pvalue", "rmsea", "srmr"] },
  // lavaan: sem(core, loy, std.ov = TRUE) — scaled over the complete rows
  { id: "loyalty_core_stdov", data: "loyalty_survey.csv", options: { ...LOYALTY, stdOv: true }, fit: FIT },
  // lavaan: sem(core, loy, std.ov = TRUE, missing = "ml") — scaled over all 480 rows, missing cells skipped
  { id: "loyalty_core_stdov_fiml", data: "loyalty_survey.csv", options: { ...LOYALTY, stdOv: true, missing: "ml" }, fit: FIT },
  // lavaan: sem(core, loy, std.ov = TRUE, missing = "ml", estimator = "MLR")
  { id: "loyalty_core_stdov_mlr_fiml", data: "loyalty_survey.csv", options: { ...LOYALTY, stdOv: true, missing: "ml", estimator: "MLR" },
    fit: [...FIT, "chisq.scaled", "cfi.robust", "rmsea.robust"] },
  // lavaan: cfa(HS.model, hs, std.ov = TRUE, estimator = "GLS")
  { id: "hs1939_cfa_stdov_gls", data: "HolzingerSwineford1939.csv", options: { stdOv: true, estimator: "GLS" },
    fit: ["npar", "chisq", "df", "cfi", "tli", "rmsea", "srmr"] },
];

describe.each(cases)("stdOv: $id", ({ id, data, options, fit: names }) => {
  const ref = loadReference(id);
  const fit = sem(ref.model, readData(data), options);
  test("estimates, SEs and std.lv / std.all / std.nox equal lavaan's", () => expectParameters(fit, ref));
  test("fit measures equal lavaan's", () => expectFitMeasures(fit, ref, names));
});

test("stdOv: the sample variances are (n − 1)/n, as after R's scale()", () => {
  // lavaan: lavInspect(cfa(HS.model, hs, std.ov = TRUE), "sampstat")$cov — diagonal 300/301
  const fit = sem("visual =~ x1 + x2 + x3", readData("HolzingerSwineford1939.csv"), { stdOv: true });
  for (let j = 0; j < 3; j++) expect(fit.solution.stats.cov[0]![j * 3 + j]).toBeCloseTo(300 / 301, 12);
});

test("stdOv must be a boolean, and cannot be combined with a bootstrap", () => {
  const hs = readData("HolzingerSwineford1939.csv");
  expect(() => sem("visual =~ x1 + x2 + x3", hs, { stdOv: "yes" as never })).toThrow(OptionError);
  expect(() => sem("visual =~ x1 + x2 + x3", hs, { stdOv: true, se: "bootstrap" })).toThrow(OptionError);
});
