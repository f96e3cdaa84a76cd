import type { Dataset } from "../index.ts";
import { readCsvFile } from "../node/index.ts";
import { listOption, type ParsedArgs } from "./args.ts";
import { checkInputFile } from "./inputFile.ts";

/**
 * Reads a command's CSV data file with the missing-value codes of `--missing-codes` (or `fallback` when the
 * option is not given), as every data command does.
 * @param args the parsed command line
 * @param file the data file's path
 * @param fallback missing-value codes used when `--missing-codes` is absent (e.g. from a config file)
 * @returns the data set
 * @throws UsageError naming the file when it is missing, a directory or unreadable; DataError when it cannot be parsed
 * @example
 * const ds = readDataFile(args, "data/loyalty_survey.csv"); // with --missing-codes -99 → -99 read as missing
 */
export function readDataFile(args: ParsedArgs, file: string, fallback?: readonly string[]): Dataset {
  checkInputFile(file, "data file");
  const missing = listOption(args, "missing-codes") ?? fallback;
  return readCsvFile(file, missing === undefined ? {} : { missing });
}
