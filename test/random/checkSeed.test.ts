import { describe, expect, test } from "vitest";
import { checkSeed } from "../../src/random/checkSeed.ts";
import { OptionError } from "../../src/errors.ts";

describe("checkSeed", () => {
  test("accepts 0 and every whole number up to 2^53 - 1", () => {
    for (const s of [0, 1, 2 ** 32, 4294967297, 2 ** 53 - 1]) expect(() => checkSeed("f", s)).not.toThrow();
  });
  test.each([[Number.NaN, "number NaN"], [Infinity, "number Infinity"], [2 ** 53, "number 9007199254740992"], [-1, "number -1"],
    [0.5, "number 0.5"], ["7", 'the string "7"'], [null, "null"]])("refuses %s", (s, got) => {
    expect(() => checkSeed("f", s, "stream")).toThrow(new OptionError(`f(): stream must be a whole number from 0 to 2^53 - 1 (9007199254740991), got ${got}`));
  });
});
