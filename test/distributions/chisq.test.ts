import { describe, expect, it } from "vitest";
import { chisqCdf } from "../../src/distributions/chisqCdf.ts";
import { chisqQuantile } from "../../src/distributions/chisqQuantile.ts";
import { incompleteGamma } from "../../src/distributions/incompleteGamma.ts";
import { logGamma } from "../../src/distributions/logGamma.ts";
import { noncentralChisqCdf } from "../../src/distributions/noncentralChisqCdf.ts";
import { ML_FIXTURES, loadFixture, within } from "../fit/fixtures.ts";

describe("special functions and chi-square distributions", () => {
  it("logGamma", () => {
    // exact: Γ(5) = 24, Γ(½) = √π; scipy 1.17.1 special.gammaln(0.3), gammaln(123.4)
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(within(logGamma(0.3), 1.0957979948180756, 1e-13, 0)).toBe(true);
    expect(within(logGamma(123.4), 469.3360974421906, 1e-13, 0)).toBe(true);
    expect(logGamma(0)).toBeNaN();
  });

  it("incompleteGamma returns both tails precisely", () => {
    // exact: P(1, x) = 1 − e^{−x}; scipy 1.17.1 special.gammainc(3.5, 2), special.gammaincc(40, 80)
    const [p1, q1] = incompleteGamma(1, 1);
    expect(p1).toBeCloseTo(1 - Math.exp(-1), 14);
    expect(q1).toBeCloseTo(Math.exp(-1), 14);
    expect(within(incompleteGamma(3.5, 2)[0], 0.22022259152428406, 1e-13, 0)).toBe(true);
    expect(within(incompleteGamma(40, 80)[1], 2.8087216260420857e-7, 1e-12, 0)).toBe(true);
  });

  it("chisqCdf: lavaan's model p-values and deep tails", () => {
    // lavaan 0.6-14 fitMeasures(fit)["pvalue"] = 1 - pchisq(chisq, df) for each ML fixture
    for (const id of ML_FIXTURES) {
      const f = loadFixture(id).fit;
      expect(within(chisqCdf(f.chisq!, f.df!, true), f.pvalue!, 1e-5, 1e-16), id).toBe(true);
    }
    // scipy 1.17.1 stats.chi2.sf(300, 10), stats.chi2.cdf(0.01, 5)
    expect(within(chisqCdf(300, 10, true), 1.5546747543803087e-58, 1e-12, 0)).toBe(true);
    expect(within(chisqCdf(0.01, 5), 5.300270042686517e-7, 1e-12, 0)).toBe(true);
    expect(chisqCdf(-1, 3)).toBe(0);
  });

  it("chisqQuantile", () => {
    // classic table value qchisq(.95, 1) = 3.841458820694124; scipy 1.17.1 stats.chi2.ppf
    expect(within(chisqQuantile(0.95, 1), 3.841458820694124, 1e-13, 0)).toBe(true);
    expect(within(chisqQuantile(0.99, 60), 88.37941890144937, 1e-13, 0)).toBe(true);
    expect(within(chisqQuantile(1e-6, 2.5), 3.502823491430508e-5, 1e-10, 0)).toBe(true);
    expect(within(chisqQuantile(0.999999, 7), 40.52183123411472, 1e-12, 0)).toBe(true);
    expect(chisqQuantile(0.5, 0)).toBe(0);
    expect(chisqQuantile(1.5, 3)).toBeNaN();
  });

  it("noncentralChisqCdf", () => {
    // scipy 1.17.1 stats.ncx2.cdf / ncx2.sf
    expect(within(noncentralChisqCdf(50, 20, 30), 0.5289871747035306, 1e-12, 0)).toBe(true);
    expect(within(noncentralChisqCdf(50, 20, 30, true), 0.47101282529646915, 1e-12, 0)).toBe(true);
    expect(within(noncentralChisqCdf(10, 3, 0.5, true), 0.03447973206146015, 1e-12, 0)).toBe(true);
    expect(within(noncentralChisqCdf(400, 100, 250), 0.9217580225628481, 1e-12, 0)).toBe(true);
    // ncp = 0 is the central distribution (scipy stats.chi2.sf(300, 10))
    expect(within(noncentralChisqCdf(300, 10, 0, true), 1.5546747543803087e-58, 1e-12, 0)).toBe(true);
  });
});
