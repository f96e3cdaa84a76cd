import { DataError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { describeValue } from "../text/describeValue.ts";

/** What an argument of a public function must be, checked shallowly (no per-element scans). */
export type ArgKind =
  | "dataset" | "string" | "names" | "object" | "array" | "matrix" | "float64" | "number" | "function" | "boolean"
  | "arraylike" | "uint8";

const EXPECTED: Record<ArgKind, string> = {
  dataset: "a Dataset (from parseCsv or toDataset)",
  string: "a string",
  names: "an array of column names (strings)",
  object: "an object",
  array: "an array",
  matrix: "a matrix (an array of rows, each an array of numbers)",
  float64: "a Float64Array",
  number: "a number",
  function: "a function",
  boolean: "true or false",
  arraylike: "an array or typed array of numbers",
  uint8: "a Uint8Array",
};

/**
 * Whether a value is of the kind a public function expects. Shallow on purpose: a matrix is an array whose
 * rows are arrays (the entries are not scanned), a Dataset has names, n and a columns Map.
 * @param value any value
 * @param kind the expected kind
 * @returns true when `value` is of that kind
 * @example
 * isKind([[1, 0], [0, 1]], "matrix"); // true
 */
export function isKind(value: unknown, kind: ArgKind): boolean {
  switch (kind) {
    case "dataset": {
      const d = value as { names?: unknown; n?: unknown; columns?: unknown } | null;
      return d !== null && typeof d === "object" && Array.isArray(d.names) && typeof d.n === "number" && d.columns instanceof Map;
    }
    case "string": return typeof value === "string";
    case "names": return Array.isArray(value) && value.every((x) => typeof x === "string");
    case "object": return value !== null && typeof value === "object" && !Array.isArray(value);
    case "array": return Array.isArray(value);
    case "matrix": return Array.isArray(value) && value.every((r) => Array.isArray(r) || r instanceof Float64Array);
    case "float64": return value instanceof Float64Array;
    case "number": return typeof value === "number";
    case "function": return typeof value === "function";
    case "boolean": return typeof value === "boolean";
    case "arraylike": return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
    case "uint8": return value instanceof Uint8Array;
  }
}

/**
 * Checks one argument of a public function, for JavaScript callers without type checking: a wrong value
 * ends in a typed error naming the function and the argument, never in "Cannot read properties of
 * undefined". Not a numerical check: lengths and values are the function's own business.
 * @param fn the public function's name, for the message
 * @param arg the argument's name (or path, e.g. "fit.measures"), for the message
 * @param value the value as passed
 * @param kind what it must be
 * @param optional when true, undefined is accepted
 * @throws DataError when a Dataset is expected; OptionError otherwise
 * @example
 * checkArg("reverseCode", "names", undefined, "names");
 * // OptionError: reverseCode(): names must be an array of column names (strings), got undefined
 */
export function checkArg(fn: string, arg: string, value: unknown, kind: ArgKind, optional = false): void {
  if (optional && value === undefined) return;
  if (isKind(value, kind)) return;
  const text = message.argType(fn, arg, EXPECTED[kind], describeValue(value));
  throw kind === "dataset" ? new DataError(text) : new OptionError(text);
}

/**
 * The shape of an argument for `checkShape`: a kind ("number", "names", …; a trailing "?" accepts undefined),
 * an object of field shapes (the value must be an object with those fields), a one-element array `[shape]`
 * (an array whose every element has that shape), or `optional(shape)`.
 */
export type Shape = ArgKind | `${ArgKind}?` | readonly [Shape] | { readonly [field: string]: Shape } | Optional;

/** Marks a nested shape as optional (undefined accepted). */
export class Optional {
  constructor(readonly shape: Shape) {}
}

/**
 * A nested shape that may be absent.
 * @param shape the shape when present
 * @returns the optional shape
 * @example
 * checkShape("f", "fit", fit, { measures: optional({ cfi: "number" }) });
 */
export function optional(shape: Shape): Optional {
  return new Optional(shape);
}

/**
 * Checks an argument against a shape (see `Shape`), for public functions that take results or records
 * (a fit, an APA table, rows of estimates): `{}` or a wrong element ends in a typed error naming the path
 * of the first field of the wrong kind (e.g. "table.rows[2].cells"). Shallow in the values themselves: it
 * checks what the function reads, not lengths or numbers.
 * @param fn the public function's name
 * @param arg the argument's name (the root of the path in the message)
 * @param value the value as passed
 * @param shape what it must look like
 * @throws OptionError at the first field of the wrong kind (DataError where a Dataset is expected)
 * @example
 * checkShape("textTable", "rows", [["a", 1]], [["string"]]);
 * // OptionError: textTable(): rows[0][1] must be a string, got number 1
 */
export function checkShape(fn: string, arg: string, value: unknown, shape: Shape): void {
  if (shape instanceof Optional) {
    if (value !== undefined) checkShape(fn, arg, value, shape.shape);
  } else if (typeof shape === "string") {
    const opt = shape.endsWith("?");
    checkArg(fn, arg, value, (opt ? shape.slice(0, -1) : shape) as ArgKind, opt);
  } else if (Array.isArray(shape)) {
    if (!Array.isArray(value)) checkArg(fn, arg, value, "array");
    const el = (shape as readonly [Shape])[0];
    (value as unknown[]).forEach((v, k) => checkShape(fn, `${arg}[${k}]`, v, el));
  } else {
    checkArg(fn, arg, value, "object");
    const o = value as Record<string, unknown>;
    for (const [field, sub] of Object.entries(shape as Record<string, Shape>)) checkShape(fn, `${arg}.${field}`, o[field], sub);
  }
}

/**
 * Checks that an argument is an object with the named fields of the given kinds (e.g. a fit result passed
 * to a chart), so that `{}` gives a typed error naming the missing field.
 * @param fn the public function's name
 * @param arg the argument's name
 * @param value the value as passed
 * @param fields field name → kind; a kind ending in "?" accepts undefined
 * @throws OptionError when the value is not an object or a field is of the wrong kind
 * @example
 * checkFields("fitIndexChart", "fit", {}, { measures: "object" });
 * // OptionError: fitIndexChart(): fit.measures must be an object, got undefined
 */
export function checkFields(fn: string, arg: string, value: unknown, fields: Record<string, ArgKind | `${ArgKind}?`>): void {
  checkShape(fn, arg, value, fields);
}
