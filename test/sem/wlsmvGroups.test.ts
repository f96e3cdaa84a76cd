import { describe, test, expect } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { loadReference, readData } from "../helpers/reference.ts";

const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;

describe("WLSMV with groups: bad input", () => {
  const model = loadReference("loyalty_core_wlsmv").model;
  test("a category empty in one group is a DataError naming the column, the group and the counts", () => {
    // R: table(loy1, platform) over complete cases: category 1 has 5 rows in A and 0 in B (counts in B: 0 14 47 80 48);
    // lavaan 0.6-14 stops too ("some categories of variable `loy1' are empty in group 2")
    let err: unknown;
    try {
      sem(model, readData("loyalty_survey.csv"), { ...LOYALTY, ordered: true, group: "platform" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).column).toBe("loy1");
    expect((err as DataError).message).toBe(message.ordinalEmptyCategory("loy1", "B", [1], [0, 14, 47, 80, 48]));
  });
});
