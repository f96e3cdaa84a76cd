import { readFileBytes } from "./readFileBytes.ts";
import { createRequire } from "node:module";
import type { Column, Dataset } from "../data/types.ts";
import { toDataset } from "../data/toDataset.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { unknownColumn } from "../data/unknownColumn.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of {@link readSav}. */
export interface SavOptions {
  /**
   * Columns whose numeric codes are replaced by their value labels, e.g. `["gender", "platform"]`, so that
   * group names (not codes) show in tables and multi-group output. Default: none; every numeric variable
   * keeps its codes (Likert items must stay numeric) and its labels stay in `valueLabels`.
   */
  readonly asText?: readonly string[];
}

/** The accepted keys of `readSav()` options. */
export const SAV_OPTION_KEYS = optionKeys<SavOptions>({ asText: true });

/** A data set read from an SPSS file, with its variable and value labels. */
export interface LabelledDataset extends Dataset {
  /** Variable labels (e.g. the item wording) by column; columns without one are absent. */
  readonly variableLabels: ReadonlyMap<string, string>;
  /**
   * Value labels by column, code → label (e.g. sq1: 1 → "strongly disagree", …, 5 → "strongly agree"), kept for
   * every labelled variable, also those turned into text with `asText`. Labels of user-missing codes are left out.
   */
  readonly valueLabels: ReadonlyMap<string, ReadonlyMap<number | string, string>>;
  /** Codes without a label in `asText` columns, `asText` columns without labels. */
  readonly warnings: string[];
}

interface SavVar {
  readonly name: string;
  readonly type: number;
  readonly label: string | null;
  readonly missing: unknown;
}
interface SavMetaLike {
  readonly sysvars: readonly SavVar[];
  getValueLabels(name: string): readonly { val: number | string; label: string }[] | null | undefined;
}
interface SavReaderLike {
  readonly meta: SavMetaLike;
  open(): Promise<void>;
  readAllRows(includeNulls?: boolean): Promise<Record<string, unknown>[]>;
}
type SavModule = { SavBufferReader: new (buffer: Uint8Array) => SavReaderLike };

/** sav-reader is CommonJS with a require-only export map, so it is loaded with require. */
const loadSavReader = (): SavModule => createRequire(import.meta.url)("sav-reader") as SavModule;

/**
 * Read an SPSS / PSPP system file (`.sav`) into a {@link Dataset} (Node only; uses sav-reader). Numeric
 * variables become numeric columns, string variables text columns (trailing padding removed). System-missing
 * values and the variable's declared user-missing values (discrete codes and ranges, e.g. 9 or 97–99) become
 * missing. Variable labels and value labels are kept; `asText` turns the codes of the named columns into their
 * labels (e.g. gender 1/2 → "female"/"male").
 * Source: the system-file format as documented by GNU PSPP ("System File Format", PSPP developers' guide).
 * @param file - path of the .sav file, or its bytes
 * @param options - `asText`: columns whose codes become their value labels
 * @returns the data set with `variableLabels`, `valueLabels` and `warnings`
 * @throws DataError when the file cannot be read or is not a system file; UnknownColumnError when `asText`
 *   names a column that is not in the file
 * @example
 * const ds = await readSav("survey.sav", { asText: ["gender", "platform"] });
 * alpha(ds, { items: "sat*" });
 * ds.valueLabels.get("sat1")?.get(5); // "strongly agree"
 */
export async function readSav(file: string | Uint8Array, options: SavOptions = {}): Promise<LabelledDataset> {
  checkOptionsObject("readSav", options);
  options = checkOptionKeys("readSav", options, SAV_OPTION_KEYS);
  const { bytes, label } = await readFileBytes(file, "sav data");
  let reader: SavReaderLike;
  let rows: Record<string, unknown>[];
  try {
    const { SavBufferReader } = loadSavReader();
    reader = new SavBufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    await reader.open();
    rows = await reader.readAllRows(true);
  } catch (e) {
    throw new DataError(message.dataFileUnreadable(label, message.savNotSav((e as Error).message)));
  }
  const vars = reader.meta.sysvars;
  const names = vars.map((v) => v.name);
  const asText = options.asText ?? [];
  for (const name of asText) {
    if (!names.includes(name)) throw unknownColumn(name, names);
  }

  const variableLabels = new Map<string, string>();
  const valueLabels = new Map<string, Map<number | string, string>>();
  const warnings: string[] = [];
  const columns: Record<string, unknown[]> = {};
  for (const v of vars) {
    if (v.label !== null && v.label !== undefined && v.label.trim() !== "") variableLabels.set(v.name, v.label.trim());
    const isString = v.type !== 0;
    const isMissing = isString ? (): boolean => false : userMissing(v.missing);
    const labels = new Map<number | string, string>();
    for (const e of reader.meta.getValueLabels(v.name) ?? []) {
      const code = typeof e.val === "string" ? trimPadding(e.val) : e.val;
      if (typeof code === "number" && isMissing(code)) continue;
      labels.set(code, e.label.trim());
    }
    if (labels.size > 0) valueLabels.set(v.name, labels);
    const values = rows.map((row) => {
      const x = row[v.name];
      if (x === null || x === undefined) return null;
      if (typeof x === "string") return trimPadding(x);
      return typeof x === "number" && (Number.isNaN(x) || isMissing(x)) ? null : x;
    });
    columns[v.name] = asText.includes(v.name) ? labelled(v.name, values, labels, warnings) : values;
  }

  let ds: Dataset;
  try {
    // Only system- and user-missing values are missing: "" and "NA" in a string variable count as missing
    // as everywhere in semkit, but no numeric code does.
    ds = toDataset(columns);
  } catch (e) {
    if (e instanceof DataError) throw new DataError(message.dataInFile(label, e.message), e.column !== undefined ? { column: e.column } : {});
    throw e;
  }
  // asText columns stay text even when their labels (or unlabelled codes) read as numbers.
  const cols = new Map<string, Column>(
    names.map((n) => [n, asText.includes(n) ? { kind: "text", values: columns[n]! as (string | null)[] } : ds.columns.get(n)!]),
  );
  return { names, n: rows.length, columns: cols, variableLabels, valueLabels, warnings };
}

/** String values and string value-label codes are padded with blanks (and, in label records, NUL bytes). */
function trimPadding(s: string): string {
  return s.replace(/[\0 ]+$/, "");
}

/** The test for a variable's user-missing values, from sav-reader's `missing` field. */
function userMissing(spec: unknown): (x: number) => boolean {
  if (typeof spec === "number") return (x) => x === spec;
  if (Array.isArray(spec)) return (x) => spec.includes(x);
  if (spec !== null && typeof spec === "object") {
    const o = spec as { min?: number; max?: number; value?: number; values?: number[] };
    const lo = o.min ?? Infinity;
    const hi = o.max ?? -Infinity;
    return (x) => (x >= lo && x <= hi) || x === o.value || (o.values?.includes(x) ?? false);
  }
  return () => false;
}

/** Replace codes by labels; codes without a label are kept as their text, with one warning per column. */
function labelled(name: string, values: unknown[], labels: ReadonlyMap<number | string, string>, warnings: string[]): unknown[] {
  if (labels.size === 0) {
    warnings.push(message.savNoValueLabels(name));
    return values.map((x) => (x === null ? null : String(x)));
  }
  const unlabelled = new Set<string>();
  const out = values.map((x) => {
    if (x === null) return null;
    const l = labels.get(x as number | string);
    if (l !== undefined) return l;
    unlabelled.add(String(x));
    return String(x);
  });
  if (unlabelled.size > 0) warnings.push(message.savUnlabelledCodes(name, [...unlabelled]));
  return out;
}
