import { describe, test, expect } from "vitest";
import { normInter } from "../../src/bootstrap/normInter.ts";
import { jackknifeAcceleration } from "../../src/bootstrap/jackknifeAcceleration.ts";
import { bootstrapInterval } from "../../src/bootstrap/bootstrapIntervals.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

// Normal quantiles below are R's qnorm (AS 241), checked with Python's statistics.NormalDist().inv_cdf:
// qnorm(0.2) = -0.8416212335729142, qnorm(0.3) = -0.5244005127080407, qnorm(0.4) = -0.2533471031357997,
// qnorm(2/7) = -0.5659488219328631, qnorm(3/7) = -0.1800123697927051, qnorm(2.25/7) = -0.46370775145717896,
// qnorm(0.05) = -1.6448536269514726, qnorm(1/21) = -1.6683911939470788, qnorm(2/21) = -1.3091717167857773
describe("normInter (boot::norm.inter)", () => {
  const t = Float64Array.from([1, 2, 3, 4]);
  test("whole-number rank (R + 1)α returns that order statistic", () => {
    // boot:::norm.inter(1:4, 0.4)[, 2] == 2  ((4 + 1) * 0.4 = 2)
    expect(normInter(t, 0.4)).toBe(2);
  });
  test("fractional rank interpolates on the normal scale", () => {
    // boot:::norm.inter(1:4, 0.5): rk = 2.5, k = 2: 2 + (0 - qnorm(.4)) / (qnorm(.6) - qnorm(.4)) * (3 - 2) = 2.5
    expect(normInter(t, 0.5)).toBeCloseTo(2.5, 14);
    // boot:::norm.inter(1:4, 0.3): rk = 1.5, k = 1: 1 + (qnorm(.3) - qnorm(.2)) / (qnorm(.4) - qnorm(.2))
    const q2 = -0.8416212335729143, q3 = -0.5244005127080407, q4 = -0.2533471031357997;
    expect(normInter(t, 0.3)).toBeCloseTo(1 + (q3 - q2) / (q4 - q2), 12);
  });
  test("extreme ranks return the smallest or largest replicate", () => {
    // (R + 1)α < 1 → k = 0 → t(1); (R + 1)α ≥ R → t(R)
    expect(normInter(t, 0.1)).toBe(1);
    expect(normInter(t, 0.95)).toBe(4);
  });
  test("six replicates: rank 2.25 at α = 0.3214…", () => {
    // R = 6, α = 2.25/7: k = 2, value 2 + (qnorm(α) - qnorm(2/7)) / (qnorm(3/7) - qnorm(2/7)) * (t3 - t2)
    const s = Float64Array.from([10, 20, 30, 40, 50, 60]);
    const a = 2.25 / 7, za = -0.46370775145717896; // qnorm(2.25/7)
    const expected = 20 + (za - -0.5659488219328631) / (-0.1800123697927051 - -0.5659488219328631) * 10;
    expect(normInter(s, a)).toBeCloseTo(expected, 10);
  });
});

describe("jackknife acceleration (Efron & Tibshirani 1993, eq. 14.15)", () => {
  test("symmetric leave-one-out values give a = 0", () => {
    expect(jackknifeAcceleration([1, 2, 3, 4, 5])).toBe(0);
  });
  test("hand-computed skewed case", () => {
    // θ(i) = 0, 0, 3: mean 1, d = 1, 1, -2; Σd² = 6, Σd³ = 1 + 1 - 8 = -6; a = -6 / (6 · 6^1.5) = -0.06804138
    expect(jackknifeAcceleration([0, 0, 3])).toBeCloseTo(-6 / (6 * Math.pow(6, 1.5)), 15);
    expect(jackknifeAcceleration([0, 0, 3])).toBeCloseTo(-0.0680413817439772, 12);
  });
});

describe("bootstrapInterval", () => {
  const reps = Float64Array.from({ length: 20 }, (_, i) => i + 1); // 1..20, mean 10.5
  test("SE is the n - 1 standard deviation of the replicates (lavaan: sd of the bootstrap draws)", () => {
    // sd(1:20) = 5.916079783099616 (R)
    expect(bootstrapInterval(reps, 10.5, 0.9, null).se).toBeCloseTo(5.916079783099616, 12);
  });
  test("percentile at level .90 uses ranks 21·0.05 = 1.05 and 21·0.95 = 19.95", () => {
    // boot:::norm.inter(1:20, c(.05, .95)) with the quantiles listed at the top
    const b = bootstrapInterval(reps, 10.5, 0.9, null);
    const lo = 1 + (-1.6448536269514726 - -1.6683911939470788) / (-1.3091717167857773 - -1.6683911939470788);
    expect(b.percentile[0]).toBeCloseTo(lo, 10);
    expect(b.percentile[1]).toBeCloseTo(21 - lo, 10);
  });
  test("BC equals the percentile interval when half the replicates are below the estimate (z0 = 0), BCa with a = 0 equals BC", () => {
    const b = bootstrapInterval(reps, 10.5, 0.9, 0);
    expect(b.bc[0]).toBeCloseTo(b.percentile[0], 12);
    expect(b.bc[1]).toBeCloseTo(b.percentile[1], 12);
    expect(b.bca![0]).toBeCloseTo(b.bc[0], 12);
    expect(b.bca![1]).toBeCloseTo(b.bc[1], 12);
  });
  test("BC shifts toward the estimate's side: estimate above most replicates moves both ends up", () => {
    // 15 of 20 below t̂ = 15.5: z0 = qnorm(0.75) = 0.6744897501960817; lower α' = pnorm(2·z0 + qnorm(.05)) = 0.38366310544792903
    const b = bootstrapInterval(reps, 15.5, 0.9, null);
    const alphaLo = 0.38366310544792903; // pnorm(2 * qnorm(0.75) + qnorm(0.05))
    const s = Float64Array.from(reps);
    expect(b.bc[0]).toBeCloseTo(normInter(s, alphaLo), 10);
    expect(b.bc[0]).toBeGreaterThan(b.percentile[0]);
  });
  test("NaN (failed) replicates are skipped", () => {
    const withNaN = Float64Array.from([...reps, Number.NaN, Number.NaN]);
    expect(bootstrapInterval(withNaN, 10.5, 0.9, null).n).toBe(20);
    expect(bootstrapInterval(withNaN, 10.5, 0.9, null).se).toBeCloseTo(5.916079783099616, 12);
  });
});

describe("bootstrapInterval level", () => {
  test("rejects a level outside (0, 1), naming it", () => {
    expect(() => bootstrapInterval([1, 2, 3], 2, 1.5, null)).toThrow(new OptionError(message.ciBadLevel(1.5)));
    expect(() => bootstrapInterval([1, 2, 3], 2, 0, null)).toThrow(OptionError);
  });
});
