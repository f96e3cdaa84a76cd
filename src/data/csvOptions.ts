import { optionKeys } from "../options/optionKeys.ts";
/** Options for reading CSV text (and for converting other inputs with `toDataset`). */
export interface CsvOptions {
  /** Field delimiter; auto-detected from the header line when absent. */
  readonly delimiter?: "," | ";" | "\t";
  /** Extra missing-value codes such as `["-99", "."]`; `""` and `"NA"` are always missing. */
  readonly missing?: readonly string[];
  /**
   * Decimal mark. When absent it is "." unless the delimiter is ";" or tab and some cell looks like
   * `3,5` (a "European" CSV), in which case it is ",".
   */
  readonly decimal?: "." | ",";
}

/** The accepted keys of `CsvOptions` (parseCsv, toDataset, readCsvFile). */
export const CSV_OPTION_KEYS = optionKeys<CsvOptions>({ delimiter: true, missing: true, decimal: true });
