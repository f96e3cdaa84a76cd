import { readFileBytes } from "./readFileBytes.ts";
import ExcelJS from "exceljs";
import type { Dataset } from "../data/types.ts";
import type { CsvOptions } from "../data/csvOptions.ts";
import { toDataset } from "../data/toDataset.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { excelCellValue } from "../data/excelCellValue.ts";

/** Options of {@link readXlsx}. */
export interface XlsxOptions {
  /** Worksheet to read: its name or 1-based position in the workbook (default: the first sheet). */
  readonly sheet?: string | number;
  /** 1-based row that holds the column names (default 1); data start on the row below. */
  readonly headerRow?: number;
  /** Missing-value codes, as for CSV (e.g. `[-99, "n/a"]`); empty cells, "" and "NA" are always missing. */
  readonly missing?: CsvOptions["missing"];
  /** Answer texts to numbers, as for CSV (e.g. `"zh5"` for 非常不同意 … 非常同意). */
  readonly labels?: CsvOptions["labels"];
}

/** The accepted keys of `readXlsx()` options. */
export const XLSX_OPTION_KEYS = optionKeys<XlsxOptions>({ sheet: true, headerRow: true, missing: true, labels: true });

/** A data set read from a worksheet: the sheet's name and what was left out on the way. */
export interface SheetDataset extends Dataset {
  /** Name of the worksheet that was read. */
  readonly sheet: string;
  /** Cells read as missing (Excel errors such as #DIV/0!), skipped empty rows, cells right of the header. */
  readonly warnings: string[];
}

type Cell = { readonly value: unknown; readonly address: string };

/**
 * Read one worksheet of an Excel `.xlsx` workbook into a {@link Dataset} (Node only; uses exceljs). The header
 * row names the columns; every row below it is a case. Numbers stay numbers, text stays text, a formula gives
 * its cached result, rich text and hyperlinks give their text, dates become ISO 8601 text (YYYY-MM-DD, or the
 * full timestamp when it has a time), and Excel errors (#N/A, #DIV/0!, …) become missing values with a
 * warning. Rows with no value at all are skipped (with a warning that names them). Columns are then typed as
 * CSV columns are (see `toDataset`): a column is numeric when every non-missing cell is a number.
 * Source: Office Open XML SpreadsheetML (ECMA-376, Part 1, §18.3 Worksheets), as read by exceljs.
 * @param file - path of the .xlsx file, or its bytes
 * @param options - `sheet` (name or 1-based index), `headerRow` (default 1), `missing` codes
 * @returns the data set, with the sheet name and `warnings`
 * @throws DataError when the file cannot be read as .xlsx, the sheet does not exist, `headerRow` is not a
 *   positive whole number, or the header row is empty or has an empty or repeated column name
 * @example
 * const ds = await readXlsx("survey.xlsx", { sheet: "responses" });
 * alpha(ds, { items: "sat*" });
 */
export async function readXlsx(file: string | Uint8Array, options: XlsxOptions = {}): Promise<SheetDataset> {
  checkOptionsObject("readXlsx", options);
  options = checkOptionKeys("readXlsx", options, XLSX_OPTION_KEYS);
  const { bytes, label } = await readFileBytes(file, "xlsx data");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new DataError(message.dataFileUnreadable(label, message.xlsxNotXlsx((e as Error).message)));
  }
  const sheets = wb.worksheets;
  const want = options.sheet ?? 1;
  const ws = typeof want === "number" ? sheets[want - 1] : sheets.find((s) => s.name === want);
  if (ws === undefined) throw new DataError(message.xlsxNoSheet(String(want), sheets.map((s) => s.name)));
  const headerRow = options.headerRow ?? 1;
  if (!Number.isInteger(headerRow) || headerRow < 1) throw new DataError(message.xlsxBadHeaderRow(headerRow));

  const warnings: string[] = [];
  const header = ws.getRow(headerRow);
  const names: string[] = [];
  header.eachCell({ includeEmpty: true }, (cell, col) => {
    const v = excelCellValue(cell.value);
    names[col - 1] = v === null ? "" : String(v).trim();
  });
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  if (names.length === 0) throw new DataError(message.xlsxEmptySheet(ws.name, headerRow));
  names.forEach((name, j) => {
    if (name === "" || name === undefined) {
      throw new DataError(message.xlsxEmptyHeader(ws.name, columnLetter(j + 1) + headerRow, j + 1));
    }
  });

  const rows: unknown[][] = [];
  const skipped: number[] = [];
  let lastFilled = headerRow;
  let outside = 0;
  let firstOutside = "";
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: unknown[] = new Array<unknown>(names.length).fill(null);
    let any = false;
    row.eachCell((cell, col) => {
      if (col > names.length) {
        if (excelCellValue(cell.value) !== null) {
          if (outside === 0) firstOutside = cell.address;
          outside++;
        }
        return;
      }
      const v = cellValue(cell, ws.name, warnings, { column: names[col - 1]!, row: rows.length + 1 });
      values[col - 1] = v;
      if (v !== null) any = true;
    });
    if (any) {
      rows.push(values);
      lastFilled = r;
    } else skipped.push(r);
  }
  // Empty rows after the last case are formatting leftovers, not skipped cases.
  const inner = skipped.filter((r) => r < lastFilled);
  if (inner.length > 0) warnings.push(message.xlsxEmptyRows(ws.name, inner));
  if (outside > 0) warnings.push(message.xlsxOutsideHeader(ws.name, firstOutside, outside));

  const csv: CsvOptions = { ...(options.missing !== undefined ? { missing: options.missing } : {}), ...(options.labels !== undefined ? { labels: options.labels } : {}) };
  let ds: Dataset;
  try {
    ds = toDataset({ columns: names, values: rows }, csv);
  } catch (e) {
    if (e instanceof DataError) throw new DataError(message.dataInFile(label, e.message), whereOf(e));
    throw e;
  }
  return { names: ds.names, n: ds.n, columns: ds.columns, sheet: ws.name, warnings };
}

function whereOf(e: DataError): { column?: string; row?: number } {
  const where: { column?: string; row?: number } = {};
  if (e.column !== undefined) where.column = e.column;
  if (e.row !== undefined) where.row = e.row;
  return where;
}


function cellValue(cell: Cell, sheet: string, warnings: string[], where: { column: string; row: number }): unknown {
  const v = cell.value;
  const err = errorOf(v);
  if (err !== null) warnings.push(message.xlsxCellError(sheet, cell.address, where.column, where.row, err));
  return excelCellValue(v);
}

function errorOf(v: unknown): string | null {
  if (v === null || typeof v !== "object" || v instanceof Date) return null;
  const o = v as Record<string, unknown>;
  if ("error" in o) return String(o["error"]);
  if ("formula" in o || "sharedFormula" in o) return errorOf(o["result"]);
  return null;
}


function columnLetter(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
