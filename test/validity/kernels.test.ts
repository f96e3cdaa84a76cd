import { describe, test, expect } from "vitest";
import { compositeReliability } from "../../src/validity/compositeReliability.ts";
import { averageVarianceExtracted } from "../../src/validity/averageVarianceExtracted.ts";
import { htmt } from "../../src/validity/htmt.ts";
import { validity } from "../../src/validity/validity.ts";
import { sem, cfa } from "../../src/sem/sem.ts";
import { readData } from "../helpers/reference.ts";
import { ModelSpecificationError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

describe("validity kernels (hand-computed)", () => {
  test("omega = (sum lambda)^2 phi / 1'S1 (McDonald 1999)", () => {
    // λ = (1, 0.8), φ = 0.5, S = [[1, .4], [.4, .9]]: (1.8)²·0.5 / 2.7 = 0.6
    expect(compositeReliability([1, 0.8], 0.5, new Float64Array([1, 0.4, 0.4, 0.9]))).toBeCloseTo(0.6, 15);
  });
  test("AVE = phi sum lambda^2 / sum s_ii (semTools AVE)", () => {
    // (1 + 0.64)·0.5 / 1.9 = 0.431578947…
    expect(averageVarianceExtracted([1, 0.8], 0.5, [1, 0.9])).toBeCloseTo(0.82 / 1.9, 15);
  });
  test("HTMT (arithmetic) and HTMT2 (geometric) of a 4-item, 2-construct matrix", () => {
    // r12 = .6 (A), r34 = .5 (B), heterotrait r13 = .2, r14 = -.3, r23 = .25, r24 = .35
    const R = new Float64Array([1, 0.6, 0.2, -0.3, 0.6, 1, 0.25, 0.35, 0.2, 0.25, 1, 0.5, -0.3, 0.35, 0.5, 1]);
    const arithmetic = htmt(R, 4, [[0, 1], [2, 3]], { htmt2: false });
    // mean |hetero| = (0.2 + 0.3 + 0.25 + 0.35)/4 = 0.275; sqrt(0.6·0.5) = 0.5477226
    expect(arithmetic[1]).toBeCloseTo(0.275 / Math.sqrt(0.3), 14);
    const signed = htmt(R, 4, [[0, 1], [2, 3]], { htmt2: false, absolute: false });
    expect(signed[1]).toBeCloseTo(0.125 / Math.sqrt(0.3), 14);
    const geometric = htmt(R, 4, [[0, 1], [2, 3]]);
    expect(geometric[1]).toBeCloseTo(Math.pow(0.2 * 0.3 * 0.25 * 0.35, 0.25) / Math.sqrt(0.3), 14);
    expect(geometric[0]).toBe(1);
  });
});

describe("validity options and errors", () => {
  const csv = readData("loyalty_survey.csv");
  const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
  test("multiple groups: forGroup picks the group; an unknown group is refused", () => {
    const fit = cfa("SAT =~ sat1 + sat2 + sat3\nLOY =~ loy1 + loy2 + loy3", csv, { ...LOYALTY, group: "platform" });
    expect(validity(fit).group).toBe(fit.groups[0]);
    expect(validity(fit, { forGroup: "B" }).group).toBe("B");
    expect(validity(fit, { forGroup: 2 }).group).toBe(fit.groups[1]);
    expect(() => validity(fit, { forGroup: "C" })).toThrow(OptionError);
    expect(() => validity(fit, { forGroup: "C" })).toThrow(message.validityUnknownGroup("C", fit.groups));
  });
  test("a cross-loading item makes AVE undefined for both constructs, with a warning", () => {
    const fit = cfa("SAT =~ sat1 + sat2 + sat3 + loy1\nLOY =~ loy1 + loy2 + loy3", csv, LOYALTY);
    const v = validity(fit);
    expect(v.ave["SAT"]).toBeNaN();
    expect(v.ave["LOY"]).toBeNaN();
    expect(v.warnings).toContain(message.validityCrossLoading("SAT", ["loy1"]));
    expect(Number.isFinite(v.compositeReliability["SAT"])).toBe(true);
  });
  test("a model without latent variables is refused", () => {
    const fit = sem("loy1 ~ sat1 + sat2", csv, LOYALTY);
    expect(() => validity(fit)).toThrow(ModelSpecificationError);
  });
  test("obsVar: false uses model-implied variances (differs from the observed-variance default)", () => {
    const fit = cfa("SAT =~ sat1 + sat2 + sat3 + sat4\nLOY =~ loy1 + loy2 + loy3 + loy4", csv, LOYALTY);
    const implied = validity(fit, { obsVar: false }), observed = validity(fit);
    // with model-implied variances each item's share λ²φ/σᵢᵢ is its squared std.all loading
    const std = fit.parameterEstimates().filter((r) => r.op === "=~" && r.lhs === "SAT").map((r) => r["std.all"]!);
    const sigma = fit.implied()[0]!;
    const vars = ["sat1", "sat2", "sat3", "sat4"].map((v) => sigma.cov[sigma.names.indexOf(v)]![sigma.names.indexOf(v)]!);
    const expected = std.reduce((s, l, i) => s + l * l * vars[i]!, 0) / vars.reduce((a, b) => a + b, 0);
    expect(implied.ave["SAT"]).toBeCloseTo(expected, 12);
    expect(implied.ave["SAT"]).not.toBe(observed.ave["SAT"]);
  });
});
