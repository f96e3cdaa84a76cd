import { describe, expect, it } from "vitest";
import { bootstrap } from "../../../src/bootstrap/bootstrap.ts";
import { bootstrapSetup } from "../../../src/bootstrap/bootstrapSetup.ts";
import { sem } from "../../../src/sem/sem.ts";
import { OptionError } from "../../../src/errors.ts";
import { message } from "../../../src/messages.ts";
import { readData } from "../../helpers/reference.ts";

const LOY = readData("loyalty_survey.csv");
const MODEL = "SAT =~ sat1 + sat2 + sat3 + sat4\nLOY =~ loy1 + loy2 + loy3 + loy4\nLOY ~ SAT";

describe("the bootstrap refuses what its ML draws cannot repeat", () => {
  it("fits by GLS, ULS or WLSMV: every draw would be an ML fit", () => {
    for (const [options, estimator] of [[{ estimator: "GLS" }, "GLS"], [{ estimator: "ULS" }, "ULS"], [{ ordered: true }, "WLSMV"]] as const) {
      expect(() => bootstrap(MODEL, LOY, { ...options, draws: 10 })).toThrow(message.bootstrapEstimatorUnsupported(estimator));
      expect(() => sem(MODEL, LOY, { ...options, se: "bootstrap", bootstrap: 10 })).toThrow(OptionError);
    }
  });

  it("stdOv, given as an option or hidden in a fit", () => {
    expect(() => bootstrap(MODEL, LOY, { stdOv: true, draws: 10 })).toThrow(message.stdOvBootstrap);
    expect(() => sem(MODEL, LOY, { stdOv: true, se: "bootstrap", bootstrap: 10 })).toThrow(message.stdOvBootstrap);
    // a fit made with stdOv, passed with the raw data: the standardized means (0) are not the data's
    const fit = sem(MODEL, LOY, { stdOv: true });
    expect(() => bootstrapSetup(fit, LOY)).toThrow(/column "sat1" has mean .* in the data but .* in the fit/);
  });

  it("a fit and data that differ in reverse coding", () => {
    const fit = sem("SWC =~ swc1 + swc2 + swc3", LOY, { reverse: ["swc3"], scale: { min: 1, max: 5 } });
    expect(() => bootstrapSetup(fit, LOY)).toThrow(/column "swc3" has mean/);
    expect(bootstrapSetup(fit, LOY, { reverse: ["swc3"], scale: { min: 1, max: 5 } }).setup.nobs).toEqual(fit.nobs);
  });

  it("a FIML fit of incomplete data says so instead of blaming the data", () => {
    expect(() => bootstrap(MODEL, LOY, { missing: "ml", draws: 10 })).toThrow(message.bootstrapFimlUnsupported);
  });

  it("ML, MLR and MLM fits still bootstrap, with the same draws (the estimates are ML's)", () => {
    const ml = bootstrap(MODEL, LOY, { draws: 20, seed: 3 }), mlr = bootstrap(MODEL, LOY, { estimator: "MLR", draws: 20, seed: 3 });
    expect(ml.estimates.map((e) => e.se)).toEqual(mlr.estimates.map((e) => e.se));
    expect(ml.estimates[1]!.se).toBeGreaterThan(0);
  });
});
