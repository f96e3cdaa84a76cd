import type { Dataset } from "./types.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { unknownColumns } from "./unknownColumn.ts";
import { numericColumn } from "./numericColumn.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { optionKeys } from "../options/optionKeys.ts";

/** A numeric data matrix cut from a data set. */
export interface NumericMatrix {
  /** Row-major n × p values; NaN marks a missing value. */
  readonly data: Float64Array;
  /** Number of rows kept. */
  readonly n: number;
  /** Number of columns. */
  readonly p: number;
  /** Column names, in matrix order. */
  readonly names: string[];
  /** 0-based index in the data set of each kept row. */
  readonly rows: Int32Array;
}

/** Options of `numericMatrix()`. */
export interface NumericMatrixOptions {
  /** "listwise" drops rows with a missing value; "keep" (default) keeps them as NaN. */
  readonly missing?: "listwise" | "keep";
}

/** The accepted keys of `numericMatrix()` options. */
export const NUMERIC_MATRIX_OPTION_KEYS = optionKeys<NumericMatrixOptions>({ missing: true });

/**
 * Extract named numeric columns as a row-major matrix.
 * With `missing: "listwise"` rows with any missing value among these columns are dropped (complete cases,
 * as R's `na.omit`); with `"keep"` (default) all rows are kept and missing values stay NaN.
 * @param ds - the data set
 * @param names - column names, in the wanted order
 * @param options - missing-data handling
 * @returns data, n, p, names and the original (0-based) row index of each kept row
 * @throws DataError when ds is not a Dataset; OptionError when names is not an array of strings or options not an object;
 *   UnknownColumnError for a name not in the data; DataError naming the column, the first offending
 *   row (1-based) and its value when a column holds text
 * @example
 * const { data, n, p } = numericMatrix(ds, ["sat1", "sat2"], { missing: "listwise" });
 */
export function numericMatrix(
  ds: Dataset,
  names: readonly string[],
  options: NumericMatrixOptions = {},
): NumericMatrix {
  checkArg("numericMatrix", "ds", ds, "dataset");
  checkArg("numericMatrix", "names", names, "names");
  checkOptionsObject("numericMatrix", options);
  options = checkOptionKeys("numericMatrix", options, NUMERIC_MATRIX_OPTION_KEYS);
  const p = names.length;
  const missingNames = names.filter((name) => !ds.columns.has(name));
  if (missingNames.length > 0) throw unknownColumns([...new Set(missingNames)], ds.names);
  const cols: Float64Array[] = names.map((name) => numericColumn(ds, name));
  const n0 = ds.n;
  let keep: Int32Array;
  if (options.missing === "listwise") {
    const idx: number[] = [];
    for (let i = 0; i < n0; i++) {
      let ok = true;
      for (let j = 0; j < p && ok; j++) if (Number.isNaN((cols[j] as Float64Array)[i])) ok = false;
      if (ok) idx.push(i);
    }
    keep = Int32Array.from(idx);
  } else {
    keep = new Int32Array(n0);
    for (let i = 0; i < n0; i++) keep[i] = i;
  }
  const n = keep.length;
  const data = new Float64Array(n * p);
  // row by row, so that the writes are sequential; every row kept needs no index lookup
  if (n === n0) {
    for (let r = 0, k = 0; r < n; r++) for (let j = 0; j < p; j++, k++) data[k] = cols[j]![r]!;
  } else {
    for (let r = 0, k = 0; r < n; r++) { const i = keep[r]!; for (let j = 0; j < p; j++, k++) data[k] = cols[j]![i]!; }
  }
  return { data, n, p, names: [...names], rows: keep };
}

