import { extname } from "node:path";
import type { Dataset } from "../index.ts";
import { OptionError, toDataset } from "../index.ts";
import { readCsvFile, readSav, readXlsx } from "../node/index.ts";
import type { ReadCsvOptions } from "../node/index.ts";
import { applyAnswerLabels, message, parseAnswerLabels, TEXT_ENCODINGS, type TextEncoding } from "../advanced.ts";
import { listOption, stringOption, type ParsedArgs } from "./args.ts";
import { checkInputFile, readInputFile } from "./inputFile.ts";

/**
 * The data file (first positional) and the `--model` file of a command that fits a model, read as every such command
 * reads them: the data by its extension (see `readDataFile`), the model as text.
 * @param args the parsed command line
 * @param command the command's name, for the message when an argument is missing
 * @returns the data set and the model syntax
 * @throws OptionError naming the missing argument; as `readDataFile` and `readInputFile`
 * @example const { data, model } = await readDataAndModel(args, "fit");
 */
export async function readDataAndModel(args: ParsedArgs, command: string): Promise<{ data: Dataset; model: string }> {
  const file = args.positionals[0];
  const modelFile = stringOption(args, "model");
  if (file === undefined || modelFile === undefined) throw new OptionError(message.cliMissingArgument(command, file === undefined ? "<data.csv>" : "--model"));
  const data = await readDataFile(args, file);
  return { data, model: readInputFile(modelFile, "model file (--model)") };
}

/** File extensions the CLI reads, by reader. */
export const DATA_FILE_EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx", ".sav"] as const;

/**
 * Reads a command's data file by its extension, as every data command does: `.csv` and `.txt` as delimited text
 * (delimiter detected from the header line), `.tsv` as tab-separated text, `.xlsx` with `readXlsx` (the sheet
 * of `--sheet`, a name or a 1-based number; default the first) and `.sav` with `readSav`. Missing-value codes
 * come from `--missing-codes` (or `fallback` when the option is not given); text files take the encoding of
 * `--encoding` and the decimal mark of `--decimal`. Warnings of the reader (an encoding other than UTF-8, Excel
 * error cells, skipped empty rows) are passed to `warn`. `--labels` (a set such as `zh5`, or `text=value` pairs)
 * turns answer texts into numbers.
 * @param args the parsed command line
 * @param file the data file's path
 * @param fallback missing-value codes used when `--missing-codes` is absent (e.g. from a config file)
 * @param warn where reader warnings go (default: standard error, one line each)
 * @returns the data set
 * @throws UsageError naming the file when it is missing, a directory or unreadable; DataError when it cannot be
 *   parsed; OptionError for an unsupported extension (e.g. `.xls`), `--sheet` on a file that is not a workbook, or a
 *   bad --encoding or --decimal
 * @example
 * const ds = await readDataFile(parseArgs(["--sheet", "2"]), "survey.xlsx"); // second worksheet
 */
export async function readDataFile(
  args: ParsedArgs, file: string, fallback?: readonly string[],
  warn: (text: string) => void = (t) => { process.stderr.write(`Warning: ${t}\n`); },
): Promise<Dataset> {
  const labels = stringOption(args, "labels");
  if (args.options.get("labels") === true) throw new OptionError(message.labelsBadPair(""));
  const ds = await readByExtension(args, file, fallback, warn);
  return labels === undefined ? ds : applyAnswerLabels(ds, parseAnswerLabels(labels));
}

async function readByExtension(args: ParsedArgs, file: string, fallback: readonly string[] | undefined, warn: (text: string) => void): Promise<Dataset> {
  checkInputFile(file, "data file");
  const missing = listOption(args, "missing-codes") ?? fallback;
  const ext = extname(file).toLowerCase();
  const sheet = stringOption(args, "sheet");
  if (sheet !== undefined && ext !== ".xlsx") throw new OptionError(message.cliSheetNotWorkbook(file));
  switch (ext) {
    case ".xlsx": {
      const ds = await readXlsx(file, {
        ...(sheet !== undefined ? { sheet: /^\d+$/.test(sheet) ? Number(sheet) : sheet } : {}),
        ...(missing !== undefined ? { missing } : {}),
      });
      for (const w of ds.warnings) warn(w);
      return ds;
    }
    case ".sav": {
      const ds = await readSav(file);
      for (const w of ds.warnings) warn(w);
      return missing === undefined ? ds : toDataset(ds, { missing });
    }
    case ".tsv": case ".csv": case ".txt": case "": {
      const ds = readCsvFile(file, { ...textOptions(args), ...(ext === ".tsv" ? { delimiter: "\t" } : {}), ...(missing !== undefined ? { missing } : {}) });
      for (const w of ds.warnings ?? []) warn(w);
      return ds;
    }
    default:
      throw new OptionError(message.cliBadDataExtension(file, DATA_FILE_EXTENSIONS));
  }
}

/** The text encoding (`--encoding`) and decimal mark (`--decimal`) of a delimited text file. */
function textOptions(args: ParsedArgs): ReadCsvOptions {
  const encoding = stringOption(args, "encoding")?.toLowerCase();
  if (encoding !== undefined && !(TEXT_ENCODINGS as readonly string[]).includes(encoding)) {
    throw new OptionError(message.cliBadChoice("encoding", encoding, TEXT_ENCODINGS));
  }
  const decimal = stringOption(args, "decimal");
  if (decimal !== undefined && decimal !== "." && decimal !== ",") throw new OptionError(message.cliBadChoice("decimal", decimal, [".", ","]));
  return { ...(encoding !== undefined ? { encoding: encoding as TextEncoding } : {}), ...(decimal !== undefined ? { decimal } : {}) };
}
