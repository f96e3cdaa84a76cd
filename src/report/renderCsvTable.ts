import { TABLE_SHAPE, type ApaTable, type TableCell } from "./table.ts";
import { checkShape, checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of {@link tableToCsv}. */
export interface CsvTableOptions {
  /** "full" (default): numeric cells as their unrounded value; "display": the table's rounded text with ASCII minus. */
  readonly precision?: "full" | "display";
  /** Start with a UTF-8 byte-order mark so that Excel reads Chinese labels correctly (default false). */
  readonly bom?: boolean;
}

/** The accepted keys of `tableToCsv()` options. */
export const CSV_TABLE_OPTION_KEYS = optionKeys<CsvTableOptions>({ precision: true, bom: true });

/**
 * Quote one CSV field as RFC 4180 requires: fields holding a comma, double quote, CR or LF, or with leading or
 * trailing spaces, are wrapped in double quotes with inner quotes doubled. Text that a spreadsheet would run
 * as a formula (starting with = + - @ tab or CR, and not a number) gets a leading apostrophe (OWASP CSV injection).
 * Source: RFC 4180 §2 (rules 5–7); OWASP, "CSV Injection".
 * @param text the field
 * @returns the CSV field
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example csvField('say "hi", ok'); // "\"say \"\"hi\"\", ok\""
 */
export function csvField(text: string): string {
  checkArg("csvField", "text", text, "string");
  let s = text;
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?(\d|\.\d)/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const cellCsv = (c: TableCell, precision: "full" | "display"): string => {
  if (c.value !== undefined && precision === "full") return String(c.value);
  return csvField(c.text.replace(/−/g, "-"));
};

/**
 * Render an APA table as CSV (RFC 4180, CRLF line ends): the column heads, then one line per row; a section row
 * is its label followed by empty fields. Title and notes are left out, so the file is a plain data table.
 * @param table the table model
 * @param options precision ("full" | "display"), bom
 * @returns CSV text
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example tableToCsv(t).split("\r\n")[0]; // the header line
 */
export function tableToCsv(table: ApaTable, options: CsvTableOptions = {}): string {
  checkShape("tableToCsv", "table", table, TABLE_SHAPE);
  checkOptionsObject("tableToCsv", options);
  options = checkOptionKeys("tableToCsv", options, CSV_TABLE_OPTION_KEYS);
  const precision = options.precision ?? "full";
  const k = table.columns.length;
  const lines = [table.columns.map((c) => csvField(c.label)).join(",")];
  for (const row of table.rows) {
    lines.push(row.kind === "section" ? [csvField(row.label), ...Array<string>(k - 1).fill("")].join(",") : row.cells.map((c) => cellCsv(c, precision)).join(","));
  }
  return (options.bom === true ? "\ufeff" : "") + lines.join("\r\n") + "\r\n";
}
