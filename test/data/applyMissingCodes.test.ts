import { describe, test, expect } from "vitest";
import { applyMissingCodes } from "../../src/data/applyMissingCodes.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { sem } from "../../src/sem/sem.ts";
import { readData } from "../helpers/reference.ts";

describe("missing-value codes on a data set that is already parsed", () => {
  test("numeric and text codes become missing; untouched columns are not copied", () => {
    const ds = toDataset({ a: [1, -99, 3], b: ["x", "refused", "y"], c: [4, 5, 6] });
    const out = applyMissingCodes(ds, ["-99", "refused"]);
    expect([...(out.columns.get("a")!.values as Float64Array)]).toEqual([1, NaN, 3]);
    expect(out.columns.get("b")!.values).toEqual(["x", null, "y"]);
    expect(out.columns.get("c")).toBe(ds.columns.get("c"));
    expect(applyMissingCodes(ds, [])).toBe(ds);
  });

  test("toDataset applies missing codes to a Dataset input too, so sem() honours missingCodes for it", () => {
    const ds = toDataset({ a: [1, -99, 3] });
    expect([...(toDataset(ds, { missing: ["-99"] }).columns.get("a")!.values as Float64Array)]).toEqual([1, NaN, 3]);
    // the same fit from CSV text and from a parsed Dataset with one answer recoded to a missing code
    const csv = readData("HolzingerSwineford1939.csv");
    const model = "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6";
    const parsed = toDataset(csv);
    const x1 = Float64Array.from(parsed.columns.get("x1")!.values as Float64Array);
    x1[0] = -99;
    const coded = { ...parsed, columns: new Map(parsed.columns).set("x1", { kind: "numeric" as const, values: x1 }) };
    const fromDataset = sem(model, coded, { missingCodes: ["-99"] });
    expect(fromDataset.nobs).toEqual([300]); // 301 rows, the coded one deleted listwise
  });
});
