import { describe, expect, test } from "vitest";
import { hoelterCn } from "../../src/fit/hoelterCn.ts";

describe("hoelterCn on arguments that are not numbers", () => {
  test("returns NaN at once instead of looping in the chi-square quantile", () => {
    expect(hoelterCn(Number.NaN, null as unknown as number, 301)).toBeNaN();
  });
});
