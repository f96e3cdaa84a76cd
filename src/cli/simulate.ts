import { writeFileSync } from "node:fs";
import type { Command } from "./command.ts";
import type { ParsedArgs, FlagSpec } from "./args.ts";
import { flag, listOption, seedOption, stringOption } from "./args.ts";
import { simulateData, OptionError } from "../index.ts";
import type { Dataset, MissingSpec, SimulateOptions } from "../index.ts";
import { checkMemory, message } from "../advanced.ts";

/** Longest CSV text `simulate` builds: V8 strings hold at most 2^29 − 24 characters. */
const CSV_TEXT_LIMIT = 2 ** 29 - 24;
import { readInputFile } from "./inputFile.ts";

const USAGE = `Usage: semkit simulate --model <pop.lav> --n N [options]

Simulate data from a population model written in lavaan syntax with fixed values (as lavaan's simulateData).

Options:
  --model FILE          population model, e.g. "LOY ~ .30*SAT + .25*TRU" (required)
  --n N[,N2,...]        sample size, one per group (required)
  --seed S              random seed (default 1); the same seed gives the same data
  --standardized        values are standardized: residual variances make every variance 1
  --ordered LIST|all    cut these variables (or all) into ordered categories 1..K
  --thresholds LIST     cut points on the standardized scale (default -1.5,-0.5,0.5,1.5: five points)
  --skew X[,...]        skewness, one value or one per variable (Vale-Maurelli)
  --kurtosis X[,...]    excess kurtosis, one value or one per variable
  --missing RATE        share of missing cells per variable (MCAR unless --mar)
  --mar VAR             missingness depends on VAR (MAR, logistic); VAR stays complete
  --out FILE            write CSV to FILE (default: print CSV)`;

/**
 * Parse a numeric option: one number or a comma-separated list.
 * @param args parsed arguments
 * @param key option name
 * @returns the numbers, or undefined when the option is absent
 * @throws OptionError when a value is not a number
 * @example
 * numbersOption(parseArgs(["--n", "100,200"]), "n"); // [100, 200]
 */
export function numbersOption(args: ParsedArgs, key: string): number[] | undefined {
  const list = listOption(args, key);
  if (list === undefined) return undefined;
  const out = list.map(Number);
  if (out.length === 0 || out.some((v) => !Number.isFinite(v))) throw new OptionError(message.cliSimBadNumber(key, stringOption(args, key) ?? ""));
  return out;
}

/**
 * A data set as CSV text: header, one line per row, numbers in shortest round-trip form, missing values empty,
 * text quoted when it holds a comma, quote or line break.
 * @param ds data set
 * @returns the CSV text (ending in a line break)
 * @throws never
 * Source: RFC 4180 (quoting).
 * @example
 * toCsvText(simulateData("f =~ x1 + x2", { n: 2 })); // "x1,x2\n…"
 */
export function toCsvText(ds: Dataset): string {
  const quote = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const cols = ds.names.map((n) => ds.columns.get(n)!);
  const lines = [ds.names.map(quote).join(",")];
  for (let r = 0; r < ds.n; r++) {
    lines.push(cols.map((c) => {
      if (c.kind === "numeric") { const v = c.values[r]!; return Number.isNaN(v) ? "" : String(v); }
      const v = c.values[r]; return v === null || v === undefined ? "" : quote(v);
    }).join(","));
  }
  return lines.join("\n") + "\n";
}

/**
 * The simulateData options given on the command line.
 * @param args parsed arguments
 * @returns the options
 * @throws OptionError for a missing --n or a malformed number
 * @example
 * simulateOptions(parseArgs(["--n", "500", "--seed", "2"]));
 */
export function simulateOptions(args: ParsedArgs): SimulateOptions {
  const n = numbersOption(args, "n");
  if (n === undefined) throw new OptionError(message.cliMissingArgument("simulate", "--n"));
  const seed = seedOption(args);
  const ordered = stringOption(args, "ordered");
  const thresholds = numbersOption(args, "thresholds");
  const skew = numbersOption(args, "skew"), kurtosis = numbersOption(args, "kurtosis");
  const rate = numbersOption(args, "missing")?.[0];
  const mar = stringOption(args, "mar");
  const missing: MissingSpec | undefined = rate === undefined ? undefined : mar === undefined ? { rate } : { mechanism: "MAR", rate, predictor: mar };
  return {
    n: n.length === 1 ? n[0]! : n,
    ...(seed !== undefined ? { seed } : {}),
    standardized: flag(args, "standardized"),
    ...(ordered !== undefined ? { ordered: ordered === "all" ? true : listOption(args, "ordered")! } : {}),
    ...(thresholds !== undefined ? { thresholds } : {}),
    ...(skew !== undefined ? { skew: skew.length === 1 ? skew[0]! : skew } : {}),
    ...(kurtosis !== undefined ? { kurtosis: kurtosis.length === 1 ? kurtosis[0]! : kurtosis } : {}),
    ...(missing !== undefined ? { missing } : {}),
  };
}

/** The flags of `semkit simulate` and how each reads its value (any other flag is a usage error). */
export const SIMULATE_FLAGS: FlagSpec = {
  model: "value", n: "value", seed: "value", ordered: "value", thresholds: "value", skew: "value", kurtosis: "value",
  missing: "value", mar: "value", out: "value", standardized: "switch",
};

export const simulateCommand: Command = {
  summary: "simulate data from a population model in lavaan syntax",
  flags: SIMULATE_FLAGS,
  usage: USAGE,
  run(args, out) {
    const modelFile = stringOption(args, "model");
    if (modelFile === undefined) throw new OptionError(message.cliMissingArgument("simulate", "--model"));
    const options = simulateOptions(args);
    const data = simulateData(readInputFile(modelFile, "model file (--model)"), options);
    for (const w of data.warnings) process.stderr.write(`semkit simulate: warning: ${w}\n`);
    // the CSV is built as one string: about 20 characters a cell, and V8 strings end at 2^29 characters
    checkMemory(`simulate: the CSV text of ${data.n} rows × ${data.names.length} columns`, data.n * data.names.length * 20, CSV_TEXT_LIMIT);
    const csv = toCsvText(data);
    const file = stringOption(args, "out");
    if (file === undefined) out(csv);
    else { writeFileSync(file, csv); out(message.cliSimWrote(data.n, data.names.length, file)); }
    return 0;
  },
};
