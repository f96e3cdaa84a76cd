import type { Column, Dataset } from "./types.ts";
import type { CsvOptions } from "./csvOptions.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { parseCsv } from "./parseCsv.ts";
import { makeMissingTest } from "./missingCodes.ts";
import { applyMissingCodes } from "./applyMissingCodes.ts";
import { buildColumn } from "./buildColumn.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { CSV_OPTION_KEYS } from "./csvOptions.ts";
import { applyAnswerLabels } from "./answerLabels.ts";

/** A danfo.js-like data frame: column names and an array of rows. */
export interface DanfoLike {
  readonly columns: readonly string[];
  readonly values: readonly (readonly unknown[])[];
}

/** An arquero-like table: column names and column access by name. */
export interface ArqueroLike {
  columnNames(): readonly string[];
  array(name: string): ArrayLike<unknown>;
}

/** Every data shape semkit accepts. */
export type DataInput =
  | Dataset
  | string
  | readonly Record<string, unknown>[]
  | Record<string, ArrayLike<unknown>>
  | DanfoLike
  | ArqueroLike;

/**
 * Convert any supported data shape into a {@link Dataset}. Shapes are recognised by duck typing (no
 * dependency on danfo.js or arquero):
 * - a Dataset (returned as is);
 * - CSV text (read with {@link parseCsv});
 * - an array of row objects (columns: keys of the first row, then any new keys of later rows, in order);
 * - an object of columns (`{ sat1: [..], sat2: Float64Array }`);
 * - danfo-like `{ columns: string[], values: unknown[][] }`;
 * - arquero-like `{ columnNames(), array(name) }`.
 *
 * Missing values (null, undefined, NaN, "", "NA" and `options.missing` codes) become NaN in numeric
 * columns and null in text columns. Numbers written as strings are parsed. A column with any non-numeric
 * value becomes a text column (an error follows only if it is used as an item, see `numericMatrix`).
 *
 * @param input - the data
 * @param options - CSV options; `missing` and `decimal` also apply to strings in the other shapes
 * @returns the data set
 * @throws DataError for an unsupported shape, columns of unequal length, or CSV errors (see parseCsv); OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * toDataset([{ sat1: 4, sat2: "5" }, { sat1: null, sat2: 3 }]).columns.get("sat1")
 * // { kind: "numeric", values: Float64Array [4, NaN] }
 */
export function toDataset(input: DataInput, options: CsvOptions = {}): Dataset {
  checkOptionsObject("toDataset", options);
  options = checkOptionKeys("toDataset", options, CSV_OPTION_KEYS);
  if (options.labels !== undefined) {
    const { labels, ...rest } = options;
    return applyAnswerLabels(toDataset(input, rest), labels);
  }
  if (typeof input === "string") return parseCsv(input, options);
  if (input === null || typeof input !== "object") {
    throw new DataError(message.dataUnsupportedInput(input === null ? "null" : typeof input));
  }
  const decimal = options.decimal ?? ".";
  const missing = makeMissingTest(options.missing, decimal);
  const build = (names: readonly string[], get: (name: string, j: number) => ArrayLike<unknown>): Dataset => {
    const columns = new Map<string, Column>();
    let n = -1;
    names.forEach((name, j) => {
      if (columns.has(name)) {
        throw new DataError(message.dataDuplicateColumn(name, names.indexOf(name) + 1, j + 1), { column: name });
      }
      const values = get(name, j);
      if (n < 0) n = values.length;
      else if (values.length !== n) throw new DataError(message.dataColumnLength(name, values.length, n), { column: name });
      columns.set(name, buildColumn(values, missing, decimal));
    });
    return { names: [...names], n: Math.max(n, 0), columns };
  };

  if (isDataset(input)) return applyMissingCodes(input, options.missing ?? [], decimal);
  if (Array.isArray(input)) return fromRows(input as readonly unknown[], build);
  const obj = input as Record<string, unknown>;
  if (isDanfoLike(obj)) {
    const { columns, values } = obj;
    values.forEach((row, i) => {
      if (row.length !== columns.length) throw new DataError(message.dataRowLength(i + 1, row.length, columns.length), { row: i + 1 });
    });
    return build(columns, (_name, j) => values.map((row) => row[j]));
  }
  if (typeof obj["columnNames"] === "function" && typeof obj["array"] === "function") {
    const t = obj as unknown as ArqueroLike;
    return build(t.columnNames(), (name) => t.array(name));
  }
  const keys = Object.keys(obj);
  for (const k of keys) {
    if (!isArrayLike(obj[k])) throw new DataError(message.dataUnsupportedInput(`property ${JSON.stringify(k)} is not an array`));
  }
  return build(keys, (name) => obj[name] as ArrayLike<unknown>);
}

function fromRows(
  rows: readonly unknown[],
  build: (names: readonly string[], get: (name: string, j: number) => ArrayLike<unknown>) => Dataset,
): Dataset {
  const names: string[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      throw new DataError(message.dataUnsupportedInput(`row ${i + 1} is not an object`), { row: i + 1 });
    }
    for (const k of Object.keys(row)) {
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
    }
  });
  const has = Object.prototype.hasOwnProperty;
  return build(names, (name) =>
    rows.map((row) => (has.call(row, name) ? (row as Record<string, unknown>)[name] : undefined)),
  );
}

function isDataset(x: object): x is Dataset {
  const d = x as Partial<Dataset>;
  return d.columns instanceof Map && Array.isArray(d.names) && typeof d.n === "number";
}

function isDanfoLike(x: Record<string, unknown>): x is Record<string, unknown> & DanfoLike {
  const columns = x["columns"];
  const values = x["values"];
  return (
    Array.isArray(columns) &&
    columns.every((c) => typeof c === "string") &&
    Array.isArray(values) &&
    values.every((r) => Array.isArray(r))
  );
}

function isArrayLike(x: unknown): x is ArrayLike<unknown> {
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return true;
  return x !== null && typeof x === "object" && typeof (x as { length?: unknown }).length === "number";
}
