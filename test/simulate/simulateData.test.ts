import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { simulateData } from "../../src/simulate/simulateData.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import type { NumericColumn } from "../../src/data/types.ts";

const ref = JSON.parse(readFileSync("test/simulate/fixtures/simulate_reference.json", "utf8")) as {
  population: { id: string; model: string; names: string[]; cov: number[][][] }[];
};
const col = (d: { columns: ReadonlyMap<string, unknown> }, name: string): Float64Array => (d.columns.get(name) as NumericColumn).values;

function sampleCov(x: Float64Array, y: Float64Array): number {
  const n = x.length; let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]!; my += y[i]!; }
  mx /= n; my /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i]! - mx) * (y[i]! - my);
  return s / n;
}

describe("simulateData", () => {
  test("same seed, same data; another seed or stream, other data", () => {
    const model = "f =~ .8*x1 + .7*x2 + .6*x3";
    const a = simulateData(model, { n: 50, seed: 7 }), b = simulateData(model, { n: 50, seed: 7 });
    const c = simulateData(model, { n: 50, seed: 8 }), d = simulateData(model, { n: 50, seed: 7, stream: 1 });
    expect(Array.from(col(a, "x2"))).toEqual(Array.from(col(b, "x2")));
    expect(col(a, "x2")[0]).not.toBe(col(c, "x2")[0]);
    expect(col(a, "x2")[0]).not.toBe(col(d, "x2")[0]);
  });

  test("sample covariances of 40 000 rows match lavaan's population Σ within 4.5 standard errors", () => {
    // lavaan 0.6-14 simulateData population ("mixed" case in simulate_reference.json);
    // SE of a sample covariance under normality: sqrt((σ_ii σ_jj + σ_ij²)/n) (Anderson 2003, §3.4)
    const c = ref.population.find((x) => x.id === "mixed")!;
    const n = 40000;
    const d = simulateData(c.model, { n, seed: 11 });
    expect(d.names).toEqual(c.names);
    const S = c.cov[0]!;
    c.names.forEach((a, i) => c.names.forEach((b, j) => {
      if (j > i) return;
      const se = Math.sqrt((S[i]![i]! * S[j]![j]! + S[i]![j]! ** 2) / n);
      expect(Math.abs(sampleCov(col(d, a), col(d, b)) - S[i]![j]!)).toBeLessThan(4.5 * se);
    }));
  });

  test("ordered items: default five categories with normal-theory proportions", () => {
    // R: diff(pnorm(c(-Inf, -1.5, -0.5, 0.5, 1.5, Inf))) = .0668072 .2417303 .3829249 .2417303 .0668072
    const expected = [0.0668072013688, 0.2417303374571, 0.3829249225480, 0.2417303374571, 0.0668072013688];
    const n = 30000;
    const d = simulateData("f =~ .7*y1 + .7*y2", { n, seed: 3, ordered: true });
    const y = col(d, "y1");
    const counts = [0, 0, 0, 0, 0];
    for (const v of y) counts[v - 1]!++;
    expected.forEach((p, k) => expect(Math.abs(counts[k]! / n - p)).toBeLessThan(4.5 * Math.sqrt(p * (1 - p) / n)));
  });

  test("thresholds in the syntax cut the raw values (lavaan: cut(x, c(-Inf, τ, Inf)))", () => {
    // Var(y1) = .7² + 1 = 1.49 (loading .7, residual variance default 1); P(y1 ≤ 0) = .5
    const d = simulateData("f =~ .7*y1 + .7*y2\ny1 | 0*t1", { n: 20000, seed: 5 });
    const y = col(d, "y1");
    expect(new Set(y)).toEqual(new Set([1, 2]));
    const share = y.filter((v) => v === 1).length / y.length;
    expect(Math.abs(share - 0.5)).toBeLessThan(4.5 * Math.sqrt(0.25 / 20000));
  });

  test("MCAR missing values leave the complete values unchanged", () => {
    const model = "f =~ .7*x1 + .7*x2 + .7*x3";
    const full = simulateData(model, { n: 20000, seed: 2 });
    const miss = simulateData(model, { n: 20000, seed: 2, missing: { rate: 0.2, variables: ["x2", "x3"] } });
    expect(Array.from(col(miss, "x1"))).toEqual(Array.from(col(full, "x1")));
    const x2 = col(miss, "x2"), f2 = col(full, "x2");
    let na = 0;
    x2.forEach((v, i) => { if (Number.isNaN(v)) na++; else expect(v).toBe(f2[i]); });
    // binomial SE of the missing share
    expect(Math.abs(na / 20000 - 0.2)).toBeLessThan(4.5 * Math.sqrt(0.16 / 20000));
  });

  test("MAR: the predictor stays complete and high values make missingness likelier", () => {
    const d = simulateData("f =~ .7*x1 + .7*x2 + .7*x3", { n: 20000, seed: 4, missing: { mechanism: "MAR", rate: 0.3, predictor: "x1" } });
    const x1 = col(d, "x1"), x2 = col(d, "x2");
    expect(x1.some(Number.isNaN)).toBe(false);
    let sumMiss = 0, nMiss = 0, sumObs = 0, nObs = 0;
    x2.forEach((v, i) => { if (Number.isNaN(v)) { sumMiss += x1[i]!; nMiss++; } else { sumObs += x1[i]!; nObs++; } });
    expect(Math.abs(nMiss / 20000 - 0.3)).toBeLessThan(0.02);
    expect(sumMiss / nMiss - sumObs / nObs).toBeGreaterThan(0.5);
  });

  test("non-normal data reach the requested skewness, kurtosis and correlation (Vale–Maurelli)", () => {
    // targets are the options themselves; population correlation .8·.7 = .56 (standardized factor model)
    const n = 200000;
    const d = simulateData("f =~ .8*x1 + .7*x2", { n, seed: 9, standardized: true, skew: 1, kurtosis: 2 });
    const x = col(d, "x1"), y = col(d, "x2");
    let m = 0; for (const v of x) m += v; m /= n;
    let m2 = 0, m3 = 0, m4 = 0;
    for (const v of x) { const e = v - m; m2 += e * e; m3 += e ** 3; m4 += e ** 4; }
    m2 /= n; m3 /= n; m4 /= n;
    expect(m3 / m2 ** 1.5).toBeCloseTo(1, 1);
    expect(Math.abs(m4 / (m2 * m2) - 3 - 2)).toBeLessThan(0.25);
    expect(sampleCov(x, y) / Math.sqrt(sampleCov(x, x) * sampleCov(y, y))).toBeCloseTo(0.56, 2);
  });

  test("several groups: one n per group and a group column G1, G2 (lavaan's labels)", () => {
    const d = simulateData("f =~ x1 + c(0.8, 0.6)*x2 + x3", { n: [30, 20], seed: 1 });
    expect(d.n).toBe(50);
    expect(d.names).toEqual(["x1", "x2", "x3", "group"]);
    const g = d.columns.get("group")!;
    expect(g.kind === "text" ? g.values[29] : "").toBe("G1");
    expect(g.kind === "text" ? g.values[30] : "").toBe("G2");
  });

  test("option errors name the problem", () => {
    expect(() => simulateData("f =~ x1 + x2", { n: 0 })).toThrow(new OptionError(message.simBadN(0)));
    expect(() => simulateData("f =~ x1 + x2", { n: 10, ordered: true, thresholds: [1, 0] })).toThrow(new OptionError(message.simBadThresholds("x1")));
    expect(() => simulateData("f =~ x1 + x2", { n: 10, missing: { rate: 1.5 } })).toThrow(new OptionError(message.simBadRate(1.5)));
    expect(() => simulateData("f =~ x1 + x2", { n: 10, skew: 2, kurtosis: 1 })).toThrow(new OptionError(message.simFleishmanNoSolution("x1", 2, 1)));
  });
});
