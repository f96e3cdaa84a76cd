import { describe, test, expect } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { DataError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { loadReference, readData } from "../helpers/reference.ts";

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

  test("exogenous covariates with ordered indicators are refused (lavaan would use conditional.x)", () => {
    const call = (): unknown => sem("SAT =~ sat1 + sat2 + sat3 + sat4\nSAT ~ tru1", readData("loyalty_survey.csv"), { ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV" });
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
