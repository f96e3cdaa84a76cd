import type { DanfoLike } from "../../src/index.ts";
import { excelCellValue } from "../../src/data/excelCellValue.ts";

/** The first worksheet of a workbook as columns + row values (the danfo-like input `toDataset` accepts). */
export interface SheetRows {
  readonly sheet: string;
  readonly rows: DanfoLike;
  readonly warnings: string[];
}

interface ExcelCell { readonly value: unknown; readonly address: string }
interface ExcelRow { eachCell(opts: { includeEmpty: boolean }, f: (cell: ExcelCell, col: number) => void): void }
interface ExcelSheet { readonly name: string; readonly rowCount: number; getRow(r: number): ExcelRow }
interface ExcelJsGlobal { Workbook: new () => { xlsx: { load(b: ArrayBuffer): Promise<unknown> }; worksheets: ExcelSheet[] } }

let loading: Promise<ExcelJsGlobal> | null = null;

/** Load exceljs' browser build (a classic script next to index.html) once, on the first workbook. */
function loadExcelJs(): Promise<ExcelJsGlobal> {
  loading ??= new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = "exceljs.min.js";
    s.onload = () => resolve((globalThis as unknown as { ExcelJS: ExcelJsGlobal }).ExcelJS);
    s.onerror = () => { loading = null; reject(new Error("exceljs.min.js could not be loaded")); };
    document.head.append(s);
  });
  return loading;
}


/**
 * Read the first worksheet of an .xlsx workbook in the browser with exceljs (as `readXlsx` of `semkit/node`
 * does in Node): row 1 holds the column names, every non-empty row below is a case; Excel errors become missing
 * values with a warning that names the cell.
 * Source: Office Open XML SpreadsheetML (ECMA-376 Part 1 §18.3), read by exceljs.
 * @param bytes the workbook's bytes
 * @returns the sheet's name, its columns and rows, and warnings
 * @throws Error when the bytes are not a workbook or the first row has an empty column name
 * @example const { rows } = await readXlsxBytes(bytes); toDataset(rows);
 */
export async function readXlsxBytes(bytes: Uint8Array): Promise<SheetRows> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (ws === undefined) throw new Error("the workbook has no worksheet");
  const names: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => { const v = excelCellValue(cell.value); names[col - 1] = v === null ? "" : String(v).trim(); });
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  const empty = names.findIndex((n) => n === "" || n === undefined);
  if (names.length === 0 || empty >= 0) throw new Error(`worksheet "${ws.name}": row 1 needs a name in every column (column ${empty + 1} is empty)`);
  const warnings: string[] = [];
  const values: unknown[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = new Array<unknown>(names.length).fill(null);
    let any = false;
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > names.length) return;
      const v = cell.value;
      if (v !== null && typeof v === "object" && "error" in (v as object)) warnings.push(`worksheet "${ws.name}", cell ${cell.address}: ${String((v as { error: unknown }).error)} read as missing`);
      row[col - 1] = excelCellValue(v);
      if (row[col - 1] !== null) any = true;
    });
    if (any) values.push(row);
  }
  return { sheet: ws.name, rows: { columns: names, values }, warnings };
}
