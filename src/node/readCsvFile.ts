import { readFileSync } from "node:fs";
import type { Dataset } from "../data/types.ts";
import type { CsvOptions } from "../data/csvOptions.ts";
import { parseCsv } from "../data/parseCsv.ts";
import { decodeText, type TextEncoding } from "../data/decodeText.ts";
import { applyAnswerLabels } from "../data/answerLabels.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { fileUnreadable } from "./readFileBytes.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { CSV_OPTION_KEYS } from "../data/csvOptions.ts";
import { mergeOptionKeys, optionKeys } from "../options/optionKeys.ts";

/** Options of {@link readCsvFile}: the CSV options plus the file's text encoding. */
export interface ReadCsvOptions extends CsvOptions {
  /** "auto" (default: byte-order mark, then UTF-8, then GB18030), "utf-8", "utf-16le", "utf-16be" or "gb18030". */
  readonly encoding?: TextEncoding;
}

/** The accepted keys of `readCsvFile` options: the CSV options and `encoding`. */
export const READ_CSV_OPTION_KEYS = mergeOptionKeys(CSV_OPTION_KEYS, optionKeys<Pick<ReadCsvOptions, "encoding">>({ encoding: true }));

/**
 * Read a CSV file into a {@link Dataset} with {@link parseCsv}. Node only. The bytes are decoded with
 * {@link decodeText}: UTF-8 by default, UTF-16 by its byte-order mark, GB18030/GBK when the bytes are not valid
 * UTF-8; an encoding other than UTF-8 is named in the data set's `warnings`.
 * @param path - file path
 * @param options - CSV options (delimiter, missing codes, decimal mark) and the text encoding
 * @returns the data set
 * @throws DataError naming the path when the file is missing, unreadable or not valid text in its encoding;
 *   parse errors are re-thrown with the path in front of the message and the same column/row; OptionError for
 *   an unknown encoding
 * @example const ds = readCsvFile("data/loyalty_survey.csv");
 */
export function readCsvFile(path: string, options: ReadCsvOptions = {}): Dataset {
  checkOptionsObject("readCsvFile", options);
  options = checkOptionKeys("readCsvFile", options, READ_CSV_OPTION_KEYS);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw fileUnreadable(path, e);
  }
  const { encoding, ...csv } = options;
  const decoded = decodeText(bytes, encoding ?? "auto", path);
  let ds: Dataset;
  try {
    const { labels, ...plain } = csv;
    const parsed = parseCsv(decoded.text, plain);
    ds = labels === undefined ? parsed : applyAnswerLabels(parsed, labels);
  } catch (e) {
    if (e instanceof DataError) {
      const where: { column?: string; row?: number } = {};
      if (e.column !== undefined) where.column = e.column;
      if (e.row !== undefined) where.row = e.row;
      throw new DataError(message.dataInFile(path, e.message), where);
    }
    throw e;
  }
  return decoded.note === undefined ? ds : { ...ds, warnings: [...(ds.warnings ?? []), message.dataInFile(path, decoded.note)] };
}
