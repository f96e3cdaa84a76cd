import type { Dataset } from "./types.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { unknownColumn } from "./unknownColumn.ts";
import { parseNumber } from "./parseNumber.ts";

/**
 * The values of a column as numbers, missing values as NaN: a numeric column as it is stored (not a copy), a text
 * column parsed when every value is a number.
 * @param ds data set
 * @param name column name
 * @returns the column's values
 * @throws UnknownColumnError for a name not in the data; DataError naming column, row and value for a text value
 *   that is not a number
 * @example
 * numericColumn(toDataset({ a: [1, 2, null] }), "a"); // Float64Array [1, 2, NaN]
 */
export function numericColumn(ds: Dataset, name: string): Float64Array {
  const col = ds.columns.get(name);
  if (col === undefined) throw unknownColumn(name, ds.names);
  if (col.kind === "numeric") return col.values;
  const out = new Float64Array(ds.n);
  for (let i = 0; i < ds.n; i++) {
    const v = col.values[i];
    if (v === null || v === undefined) {
      out[i] = NaN;
      continue;
    }
    const x = parseNumber(v);
    if (!Number.isFinite(x)) throw new DataError(message.dataNotANumber(name, i + 1, v), { column: name, row: i + 1 });
    out[i] = x;
  }
  return out;
}
