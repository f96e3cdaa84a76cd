import type { Column, Dataset } from "./types.ts";

/**
 * z-scores of numeric columns within groups, as R's `scale()` on each group's data (lavaan `std.ov = TRUE`,
 * lav_data_full): x ↦ (x − mean) / sd over the rows in use, with the unbiased (n − 1) standard deviation and
 * missing values skipped. Rows not in use (deleted cases, rows of no group) keep their values; they are not read.
 * Source: R `scale.default` (center = colMeans(na.rm), scale = sqrt(Σx²/(n−1))); lavaan 0.6-14 lav_data_full.
 * @param ds data set
 * @param names numeric columns to standardize
 * @param rowGroup 0-based group of each row (−1: not in use)
 * @param inUse whether a row is one of the cases analysed (e.g. complete on the model's variables)
 * @returns a new Dataset with the named columns standardized and all others shared with `ds`
 * @example
 * standardizeColumns(ds, ["x1", "x2"], new Int32Array(ds.n), () => true).columns.get("x1");
 */
export function standardizeColumns(
  ds: Dataset, names: readonly string[], rowGroup: Int32Array, inUse: (row: number) => boolean,
): Dataset {
  const groups = rowGroup.reduce((a, g) => Math.max(a, g + 1), 0);
  const columns = new Map<string, Column>(ds.columns);
  for (const name of names) {
    const col = ds.columns.get(name);
    if (col === undefined || col.kind !== "numeric") continue;
    const x = col.values, out = Float64Array.from(x);
    const sum = new Float64Array(groups), ss = new Float64Array(groups), n = new Float64Array(groups);
    for (let r = 0; r < ds.n; r++) {
      const g = rowGroup[r]!;
      if (g < 0 || !inUse(r) || Number.isNaN(x[r]!)) continue;
      sum[g]! += x[r]!; n[g]!++;
    }
    const mean = Array.from(sum, (s, g) => s / n[g]!);
    for (let r = 0; r < ds.n; r++) {
      const g = rowGroup[r]!;
      if (g < 0 || !inUse(r) || Number.isNaN(x[r]!)) continue;
      const d = x[r]! - mean[g]!;
      ss[g]! += d * d;
    }
    const sd = Array.from(ss, (s, g) => Math.sqrt(s / Math.max(1, n[g]! - 1)));
    for (let r = 0; r < ds.n; r++) {
      const g = rowGroup[r]!;
      if (g < 0 || !inUse(r) || Number.isNaN(x[r]!)) continue;
      out[r] = (x[r]! - mean[g]!) / sd[g]!;
    }
    columns.set(name, { kind: "numeric", values: out });
  }
  return { names: ds.names, n: ds.n, columns };
}
