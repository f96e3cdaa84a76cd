import { describe, expect, test } from "vitest";
import { chisqQuantile } from "../../src/distributions/chisqQuantile.ts";
import { chisqCdf } from "../../src/distributions/chisqCdf.ts";

describe("chisqQuantile", () => {
  test("R's qchisq(0.95, 24) = 36.41502850180731 and pchisq of it back to 0.95", () => {
    // R 4.2.2: qchisq(0.95, 24)
    expect(chisqQuantile(0.95, 24)).toBeCloseTo(36.41502850180731, 9);
    expect(chisqCdf(chisqQuantile(0.95, 24), 24)).toBeCloseTo(0.95, 12);
  });
});

describe("chisqQuantile and chisqCdf on arguments that are not numbers", () => {
  test("return NaN at once instead of looping (a null df would double a zero bracket forever)", () => {
    expect(chisqQuantile(0.95, null as unknown as number)).toBeNaN();
    expect(chisqCdf(3, null as unknown as number)).toBeNaN();
  });
});
