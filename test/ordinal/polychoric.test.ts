import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { ordinalCase, caseMatrix } from "./fixture.ts";
import { polychoric } from "../../src/ordinal/polychoric.ts";
import { ordinalSampleStatistics } from "../../src/ordinal/ordinalSampleStatistics.ts";
import { DataError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { expectClose } from "../helpers/reference.ts";

// Reference: test/fixtures/loyalty_ordinal.json (test/fixtures/loyalty_ordinal.R, lavaan 0.6-14):
//   parameterEstimates(lavCor(x, ordered = items, output = "fit", estimator = "WLSMV", se = "robust.sem"))

const csv = readFileSync("data/loyalty_survey.csv", "utf8");

describe("polychoric() against lavCor", () => {
  it("reads the loyalty CSV, reverse-codes tru4 and swc3, drops incomplete rows and matches lavaan's estimates and SEs", () => {
    const ref = ordinalCase("core15");
    const r = polychoric(csv, { items: ref.names, reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } });
    expect(r.names).toEqual(ref.names);
    // lavaan: lavInspect(fit, "nobs") = 386 complete cases of the 480 rows
    expect(r.nobs).toBe(386);
    expect(r.droppedRows).toBe(480 - 386);
    expect(r.warnings[0]).toBe(message.polychoricDroppedRows(94, 480));
    const se = ref.groups[0]!.se;
    expect(r.estimates.length).toBe(se.se.length);
    se.lhs.forEach((lhs, k) => {
      const e = r.estimates.find((x) => x.op === se.op[k] && ((x.lhs === lhs && x.rhs === se.rhs[k]) || (x.lhs === se.rhs[k] && x.rhs === lhs)));
      expect(e, `${lhs} ${se.op[k]} ${se.rhs[k]}`).toBeDefined();
      // lavaan: parameterEstimates(fit)$est, $se
      expectClose(e!.est, se.est[k]!, 0, 1e-6, `est ${lhs} ${se.op[k]} ${se.rhs[k]}`);
      expectClose(e!.se, se.se[k]!, 1e-4, 0, `se ${lhs} ${se.op[k]} ${se.rhs[k]}`);
    });
    // the matrix and the SE matrix agree with the estimate list
    const p = r.names.length;
    const e12 = r.estimates.find((x) => x.lhs === "sat1" && x.rhs === "sat2")!;
    expect(r.correlation[1 * p + 0]).toBe(e12.est);
    expect(r.correlationSe[0 * p + 1]).toBe(e12.se);
    expect(r.thresholdSe[0]![0]).toBe(r.estimates.find((x) => x.lhs === "sat1" && x.rhs === "t1")!.se);
  });

  it("gives tetrachoric correlations and SEs for binary items", () => {
    const ref = ordinalCase("tetra3");
    const { data, n, p } = caseMatrix(ref);
    const r = polychoric({ data, n, p, names: ref.names });
    const se = ref.groups[0]!.se;
    se.lhs.forEach((lhs, k) => {
      const e = r.estimates.find((x) => x.op === se.op[k] && x.lhs === lhs && x.rhs === se.rhs[k])!;
      // lavaan: parameterEstimates(fit)$est, $se
      expectClose(e.est, se.est[k]!, 0, 1e-6, `est ${lhs} ${se.op[k]} ${se.rhs[k]}`);
      expectClose(e.se, se.se[k]!, 1e-4, 0, `se ${lhs} ${se.op[k]} ${se.rhs[k]}`);
    });
    expect(r.levels).toEqual([[0, 1], [0, 1], [0, 1]]);
  });

  it("applies lavaan's 2 × 2 rules: two empty cells give ±1 with a warning", () => {
    // lavaan 0.6-14: lavCor(x, ordered = c("a", "b", "c")) with a = b (20 zeros, 30 ones) and
    // c = (0 × 10, 1 × 10, 0 × 12, 1 × 18): r(a, b) = 1 with "two empty cells in 2x2 table",
    // r(a, c) = r(b, c) = 0.156433112642725
    const a = [...Array(20).fill(0), ...Array(30).fill(1)];
    const c = [...Array(10).fill(0), ...Array(10).fill(1), ...Array(12).fill(0), ...Array(18).fill(1)];
    const r = polychoric({ a, b: a, c });
    expect(r.correlation[1 * 3 + 0]).toBe(1);
    expectClose(r.correlation[2 * 3 + 0], 0.156433112642725, 0, 1e-9, "r(a, c)");
    expectClose(r.correlation[2 * 3 + 1], 0.156433112642725, 0, 1e-9, "r(b, c)");
    expect(r.warnings).toContain(message.ordinalTwoEmptyCells("a", "b", 1, ""));
    expect(r.warnings).toContain(message.ordinalNearOne("b", "a", 1, ""));
    // lavaan: b reversed gives -1
    const r2 = polychoric({ a, b: a.map((x) => 1 - x) });
    expect(r2.correlation[1]).toBe(-1);
  });
});

describe("bad input", () => {
  it("rejects an ordered variable with more than 15 categories, naming it", () => {
    const x = Array.from({ length: 40 }, (_, i) => i % 16);
    const y = Array.from({ length: 40 }, (_, i) => i % 3);
    let err: unknown;
    try { polychoric({ age: x, y }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).column).toBe("age");
    expect((err as Error).message).toBe(message.ordinalTooManyCategories("age", 16, 15));
  });

  it("warns about 13 to 15 categories (lavaan warns above 12)", () => {
    const x = Array.from({ length: 60 }, (_, i) => i % 13);
    const y = Array.from({ length: 60 }, (_, i) => (i * 7) % 4);
    expect(polychoric({ x, y }).warnings).toContain(message.ordinalManyCategories(["x"]));
  });

  it("rejects a variable with one category", () => {
    expect(() => polychoric({ x: [3, 3, 3, 3], y: [1, 2, 1, 2] })).toThrow(message.ordinalOneCategory("x", 3));
  });

  it("names a category that is missing in one group", () => {
    // group B never answers 1 on x
    const x = new Float64Array([1, 2, 3, 1, 2, 3, 2, 3, 2, 3, 2, 3]);
    const y = new Float64Array([1, 2, 2, 1, 1, 2, 1, 2, 2, 1, 1, 2]);
    const data = new Float64Array(24);
    for (let r = 0; r < 12; r++) { data[2 * r] = x[r]!; data[2 * r + 1] = y[r]!; }
    const index = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    let err: unknown;
    try { ordinalSampleStatistics(data, 12, 2, ["x", "y"], { index, labels: ["A", "B"] }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).column).toBe("x");
    expect((err as Error).message).toBe(message.ordinalEmptyCategory("x", "B", [1], [0, 3, 3]));
  });

  it("rejects missing values, a bad group index and mismatched sizes", () => {
    const data = new Float64Array([1, 2, 2, 1, NaN, 2, 1, 1]);
    let err: unknown;
    try { ordinalSampleStatistics(data, 4, 2, ["x", "y"]); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).row).toBe(3);
    expect((err as DataError).column).toBe("x");
    expect((err as Error).message).toBe(message.ordinalNotFinite("x", 3, NaN));
    const ok = new Float64Array([1, 2, 2, 1, 2, 2, 1, 1]);
    expect(() => ordinalSampleStatistics(ok, 4, 2, ["x", "y"], { index: [0, 0, 2, 1], labels: ["A", "B"] }))
      .toThrow(message.ordinalBadGroupIndex(3, 2, 2));
    expect(() => ordinalSampleStatistics(ok, 4, 2, ["x", "y"], { index: [0, 1], labels: ["A", "B"] }))
      .toThrow(message.ordinalGroupsLength(2, 4));
    expect(() => ordinalSampleStatistics(ok, 3, 2, ["x", "y"])).toThrow(message.dataBadDimensions(8, 3, 2));
    expect(() => ordinalSampleStatistics(ok, 8, 1, ["x"])).toThrow(message.ordinalTooFewVariables(1));
    expect(() => polychoric({ name: ["a", "b"] })).toThrow(OptionError);
    expect(() => polychoric({ name: ["a", "b"] })).toThrow(message.polychoricNoItems);
  });
});
