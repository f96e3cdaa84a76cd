import type { Dataset } from "../data/types.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Checks that the data have rows to analyse before any column is examined, so that a header-only file, a single
 * row or a group of one row is reported as such rather than as a column without variance.
 * @param ds data set
 * @param groups group labels and each row's 0-based group (−1: no group value)
 * @param group the grouping column, when there is one
 * @throws DataError when there are no rows, no row with a group value, only one row, or a group with only one row
 * @example
 * checkRowCounts(parseCsv("a,b\n"), groupLabels(ds, undefined)); // throws: the data have no rows
 */
export function checkRowCounts(ds: Dataset, groups: { labels: readonly string[]; rowGroup: Int32Array }, group?: string): void {
  if (ds.n === 0) throw new DataError(message.dataNoRows);
  if (group !== undefined && groups.labels.length === 0) throw new DataError(message.dataGroupNoValues(group), { column: group });
  const counts = new Array<number>(groups.labels.length).fill(0);
  for (let r = 0; r < ds.n; r++) { const g = groups.rowGroup[r]!; if (g >= 0) counts[g]!++; }
  if (ds.n === 1) throw new DataError(message.dataOneRow(""));
  counts.forEach((c, g) => {
    if (c === 1) throw new DataError(message.dataOneRow(group !== undefined ? groups.labels[g]! : ""));
  });
}
