import { describe, expect, it } from "vitest";
import { fCdf } from "../../src/distributions/fCdf.ts";
import { fQuantile } from "../../src/distributions/fQuantile.ts";
import { chisqCdf } from "../../src/distributions/chisqCdf.ts";
import { chisqQuantile } from "../../src/distributions/chisqQuantile.ts";
import { referenceRows, relativeError, tailErrors } from "./referenceTables.ts";

describe("fCdf", () => {
  it("matches R's pf, both tails, for df 0.5 … 1e4 and f from 1e-10 to 1e12", () => {
    // R: pf(f, df1, df2) and pf(f, df1, df2, lower.tail = FALSE) (test/fixtures/distributions.R)
    const { body, tail } = tailErrors("pf", ({ f, df1, df2 }) => [fCdf(f!, df1!, df2!), fCdf(f!, df1!, df2!, true)]);
    // measured: 5.1e-14 where the probability is at least 1e-20 (plain doubles for a + b ≤ 2000), 2.4e-13 below
    expect(body).toBeLessThan(1e-13);
    expect(tail).toBeLessThan(1e-12);
  });

  it("df = 1, df = 1e4, f = 0 and infinite arguments", () => {
    // R: pf(1, 1, 1) = 0.49999999999999956 (exactly ½); pf(1e-10, 1, 1) = 6.366197723463607e-06
    expect(relativeError(fCdf(1, 1, 1), 0.5)).toBeLessThan(2e-15);
    expect(relativeError(fCdf(1e-10, 1, 1), 6.366197723463607e-6)).toBeLessThan(1e-14);
    // R: pf(3, 4, 300, lower.tail = FALSE) = 0.018859858282744973
    expect(relativeError(fCdf(3, 4, 300, true), 0.018859858282744973)).toBeLessThan(1e-14);
    // R: pf(1.05, 1e4, 1e4, lower.tail = FALSE) = 0.0073573382358560948
    expect(relativeError(fCdf(1.05, 1e4, 1e4, true), 0.0073573382358560948)).toBeLessThan(1e-13);
    // R: pf(0, 4, 10) = 0, pf(-1, 4, 10) = 0, pf(Inf, 4, 10) = 1
    expect(fCdf(0, 4, 10)).toBe(0);
    expect(fCdf(0, 4, 10, true)).toBe(1);
    expect(fCdf(-1, 4, 10)).toBe(0);
    expect(fCdf(Infinity, 4, 10)).toBe(1);
    expect(fCdf(Infinity, 4, 10, true)).toBe(0);
    // R: pf(2, 4, Inf) = pchisq(8, 4); pf(0.5, Inf, 10) = pchisq(20, 10, lower.tail = FALSE); pf(0.9, Inf, Inf) = 0
    expect(fCdf(2, 4, Infinity)).toBe(chisqCdf(8, 4));
    expect(fCdf(0.5, Infinity, 10)).toBe(chisqCdf(20, 10, true));
    expect(fCdf(0.9, Infinity, Infinity)).toBe(0);
    expect(fCdf(1.1, Infinity, Infinity)).toBe(1);
  });

  it("returns NaN for invalid arguments, as chisqCdf does", () => {
    // R: pf(1, 0, 3) and pf(1, 3, -1) are NaN
    expect(fCdf(1, 0, 3)).toBeNaN();
    expect(fCdf(1, 3, -1)).toBeNaN();
    expect(fCdf(Number.NaN, 3, 4)).toBeNaN();
    expect(fCdf(1, null as unknown as number, 4)).toBeNaN();
  });
});

describe("fQuantile", () => {
  it("matches R's qf for df 0.5 … 1e4 and p from 1e-12 to 1 − 1e-12", () => {
    // R: qf(p, df1, df2) (test/fixtures/distributions.R; rows where df1·q/df2 > 1e-3, see there)
    let worst = 0;
    for (const { p, df1, df2, q } of referenceRows("qf")) worst = Math.max(worst, relativeError(fQuantile(p!, df1!, df2!), q!));
    // measured: 1.3e-13
    expect(worst).toBeLessThan(4e-13);
  });

  it("inverts fCdf down to p = 1e-300, where R's qf rounds the quantile away", () => {
    // R: qf(1e-300, 30, 1e4) = 0.0183426 is off in the 7th digit (pf of it is not 1e-300), and qf(1e-12, 2, 3) in the
    // 4th, since qf forms 1/qbeta(...) − 1; the check is the round trip through fCdf
    // (for df = (1, 1) the 1e-300 quantile, about 2.5e-600, is below the doubles)
    for (const [df1, df2] of [[2, 3], [4, 300], [30, 1e4], [1e4, 30], [1, 1]] as const) {
      for (const p of df1 === 1 ? [1e-100, 1e-12] : [1e-300, 1e-100, 1e-12]) {
        const q = fQuantile(p, df1, df2);
        expect(relativeError(fCdf(q, df1, df2), p), `${p} ${df1} ${df2}`).toBeLessThan(1e-12);
      }
      const q = fQuantile(1 - 1e-12, df1, df2);
      expect(relativeError(fCdf(q, df1, df2, true), 1 - (1 - 1e-12)), `1 - 1e-12 ${df1} ${df2}`).toBeLessThan(1e-12);
    }
  });

  it("named cases: df = 1, df = 1e4, Feldt's interval, p near 0 and 1", () => {
    const cases = [
      // R: qf(0.025, 4, 300); qf(0.975, 4, 300)
      [0.025, 4, 300, 0.12080019843440093], [0.975, 4, 300, 2.828647531800538],
      // R: qf(0.5, 1, 1) = 1.0000000000000004 (exactly 1)
      [0.5, 1, 1, 1],
      // R: qf(0.975, 1e4, 1e4); qf(0.025, 1e4, 1e4)
      [0.975, 1e4, 1e4, 1.0399800337101048], [0.025, 1e4, 1e4, 0.96155692185024311],
      // R: qf(0.975, 479, 1437); qf(0.025, 479, 1437) (psych's alpha.ci for N = 480, k = 4)
      [0.975, 479, 1437, 1.1544948887582429], [0.025, 479, 1437, 0.86149130908158611],
      // R: qf(1 - 1e-12, 1, 1); qf(1e-12, 30, 3)
      [1 - 1e-12, 1, 1, 4.0530266635530702e23], [1e-12, 30, 3, 0.016837409276770687],
    ] as const;
    for (const [p, df1, df2, want] of cases) {
      expect(relativeError(fQuantile(p, df1, df2), want), `qf(${p}, ${df1}, ${df2})`).toBeLessThan(1e-13);
    }
  });

  it("ends, infinite df and invalid arguments", () => {
    // R: qf(0, 3, 4) = 0, qf(1, 3, 4) = Inf, qf(1.2, 3, 4) = NaN, qf(0.5, 0, 4) = NaN
    expect(fQuantile(0, 3, 4)).toBe(0);
    expect(fQuantile(1, 3, 4)).toBe(Infinity);
    expect(fQuantile(1.2, 3, 4)).toBeNaN();
    expect(fQuantile(-0.1, 3, 4)).toBeNaN();
    expect(fQuantile(0.5, 0, 4)).toBeNaN();
    expect(fQuantile(Number.NaN, 3, 4)).toBeNaN();
    expect(fQuantile(0.5, 3, null as unknown as number)).toBeNaN();
    // R: qf(0.95, 4, Inf) = qchisq(0.95, 4)/4; qf(0.9, Inf, 10) = 10/qchisq(0.1, 10); qf(0.3, Inf, Inf) = 1
    expect(fQuantile(0.95, 4, Infinity)).toBe(chisqQuantile(0.95, 4) / 4);
    expect(fQuantile(0.9, Infinity, 10)).toBe(10 / chisqQuantile(1 - 0.9, 10));
    expect(fQuantile(0.3, Infinity, Infinity)).toBe(1);
    // quantiles below the smallest normal double are 0, as R's; R: qf(1e-300, 0.5, 1) = 0
    expect(fQuantile(1e-300, 0.5, 1)).toBe(0);
  });
});
