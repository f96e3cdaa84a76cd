import type { Dataset } from "../data/types.ts";
import { unknownColumn } from "../data/unknownColumn.ts";

/**
 * Ordinal variables and their number of thresholds (distinct observed values − 1), as lavaan reads
 * `ordered =` against the data: `true` means every observed variable of the model.
 * @param ds data set
 * @param ov the model's observed variables
 * @param ordered true, or the names of the ordinal variables
 * @returns variable → number of thresholds
 * @throws UnknownColumnError for a name not in the data
 * @example
 * orderedLevels(ds, ["sat1", "sat2"], true); // Map { sat1 → 4, sat2 → 4 } for 5-point items
 */
export function orderedLevels(ds: Dataset, ov: readonly string[], ordered: boolean | readonly string[]): Map<string, number> {
  const names = ordered === true ? ov : ordered === false ? [] : ordered;
  const out = new Map<string, number>();
  for (const name of names) {
    const col = ds.columns.get(name);
    if (col === undefined) throw unknownColumn(name, ds.names);
    const values = new Set<number | string>();
    for (const v of col.values) if (v !== null && !(typeof v === "number" && Number.isNaN(v))) values.add(v);
    out.set(name, Math.max(values.size - 1, 1));
  }
  return out;
}
