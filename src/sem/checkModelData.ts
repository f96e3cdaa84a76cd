import type { Dataset } from "../data/types.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Checks, before any moments are computed, that every observed variable of the model can carry
 * variance in every group: a column with no observed value, a single observed value, or one value
 * repeated in every observed row makes the sample covariance matrix singular, and ML then fails
 * with nothing but "not positive definite". This names the column (and group) instead. Text in a
 * numeric column is reported by `numericMatrix` with its column and row.
 * Rule: a variance needs at least two distinct observed values (any sample variance, e.g.
 * Kendall & Stuart, 1977, §2.19, is zero otherwise).
 * @param ds data set
 * @param ov observed variables of the model
 * @param groups group labels and each row's 0-based group (−1: row not used)
 * @throws DataError with `column` (and `row` for a single observed value) set
 * @example
 * checkModelData(ds, pt.ov, groupLabels(ds, undefined)); // throws for a constant item
 */
export function checkModelData(ds: Dataset, ov: readonly string[], groups: { labels: readonly string[]; rowGroup: Int32Array }): void {
  // numeric columns are read in place; otherwise numericMatrix converts them (and reports text and unknown columns)
  const direct = ov.map((name) => ds.columns.get(name));
  const X = direct.every((c) => c?.kind === "numeric") ? null : numericMatrix(ds, ov);
  const G = groups.labels.length, n = ds.n;
  const count = new Int32Array(G), firstRow = new Int32Array(G), first = new Float64Array(G);
  const varies = new Uint8Array(G);
  const col = X === null ? new Float64Array(0) : new Float64Array(n);
  for (let j = 0; j < ov.length; j++) {
    count.fill(0);
    varies.fill(0);
    let values: Float64Array;
    if (X === null) values = direct[j]!.values as Float64Array;
    else { for (let r = 0; r < n; r++) col[r] = X.data[r * X.p + j]!; values = col; }
    let open = G; // groups not yet seen with two distinct values: once none is left the column passes
    for (let r = 0; r < n && open > 0; r++) {
      const g = groups.rowGroup[r]!;
      const v = values[r]!;
      if (g < 0 || Number.isNaN(v)) continue;
      if (count[g] === 0) { first[g] = v; firstRow[g] = r; } else if (v !== first[g] && varies[g] === 0) { varies[g] = 1; open--; }
      count[g]!++;
    }
    if (open === 0) continue;
    const column = ov[j]!;
    for (let g = 0; g < G; g++) {
      const group = G > 1 ? groups.labels[g]! : "";
      if (count[g] === 0) throw new DataError(message.dataNoObservedValues(column, group), { column });
      if (count[g] === 1) {
        throw new DataError(message.dataSingleValue(column, firstRow[g]! + 1, group), { column, row: firstRow[g]! + 1 });
      }
      if (varies[g] === 0) throw new DataError(message.dataConstantColumn(column, first[g]!, group), { column });
    }
  }
}
