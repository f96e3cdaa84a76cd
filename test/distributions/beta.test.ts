import { describe, expect, it } from "vitest";
import { incompleteBeta } from "../../src/distributions/incompleteBeta.ts";
import { logBeta } from "../../src/distributions/logBeta.ts";
import { logBetaPrefix } from "../../src/distributions/logBetaPrefix.ts";
import { stirlingCorrection } from "../../src/distributions/stirlingCorrection.ts";
import { referenceRows, relativeError, tailErrors } from "./referenceTables.ts";

describe("incompleteBeta", () => {
  it("matches R's pbeta, both tails, over shapes 0.05 … 1e5 and x from 1e-300 to 1 − 1e-8", () => {
    // R: pbeta(x, a, b) and pbeta(x, a, b, lower.tail = FALSE) (test/fixtures/distributions.R)
    const { body, tail } = tailErrors("pbeta", ({ x, a, b }) => incompleteBeta(x!, a!, b!));
    // measured: 7.5e-14 where the probability is at least 1e-20, 2.6e-13 below (the exp of a log near −700)
    expect(body).toBeLessThan(2e-13);
    expect(tail).toBeLessThan(2e-12);
  });

  it("is exact at the ends and within a few ulps of the closed forms", () => {
    // R: pbeta(0, 2, 3) = 0, pbeta(1, 2, 3) = 1, pbeta(0.5, 2, 3) = 0.6875, pbeta(0.3, 1, 1) = 0.3
    expect(incompleteBeta(0, 2, 3)).toEqual([0, 1]);
    expect(incompleteBeta(1, 2, 3)).toEqual([1, 0]);
    const [p, q] = incompleteBeta(0.5, 2, 3);
    expect(relativeError(p, 0.6875)).toBeLessThan(4e-15);
    expect(relativeError(q, 0.3125)).toBeLessThan(4e-15);
    expect(relativeError(incompleteBeta(0.3, 1, 1)[0], 0.3)).toBeLessThan(4e-15);
    // R: pbeta(0.5, 1e5, 1e5) = 0.49999999999999994 (symmetric shapes, near the mean)
    expect(relativeError(incompleteBeta(0.5, 1e5, 1e5)[0], 0.5)).toBeLessThan(1e-14);
  });

  it("keeps the precision of 1 − x when the caller passes it", () => {
    // x = 1 − 1e-20 rounds to 1; the upper tail is I_{1e-20}(3, 2). R: pbeta(1e-20, 3, 2) = 4.0000000000000248e-60
    const [p, q] = incompleteBeta(1, 2, 3, 1e-20);
    expect(p).toBe(1);
    expect(relativeError(q, 4.0000000000000248e-60)).toBeLessThan(1e-14);
  });

  it("returns NaN for arguments outside the domain", () => {
    // R: pbeta(0.5, -1, 2) and pbeta(0.5, 2, 0) are NaN; the function is defined for 0 ≤ x ≤ 1
    expect(incompleteBeta(0.5, -1, 2)).toEqual([NaN, NaN]);
    expect(incompleteBeta(0.5, 2, 0)).toEqual([NaN, NaN]);
    expect(incompleteBeta(1.5, 2, 3)).toEqual([NaN, NaN]);
    expect(incompleteBeta(Number.NaN, 2, 3)).toEqual([NaN, NaN]);
    expect(incompleteBeta(0.5, Infinity, 3)).toEqual([NaN, NaN]);
    expect(incompleteBeta(null as unknown as number, 2, 3)).toEqual([NaN, NaN]);
  });
});

describe("logBeta, logBetaPrefix and stirlingCorrection", () => {
  it("logBeta matches R's lbeta, also where a or b is large", () => {
    // R: lbeta(a, b) (test/fixtures/distributions.R)
    for (const { a, b, value } of referenceRows("lbeta")) {
      expect(Math.abs(logBeta(a!, b!) - value!), `lbeta(${a}, ${b})`).toBeLessThanOrEqual(2e-15 * Math.max(1, Math.abs(value!)));
    }
    // R: lbeta(Inf, 2) = -Inf, lbeta(-1, 2) = NaN
    expect(logBeta(Infinity, 2)).toBe(-Infinity);
    expect(logBeta(-1, 2)).toBeNaN();
    expect(logBeta(2, "3" as unknown as number)).toBeNaN();
  });

  it("logBetaPrefix is log(x^a (1 − x)^b / B(a, b)), R's dbeta(x, a, b)·x·(1 − x)", () => {
    const cases = [
      // R: dbeta(0.25, 2, 3) * 0.25 * 0.75; dbeta(0.3, 10, 25) * 0.3 * 0.7; dbeta(0.9, 5000, 600) * 0.9 * 0.1
      [0.25, 2, 3, 0.31640625000000006], [0.3, 10, 25, 1.0383874928677017], [0.9, 5000, 600, 1.9500336539703764],
      // R: dbeta(0.001, 1000, 1e6) * 0.001 * 0.999; dbeta(0.5, 1e6, 1e6) * 0.25
      [0.001, 1000, 1e6, 12.602004086443426], [0.5, 1e6, 1e6, 282.09475651203132],
    ] as const;
    for (const [x, a, b, want] of cases) expect(relativeError(Math.exp(logBetaPrefix(x, 1 - x, a, b)), want)).toBeLessThan(5e-15);
    // R: dbeta(1e-8, 10, 10, log = TRUE) + log(1e-8) + log1p(-1e-8) = -170.47057831248711
    expect(Math.abs(logBetaPrefix(1e-8, 1 - 1e-8, 10, 10) + 170.47057831248711)).toBeLessThan(1e-13);
    expect(logBetaPrefix(0, 1, 2, 3)).toBe(-Infinity);
    expect(logBetaPrefix(0.5, 0.5, 0, 3)).toBeNaN();
  });

  it("stirlingCorrection is log Γ(x) − Stirling's formula", () => {
    // R has no lgammacor at user level; mpmath 1.3.0 at 50 digits: loggamma(x) - ((x - 1/2)*log(x) - x + log(2*pi)/2)
    // for the doubles x = 10, 123.4, 1e5
    expect(relativeError(stirlingCorrection(10), 0.00833056343336287)).toBeLessThan(1e-15);
    expect(relativeError(stirlingCorrection(123.4), 6.753091646594012e-4)).toBeLessThan(1e-15);
    expect(relativeError(stirlingCorrection(1e5), 8.333333333305556e-7)).toBeLessThan(1e-15);
    expect(stirlingCorrection(5)).toBeNaN();
  });
});
