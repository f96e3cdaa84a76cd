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
  const X = numericMatrix(ds, ov);
  const G = groups.labels.length;
  const count = new Int32Array(G), firstRow = new Int32Array(G), first = new Float64Array(G);
  const varies = new Uint8Array(G);
  for (let j = 0; j < X.p; j++) {
    count.fill(0);
    varies.fill(0);
    for (let r = 0; r < X.n; r++) {
      const g = groups.rowGroup[r]!;
      const v = X.data[r * X.p + j]!;
      if (g < 0 || Number.isNaN(v)) continue;
      if (count[g] === 0) { first[g] = v; firstRow[g] = r; } else if (v !== first[g]) varies[g] = 1;
      count[g]!++;
    }
    const column = X.names[j]!;
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
