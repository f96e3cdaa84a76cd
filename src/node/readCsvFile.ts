import { readFileSync } from "node:fs";
import type { Dataset } from "../data/types.ts";
import type { CsvOptions } from "../data/csvOptions.ts";
import { parseCsv } from "../data/parseCsv.ts";
import { applyAnswerLabels } from "../data/answerLabels.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { fileUnreadable } from "./readFileBytes.ts";

/**
 * Read a CSV file (UTF-8) into a {@link Dataset} with {@link parseCsv}. Node only.
 * @param path - file path
 * @param options - CSV options (delimiter, missing codes, decimal mark)
 * @returns the data set
 * @throws DataError naming the path when the file is missing or unreadable; parse errors are re-thrown
 *   with the path in front of the message and the same column/row
 * @example const ds = readCsvFile("data/loyalty_survey.csv");
 */
export function readCsvFile(path: string, options: CsvOptions = {}): Dataset {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw fileUnreadable(path, e);
  }
  try {
    const { labels, ...csv } = options;
    const ds = parseCsv(text, csv);
    return labels === undefined ? ds : applyAnswerLabels(ds, labels);
  } catch (e) {
    if (e instanceof DataError) {
      const where: { column?: string; row?: number } = {};
      if (e.column !== undefined) where.column = e.column;
      if (e.row !== undefined) where.row = e.row;
      throw new DataError(message.dataInFile(path, e.message), where);
    }
    throw e;
  }
}
