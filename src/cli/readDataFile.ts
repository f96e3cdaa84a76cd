import type { Dataset } from "../index.ts";
import { OptionError } from "../index.ts";
import { readCsvFile } from "../node/index.ts";
import type { ReadCsvOptions } from "../node/index.ts";
import { message, TEXT_ENCODINGS, type TextEncoding } from "../advanced.ts";
import { listOption, stringOption, type ParsedArgs } from "./args.ts";
import { checkInputFile } from "./inputFile.ts";

/**
 * Reads a command's CSV data file with the missing-value codes of `--missing-codes` (or `fallback` when the
 * option is not given), the text encoding of `--encoding` and the decimal mark of `--decimal`, as every data
 * command does. Notes from reading (an encoding other than UTF-8) are written to standard error.
 * @param args the parsed command line
 * @param file the data file's path
 * @param fallback missing-value codes used when `--missing-codes` is absent (e.g. from a config file)
 * @returns the data set
 * @throws UsageError naming the file when it is missing, a directory or unreadable; DataError when it cannot be parsed; OptionError for a bad --encoding or --decimal
 * @example
 * const ds = readDataFile(args, "data/loyalty_survey.csv"); // with --missing-codes -99 → -99 read as missing
 */
export function readDataFile(args: ParsedArgs, file: string, fallback?: readonly string[]): Dataset {
  checkInputFile(file, "data file");
  const missing = listOption(args, "missing-codes") ?? fallback;
  const encoding = stringOption(args, "encoding")?.toLowerCase();
  if (encoding !== undefined && !(TEXT_ENCODINGS as readonly string[]).includes(encoding)) {
    throw new OptionError(message.cliBadChoice("encoding", encoding, TEXT_ENCODINGS));
  }
  const decimal = stringOption(args, "decimal");
  if (decimal !== undefined && decimal !== "." && decimal !== ",") throw new OptionError(message.cliBadChoice("decimal", decimal, [".", ","]));
  const options: ReadCsvOptions = {
    ...(missing !== undefined ? { missing } : {}),
    ...(encoding !== undefined ? { encoding: encoding as TextEncoding } : {}),
    ...(decimal !== undefined ? { decimal } : {}),
  };
  const ds = readCsvFile(file, options);
  for (const w of ds.warnings ?? []) process.stderr.write(`warning: ${w}\n`);
  return ds;
}
