import { parseCsv, toDataset } from "../../src/index.ts";
import type { Dataset } from "../../src/index.ts";
import { decodeText } from "./decodeText.ts";
import { readSavBytes } from "./readSav.ts";
import { readXlsxBytes } from "./readXlsx.ts";

/** A data file read in the page. */
export interface LoadedData {
  readonly name: string;
  readonly dataset: Dataset;
  /** Encoding of a text file, or the worksheet of a workbook. */
  readonly source: string;
  readonly warnings: readonly string[];
}

/** Thrown for a file type the page cannot read; `key` names the interface text that explains it. */
export class UnsupportedFileError extends Error {
  constructor(readonly key: "unknownFormat", readonly fileName: string) {
    super(`${key}: ${fileName}`);
  }
}

/**
 * Read a dropped or chosen file into a Dataset, with the library's readers: CSV/TSV/TXT through `parseCsv`
 * (delimiter and decimal mark detected, bytes decoded by {@link decodeText}), XLSX through exceljs' browser build
 * (first worksheet, header in row 1), SPSS .sav through sav-reader (codes stay numeric, user-missing values
 * are missing). Both readers are loaded on first use.
 * @param file the File from an input or a drop
 * @returns the data set, the encoding or sheet, and any warnings
 * @throws UnsupportedFileError for unknown extensions; DataError from the parsers, naming column and row
 * @example const { dataset } = await readData(input.files[0]);
 */
export async function readData(file: File): Promise<LoadedData> {
  const ext = (/\.([^.]+)$/.exec(file.name)?.[1] ?? "").toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (ext === "sav") {
    const sav = await readSavBytes(bytes);
    return { name: file.name, dataset: toDataset(sav.columns), source: "SPSS", warnings: [] };
  }
  if (ext === "xlsx" || ext === "xlsm") {
    const sheet = await readXlsxBytes(bytes);
    return { name: file.name, dataset: toDataset(sheet.rows), source: sheet.sheet, warnings: sheet.warnings };
  }
  if (ext === "csv" || ext === "tsv" || ext === "txt" || ext === "dat" || ext === "") {
    const { text, encoding } = decodeText(bytes);
    return { name: file.name, dataset: parseCsv(text, ext === "tsv" ? { delimiter: "\t" } : {}), source: encoding, warnings: [] };
  }
  throw new UnsupportedFileError("unknownFormat", file.name);
}
