import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OptionError } from "../../src/errors.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { oneFactorStart } from "../../src/partable/oneFactorStart.ts";
import { startValues } from "../../src/partable/startValues.ts";
import type { ParTable, ParTableSpec } from "../../src/partable/types.ts";
import { parseModel } from "../../src/syntax/parse.ts";

interface Moments { cov: number[][]; mean?: number[] }
interface Fixture {
  model: string;
  parameters: { lhs: string; op: string; rhs: string; est: number }[];
  implied: Moments | Record<string, Moments>;
}
const fixture = (name: string): Fixture =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8")) as Fixture;
const HS = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "school"];
const LOY = ["sq1", "sq2", "sq3", "sq4", "pv1", "pv2", "pv3", "sat1", "sat2", "sat3", "sat4", "tru1", "tru2", "tru3", "tru4",
  "swc1", "swc2", "swc3", "alt1", "alt2", "alt3", "loy1", "loy2", "loy3", "loy4"];

/** Start value of every row (θ element for free rows, NaN for fixed rows). */
function rowStarts(pt: ParTable, moments: Moments[]): number[] {
  const theta = startValues(pt, moments.map((m) => Float64Array.from(m.cov.flat())), moments.map((m) => Float64Array.from(m.mean ?? [])));
  return pt.rows.map((r) => (r.free > 0 ? theta[r.free - 1]! : NaN));
}

/**
 * With lavaan's model-implied moments as "data", every factor's indicator block is exactly
 * one-factor, so FABIN 3 / the three-indicator solution recover lavaan's loadings and factor
 * variances, the marker covariances recover the factor covariances, and the means recover the
 * intercepts — to rounding.
 */
function expectRecovered(name: string, spec: Omit<ParTableSpec, "ovNames">, ovNames: string[], exogenousOnly: boolean): void {
  const f = fixture(name);
  const pt = buildParTable(parseModel(f.model), { ...spec, ovNames });
  const moments = "cov" in f.implied ? [f.implied as Moments] : Object.values(f.implied as Record<string, Moments>);
  const start = rowStarts(pt, moments);
  const ref = f.parameters.filter((r) => r.op !== "r2" && r.op !== ":=");
  // factors regressed on others: their (residual) variances are not one-factor quantities
  const endogenous = new Set(pt.rows.filter((r) => r.op === "~").map((r) => r.lhs));
  let checked = 0;
  pt.rows.forEach((r, i) => {
    if (r.free === 0 || r.op === ":=") return;
    const lv = pt.lv.includes(r.lhs);
    const target =
      r.op === "=~" ||
      (r.op === "~~" && lv && !(exogenousOnly && (endogenous.has(r.lhs) || endogenous.has(r.rhs)))) ||
      (r.op === "~1" && !lv);
    if (!target) return;
    // lavaan 0.6-14 estimate of the same row (rows align with parameterEstimates, see fixtures.test.ts)
    expect(start[i], `${r.lhs} ${r.op} ${r.rhs} (group ${r.group})`).toBeCloseTo(ref[i]!.est, 8);
    checked++;
  });
  expect(checked).toBeGreaterThan(10);
}

describe("startValues on lavaan's implied moments", () => {
  it("HS1939 CFA: loadings, factor (co)variances (hs1939_cfa_ml)", () => expectRecovered("hs1939_cfa_ml", {}, HS, false));
  it("HS1939 CFA std.lv: loadings and correlations (hs1939_cfa_stdlv)", () =>
    expectRecovered("hs1939_cfa_stdlv", { stdLv: true }, HS, false));
  it("HS1939 CFA with intercepts (hs1939_cfa_meanstructure)", () =>
    expectRecovered("hs1939_cfa_meanstructure", { meanstructure: true }, HS, false));
  it("HS1939 scalar invariance, two groups (hs1939_mg_school_scalar)", () =>
    expectRecovered("hs1939_mg_school_scalar", { groups: ["Pasteur", "Grant-White"], meanstructure: true, groupEqual: ["loadings", "intercepts"] }, HS, false));
  it("loyalty full SEM: loadings and exogenous factor (co)variances (loyalty_full_ml)", () =>
    expectRecovered("loyalty_full_ml", {}, LOY, true));

  it("residual variances start at half the sample variance (lavaan lav_start)", () => {
    const f = fixture("hs1939_cfa_ml");
    const pt = buildParTable(parseModel(f.model), { ovNames: HS });
    const start = rowStarts(pt, [f.implied as Moments]);
    const cov = (f.implied as Moments).cov;
    pt.rows.forEach((r, i) => {
      const k = pt.ov.indexOf(r.lhs);
      if (r.op === "~~" && r.lhs === r.rhs && k >= 0) expect(start[i]).toBeCloseTo(0.5 * cov[k]![k]!, 12);
    });
  });
});

describe("startValues rules", () => {
  it("observed-only regressions start at OLS (hand-computed: Sxx = [[2,1],[1,2]], Sxy = [1,2] ⇒ β = [0, 1])", () => {
    const pt = buildParTable(parseModel("y ~ x1 + x2"), { ovNames: ["y", "x1", "x2"], meanstructure: true, fixedX: false });
    expect(pt.ov).toEqual(["y", "x1", "x2"]);
    // order y, x1, x2: var(y) = 4, cov(y,x1) = 1, cov(y,x2) = 2, var(x) = 2, cov(x1,x2) = 1
    const s = Float64Array.from([4, 1, 2, 1, 2, 1, 2, 1, 2]);
    const theta = startValues(pt, [s], [Float64Array.from([10, 1, 3])]);
    const at = (lhs: string, op: string, rhs: string): number => theta[pt.rows.find((r) => r.lhs === lhs && r.op === op && r.rhs === rhs)!.free - 1]!;
    expect(at("y", "~", "x1")).toBeCloseTo(0, 12);
    expect(at("y", "~", "x2")).toBeCloseTo(1, 12);
    expect(at("y", "~~", "y")).toBeCloseTo(2, 12); // 4 − β'Sxy = 4 − 2
    expect(at("y", "~1", "")).toBeCloseTo(7, 12); // 10 − 0·1 − 1·3
    expect(at("x1", "~~", "x2")).toBeCloseTo(1, 12); // fixed.x = FALSE: free, starts at the sample value
  });

  it("user start() and fixed values win; equal rows share one value", () => {
    const pt = buildParTable(parseModel("f =~ x1 + start(0.7)*x2 + a*x3 + a*x4"), { ovNames: ["x1", "x2", "x3", "x4"] });
    const s = Float64Array.from([2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2]);
    const theta = startValues(pt, [s], [new Float64Array(4)]);
    const x2 = pt.rows.find((r) => r.rhs === "x2")!;
    expect(theta[x2.free - 1]).toBe(0.7);
    expect(pt.rows.filter((r) => r.label === "a").map((r) => r.free)).toEqual([2, 2]); // x1 fixed, x2 → 1, x3 = x4 → 2
    expect(theta.length).toBe(pt.npar);
  });

  it("three-indicator closed form (hand-computed: S = [[3,2,1],[2,3,2],[1,2,3]] ⇒ ψ = 1, λ = [1, 2, 1])", () => {
    const one = oneFactorStart(Float64Array.from([3, 2, 1, 2, 3, 2, 1, 2, 3]), 3);
    // ψ = s21·s31/s32 = 2·1/2 = 1; λ2 = s32/s31 = 2; λ3 = s32/s21 = 1
    expect(one.psi).toBeCloseTo(1, 12);
    expect(Array.from(one.lambda)).toEqual([1, 2, 1]);
    expect(Array.from(one.theta)).toEqual([2, 0, 2]); // 3 − 1, max(3 − 4, 0), 3 − 1
  });

  it("rejects a covariance matrix of the wrong size", () => {
    const pt = buildParTable(parseModel("f =~ x1 + x2 + x3"), { ovNames: ["x1", "x2", "x3"] });
    expect(() => startValues(pt, [new Float64Array(4)], [])).toThrow(OptionError);
  });
});
