/** Options for reading CSV text (and for converting other inputs with `toDataset`). */
export interface CsvOptions {
  /** Field delimiter; auto-detected from the header line when absent. */
  readonly delimiter?: "," | ";" | "\t";
  /** Extra missing-value codes such as `["-99", "."]`; `""` and `"NA"` are always missing. */
  readonly missing?: readonly string[];
  /**
   * Decimal mark of every column. When absent it is "." with "," as delimiter; with ";" or tab it is chosen per
   * column: "," when a cell has a comma that cannot separate thousands (`3,5`) and no cell has a decimal point
   * (a "European" CSV), "." otherwise; a column whose commas could be thousands separators (`12,500`) is read
   * with "," only when another column has a clear decimal comma, and is a DataError otherwise.
   */
  readonly decimal?: "." | ",";
}
