import { optionKeys } from "../options/optionKeys.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
/** Options for reading CSV text (and for converting other inputs with `toDataset`). */
import type { AnswerLabels } from "./answerLabels.ts";

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
  /**
   * Answer texts to numbers: a built-in set (`"zh5"`, `"zh7"`, `"en5"`, `"en7"`) or pairs such as
   * `{ 非常不同意: 1, …, 非常同意: 5 }`; text columns made only of these texts, numbers and missing values become numeric.
   */
  readonly labels?: AnswerLabels;
}

/** The accepted keys of `CsvOptions` (parseCsv, toDataset, readCsvFile). */
export const CSV_OPTION_KEYS = optionKeys<CsvOptions>({ delimiter: true, missing: true, decimal: true, labels: true });

const DELIMITERS = [",", ";", "\t"] as const;
const DECIMALS = [".", ","] as const;

/**
 * Checks the values of CSV options (the keys are checked with `CSV_OPTION_KEYS`): a delimiter or decimal mark
 * semkit does not read would otherwise split the file wrongly without a word.
 * @param options the CSV options as passed
 * @throws OptionError naming the option, the value and the allowed ones
 * @example
 * checkCsvOptionValues({ delimiter: "|" }); // OptionError: unknown delimiter "|"; use one of ",", ";", "\t"
 */
export function checkCsvOptionValues(options: CsvOptions): void {
  const { delimiter, decimal } = options as { delimiter?: unknown; decimal?: unknown };
  if (delimiter !== undefined && !(DELIMITERS as readonly unknown[]).includes(delimiter)) {
    throw new OptionError(message.optionValue("delimiter", String(delimiter), DELIMITERS));
  }
  if (decimal !== undefined && !(DECIMALS as readonly unknown[]).includes(decimal)) {
    throw new OptionError(message.optionValue("decimal", String(decimal), DECIMALS));
  }
}
