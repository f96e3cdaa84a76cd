import { expect, test } from "vitest";
import { standardizeColumns } from "../../src/data/standardizeColumns.ts";
import { toDataset } from "../../src/data/toDataset.ts";

test("z-scores per group as R's scale(): n − 1 sd, missing cells skipped, rows not in use untouched", () => {
  // R: scale(c(1, 2, 3, NA, 10)) — mean 4, sd sqrt(50/3); the second group scale(c(5, 7)) — mean 6, sd sqrt(2)
  const ds = toDataset({ x: [1, 2, 3, null, 10, 5, 7, 100], g: ["a", "a", "a", "a", "a", "b", "b", "b"] });
  const rowGroup = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1]);
  const z = standardizeColumns(ds, ["x"], rowGroup, (r) => r !== 7);
  const col = z.columns.get("x")!;
  expect(col.kind).toBe("numeric");
  const v = Array.from(col.values as Float64Array);
  const sd = Math.sqrt(50 / 3);
  [(1 - 4) / sd, (2 - 4) / sd, (3 - 4) / sd].forEach((e, i) => expect(v[i]).toBeCloseTo(e, 14));
  expect(v[3]).toBeNaN();
  expect(v[4]).toBeCloseTo(6 / sd, 14);
  expect(v[5]).toBeCloseTo(-1 / Math.SQRT2, 14);
  expect(v[6]).toBeCloseTo(1 / Math.SQRT2, 14);
  expect(v[7]).toBe(100);
  expect(z.columns.get("g")).toBe(ds.columns.get("g"));
});
