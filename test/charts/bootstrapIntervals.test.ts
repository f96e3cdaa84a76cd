import { describe, expect, it } from "vitest";
import { bootstrapIntervals } from "../../src/charts/bootstrapIntervals.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

describe("bootstrapIntervals", () => {
  const draws = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted order on purpose
  const jack = Array.from({ length: 30 }, (_, i) => ((i * 37) % 23) / 10);

  it("percentile interval: type-7 quantiles (numpy.quantile(1:100, [.025, .975]) = 3.475, 97.525)", () => {
    const r = bootstrapIntervals(draws, 50.5);
    expect(r.percentile[0]).toBeCloseTo(3.475, 12);
    expect(r.percentile[1]).toBeCloseTo(97.525, 12);
    // estimate at the median: z0 = 0, no jackknife: BCa = percentile
    expect(r.z0).toBeCloseTo(0, 12);
    expect(r.bca[0]).toBeCloseTo(3.475, 12);
  });

  it("BCa interval matches Efron & Tibshirani eq. 14.10 computed with scipy 1.17 / numpy 2.4", () => {
    const r = bootstrapIntervals(draws, 40, jack);
    // scipy.stats.norm.ppf(0.39) = -0.27931903444745415; acceleration from the jackknife values = 0.0006132094787648147
    expect(r.z0).toBeCloseTo(-0.27931903444745415, 10);
    expect(r.acceleration).toBeCloseTo(0.0006132094787648147, 14);
    // numpy.quantile(1:100, Φ(z0 + (z0 + z)/(1 − a(z0 + z)))) = 1.588322794475964, 92.05034845443265
    expect(r.bca[0]).toBeCloseTo(1.588322794475964, 8);
    expect(r.bca[1]).toBeCloseTo(92.05034845443265, 8);
  });

  it("rejects too few draws and a bad level", () => {
    expect(() => bootstrapIntervals([1], 1)).toThrow(new OptionError(message.chartEmpty("bootstrapIntervals", "fewer than 2 finite bootstrap draws")));
    expect(() => bootstrapIntervals([1, 2], 1, undefined, 1.5)).toThrow(new OptionError(message.chartBadLevel(1.5)));
  });
});
