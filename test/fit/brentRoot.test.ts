import { describe, expect, it } from "vitest";
import { brentRoot } from "../../src/fit/brentRoot.ts";

describe("root finding", () => {
  it("brentRoot", () => {
    // exact: √2
    expect(brentRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 12);
    expect(brentRoot((x) => x * x + 1, 0, 2)).toBeNaN();
  });
});
