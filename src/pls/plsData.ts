import type { DataInput } from "../data/toDataset.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { prepareDataset } from "../sem/prepareDataset.ts";

/** Raw item data ready for PLS. */
export interface PlsData {
  /** Row-major n × q raw values of the items (missing values replaced or rows dropped). */
  readonly x: Float64Array;
  readonly n: number;
  readonly items: readonly string[];
  /** 0-based rows of the input that were used. */
  readonly rows: Int32Array;
  readonly method: "mean" | "listwise";
  /** The values before mean replacement (NaN for missing), when any were replaced; bootstrap draws resample these
   * and replace again within the draw, as seminr does. */
  readonly raw: Float64Array | null;
  readonly rowsDropped: number;
  readonly valuesReplaced: number;
  readonly warnings: readonly string[];
}

/**
 * Read the items of a PLS model from any data input, with `sem()`'s `reverse`/`scale`/`missingCodes`, and
 * handle missing values as seminr does: mean replacement by default (each missing value becomes the mean of
 * the item's observed values), or listwise deletion. Replaced values and dropped rows are counted in warnings.
 * Source: seminr 2.3.2 `R/clean_data.R` (`mean_replacement`), `R/estimate_pls.R` (`na.omit` after it).
 * @param data - CSV text, row objects, columns, a Dataset or a DataFrame-like object
 * @param items - the indicator names
 * @param options - reverse, scale, missing codes and the missing-data method
 * @returns the data matrix and what was done to it
 * @throws UnknownColumnError for an unknown item; DataError for text in an item column or fewer than 3 usable rows
 * @example
 * plsData(csv, ["sat1", "sat2"], { missing: "listwise" }).rowsDropped;
 */
export function plsData(
  data: DataInput,
  items: readonly string[],
  options: { reverse?: readonly string[]; scale?: { min: number; max: number }; missingCodes?: readonly string[]; missing?: "mean" | "listwise" } = {},
): PlsData {
  const ds = prepareDataset(data, options);
  const method = options.missing ?? "mean";
  const warnings: string[] = [];
  const mat = numericMatrix(ds, items, { missing: method === "listwise" ? "listwise" : "keep" });
  const { n, p } = mat;
  const x = mat.data;
  let valuesReplaced = 0;
  const before = method === "mean" ? Float64Array.from(x) : null;
  if (method === "mean") {
    let itemsWith = 0;
    for (let j = 0; j < p; j++) {
      let s = 0, c = 0;
      for (let i = 0; i < n; i++) { const v = x[i * p + j] as number; if (!Number.isNaN(v)) { s += v; c++; } }
      if (c === n) continue;
      if (c === 0) throw new DataError(message.dataNoValues(items[j] as string), { column: items[j] as string });
      itemsWith++;
      const mean = s / c;
      for (let i = 0; i < n; i++) if (Number.isNaN(x[i * p + j] as number)) { x[i * p + j] = mean; valuesReplaced++; }
    }
    if (valuesReplaced > 0) warnings.push(message.plsMeanReplaced(valuesReplaced, itemsWith));
  }
  const rowsDropped = ds.n - n;
  if (rowsDropped > 0) warnings.push(message.plsListwise(rowsDropped, ds.n));
  if (n < 3) throw new DataError(message.plsTooFewRows(n));
  return { x, n, items: [...items], rows: mat.rows, method, raw: valuesReplaced > 0 ? before : null, rowsDropped, valuesReplaced, warnings };
}
