import { describe, expect, test } from "vitest";
import { sem, cfa } from "../../src/sem/sem.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { loadReference, readData } from "../helpers/reference.ts";

const hs = readData("HolzingerSwineford1939.csv");
const model = loadReference("hs1939_cfa_ml").model;

describe("estimator options", () => {
  test.each(["MLM", "GLS", "ULS"] as const)("%s with missing = 'ml' is refused, as lavaan refuses it", (estimator) => {
    // lavaan: "missing = "ml" is not allowed if estimator = ..." / estimator.<X> cannot be used with incomplete data
    expect(() => cfa(model, hs, { estimator, missing: "ml" })).toThrow(new OptionError(message.estimatorNeedsCompleteData(estimator)));
    expect(() => cfa(model, hs, { estimator, missing: "fiml" })).toThrow(OptionError);
  });
  test("GLS and ULS free the exogenous covariates by default (lavaan's fixed.x = FALSE); fixedX: true fixes them", () => {
    // lavaan: lavInspect(sem(covModel, hs, estimator = "GLS"), "npar") = 19 (hs1939_covariates_gls.json)
    const ref = loadReference("hs1939_covariates_gls");
    expect(sem(ref.model, hs, { estimator: "GLS" }).npar).toBe(ref.npar);
    expect(sem(ref.model, hs, { estimator: "GLS", fixedX: true }).npar).toBe(ref.npar - 3);
    // lavaan: npar 16 with MLR (fixed.x = TRUE), hs1939_covariates_mlr.json
    expect(sem(ref.model, hs, { estimator: "MLR" }).npar).toBe(loadReference("hs1939_covariates_mlr").npar);
  });
  test("fit measures of a robust estimator come in lavaan's order", () => {
    // lavaan: names(fitMeasures(cfa(HS.model, data, estimator = "MLM"))) (hs1939_cfa_mlm.json)
    const ref = loadReference("hs1939_cfa_mlm");
    const names = Object.keys(cfa(model, hs, { estimator: "MLM" }).fitMeasures()).filter((k) => k !== "cmin_df");
    expect(names).toEqual(Object.keys(ref.fit));
  });
});
