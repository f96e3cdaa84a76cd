/**
 * The number of data rows that belong to each group before any row is dropped for missing values (lavaan's
 * `norig`, printed as "Total" next to "Used" in `summary(fit)` when listwise deletion dropped rows). Rows with a
 * missing group label belong to no group and are not counted.
 * Source: lavaan 0.6-14 lav_data_full (norig), lav_data_print_short ("Used" / "Total").
 * @param n number of data rows
 * @param groupCount number of groups
 * @param rowGroup each row's 0-based group (−1 for none); undefined for one group
 * @returns rows per group
 * @example
 * rowTotals(480, 1, undefined); // [480]
 */
export function rowTotals(n: number, groupCount: number, rowGroup: Int32Array | undefined): number[] {
  if (rowGroup === undefined) return [n];
  const out = new Array<number>(groupCount).fill(0);
  for (let r = 0; r < n; r++) { const g = rowGroup[r]!; if (g >= 0 && g < groupCount) out[g]!++; }
  return out;
}
