import { describe, expect, it } from "vitest";
import { studentTCdf } from "../../src/distributions/studentTCdf.ts";
import { normalCdf } from "../../src/distributions/normalCdf.ts";
import { referenceRows, relativeError, tailErrors } from "./referenceTables.ts";

describe("studentTCdf", () => {
  it("matches R's pt, both tails, for df 0.1 … 1e5 and t from −1e10 to 1e6", () => {
    // R: pt(t, df) and pt(t, df, lower.tail = FALSE) (test/fixtures/distributions.R)
    const { body, tail } = tailErrors("pt", ({ t, df }) => [studentTCdf(t!, df!), studentTCdf(t!, df!, true)]);
    // measured: 3.7e-14 where the probability is at least 1e-20 (plain doubles for a + b ≤ 2000), 8.8e-14 below
    expect(body).toBeLessThan(1e-13);
    expect(tail).toBeLessThan(3e-13);
  });

  it("df = 1 (Cauchy), df = 1e4 and the far tails", () => {
    // R: pt(1, 1) = 0.75000000000000022; pt(-1e10, 1) = 3.1830988618379065e-11
    expect(relativeError(studentTCdf(1, 1), 0.75)).toBeLessThan(1e-15);
    expect(relativeError(studentTCdf(-1e10, 1), 3.1830988618379065e-11)).toBeLessThan(1e-14);
    // R: pt(1.96, 1e4) = 0.97498823988408345; pt(1.96, 1e4, lower.tail = FALSE) = 0.025011760115916517
    expect(relativeError(studentTCdf(1.96, 1e4), 0.97498823988408345)).toBeLessThan(1e-15);
    expect(relativeError(studentTCdf(1.96, 1e4, true), 0.025011760115916517)).toBeLessThan(1e-14);
    // R: pt(-8, 1e4) = 6.9106043645326545e-16, a p-value that 1 − P would lose
    expect(relativeError(studentTCdf(-8, 1e4), 6.9106043645326545e-16)).toBeLessThan(1e-14);
    expect(relativeError(studentTCdf(8, 1e4, true), 6.9106043645326545e-16)).toBeLessThan(1e-14);
    // t²/df > 1e100, the leading term of the tail: R: pt(-1e200, 1) = 3.183098861837795e-201, pt(1e200, 3, lower.tail = FALSE) = 0
    expect(relativeError(studentTCdf(-1e200, 1), 3.183098861837795e-201)).toBeLessThan(1e-14);
    expect(studentTCdf(1e200, 3, true)).toBe(0);
    // R: pt(0.5, 0.01) = 0.51140982331532026
    expect(relativeError(studentTCdf(0.5, 0.01), 0.51140982331532026)).toBeLessThan(1e-14);
    // R: pt(2, 10, lower.tail = FALSE) = 0.036694017385370196 (the JSDoc example)
    expect(relativeError(studentTCdf(2, 10, true), 0.036694017385370196)).toBeLessThan(1e-14);
  });

  it("t = 0, infinite t and infinite df", () => {
    // R: pt(0, 7) = 0.5, pt(1e-300, 5) = 0.5, pt(Inf, 3) = 1, pt(-Inf, 3) = 0, pt(1.96, Inf) = pnorm(1.96)
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTCdf(0, 7, true)).toBe(0.5);
    expect(studentTCdf(1e-300, 5)).toBe(0.5);
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTCdf(Infinity, 3, true)).toBe(0);
    expect(studentTCdf(-Infinity, 3)).toBe(0);
    expect(studentTCdf(1.96, Infinity)).toBe(normalCdf(1.96));
    expect(studentTCdf(1.96, Infinity, true)).toBe(normalCdf(-1.96));
  });

  it("returns NaN for invalid arguments, as chisqCdf does", () => {
    // R: pt(1, 0) and pt(1, -2) are NaN
    expect(studentTCdf(1, 0)).toBeNaN();
    expect(studentTCdf(1, -2)).toBeNaN();
    expect(studentTCdf(Number.NaN, 3)).toBeNaN();
    expect(studentTCdf(1, Number.NaN)).toBeNaN();
    expect(studentTCdf(1, null as unknown as number)).toBeNaN();
    expect(studentTCdf("1" as unknown as number, 3)).toBeNaN();
  });
});
