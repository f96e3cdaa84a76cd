import { describe, test, expect } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { readData } from "../helpers/reference.ts";

const MODEL = "SAT =~ sat1 + sat2 + sat3 + sat4\nTRU =~ tru1 + tru2 + tru3";

describe("WLSMV with ordered naming only some observed variables", () => {
  test("is refused with an OptionError naming the continuous variables", () => {
    const call = (): unknown => sem(MODEL, readData("loyalty_survey.csv"), { ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV" });
    expect(call).toThrow(OptionError);
    expect(call).toThrow(message.wlsmvMixedUnsupported(["tru1", "tru2", "tru3"]));
  });
});
