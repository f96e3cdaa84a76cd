/** Options for reading CSV text (and for converting other inputs with `toDataset`). */
import type { AnswerLabels } from "./answerLabels.ts";

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
  /**
   * Answer texts to numbers: a built-in set (`"zh5"`, `"zh7"`, `"en5"`, `"en7"`) or pairs such as
   * `{ 非常不同意: 1, …, 非常同意: 5 }`; text columns made only of these texts, numbers and missing values become numeric.
   */
  readonly labels?: AnswerLabels;
}
