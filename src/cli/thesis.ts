import { fileURLToPath } from "node:url";
import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import { seedOption, stringOption, flag } from "./args.ts";
import type { ParsedArgs, FlagSpec } from "./args.ts";
import { OptionError } from "../index.ts";
import { isLang, parseThesisConfig } from "../thesis.ts";
import type { Lang, ThesisConfig } from "../thesis.ts";
import { readCsvFile } from "../node/index.ts";
import { message } from "../advanced.ts";
import { summaryLines, writeThesisReport, dpiOption } from "./writeReport.ts";
import { readJsonFile } from "./inputFile.ts";
import { DATA_FILE_FLAGS, DATA_FILE_USAGE } from "./estimationFlags.ts";

/**
 * A file shipped in the package's data/ folder, found from this module's URL (the same relative path works from
 * src/cli and dist/cli).
 * @param name file name, e.g. "loyalty_survey.csv"
 * @returns absolute file path
 * @throws never
 * @example readCsvFile(packagedData("loyalty_survey.csv"));
 */
export function packagedData(name: string): string {
  return fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
}

/**
 * The report language of `--lang` (default English).
 * @param args parsed arguments
 * @returns "en" or "zh-CN"
 * @throws OptionError for another value
 * @example langOption(parseArgs(["--lang", "zh-CN"])); // "zh-CN"
 */
export function langOption(args: ParsedArgs): Lang {
  const v = stringOption(args, "lang") ?? "en";
  if (!isLang(v)) throw new OptionError(message.thesisBadLang(v));
  return v;
}

/**
 * Overrides of the bootstrap settings from `--draws N` and `--seed N`.
 * @param config the configuration
 * @param args parsed arguments
 * @returns the configuration with the overrides
 * @throws OptionError for a value that is not a non-negative integer
 * @example withBootstrapOptions(config, parseArgs(["--draws", "200"])).bootstrap.draws; // 200
 */
export function withBootstrapOptions(config: ThesisConfig, args: ParsedArgs): ThesisConfig {
  const int = (key: string): number | undefined => {
    const v = stringOption(args, key);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new OptionError(message.cliBadInteger(key, v));
    return n;
  };
  const draws = int("draws"), seed = seedOption(args);
  return { ...config, bootstrap: { ...config.bootstrap, ...(draws !== undefined ? { draws } : {}), ...(seed !== undefined ? { seed } : {}) } };
}

/** The flags of `semkit thesis` and how each reads its value (any other flag is a usage error). */
export const THESIS_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS,
  config: "value", lang: "value", out: "value", draws: "value", seed: "value", "missing-codes": "value", dpi: "value", "no-bom": "switch",
};

/** `semkit thesis` (what `npm start` runs): the full loyalty-survey analysis written to out/. */
export const thesisCommand: Command = {
  summary: "the full thesis report of the loyalty survey (npm start): out/report.html, report.md, figures, tables",
  flags: THESIS_FLAGS,
  usage: `Usage: semkit thesis [data.csv] [--config analysis.json] [--lang en|zh-CN] [--out DIR] [--draws N] [--seed N]

Runs the whole loyalty analysis in thesis order - sample profile, item descriptives and Likert distributions,
reverse-coding of tru4 and swc3, alpha per scale, KMO/Bartlett/parallel analysis/EFA, the 7-factor CFA with
CR, AVE, HTMT and Fornell-Larcker, the structural model, indirect effects with bootstrap CIs, the SAT x ALT
moderation, invariance across platforms and the hypothesis table - with MLR and FIML, and writes
report.md, a self-contained report.html, figures (SVG, PNG, Vega-Lite) and tables (CSV, LaTeX) to DIR.

Defaults: data/loyalty_survey.csv and data/loyalty_analysis.json of the semkit package, --out out, --lang en.
  --missing-codes LIST  extra missing-value codes
  --dpi N               resolution of the PNG figures, e.g. 300 (default: 2 × screen size, 192 dpi)
  --no-bom              table CSVs without the UTF-8 byte-order mark (default: with it, for Excel)
${DATA_FILE_USAGE}
  --draws N, --seed N   bootstrap draws and seed (override the config)`,
  async run(args, out) {
    const file = args.positionals[0] ?? packagedData("loyalty_survey.csv");
    const configFile = stringOption(args, "config") ?? packagedData("loyalty_analysis.json");
    const config = withBootstrapOptions(parseThesisConfig(readJsonFile(configFile, "config file (--config)")), args);
    const ds = await readDataFile(args, file, config.missingCodes);
    const w = await writeThesisReport(ds, config, { dir: stringOption(args, "out") ?? "out", lang: langOption(args), dataFile: file.split(/[\\/]/).pop()!, bom: !flag(args, "no-bom"), ...dpiOption(args) });
    out(summaryLines(w, langOption(args)).join("\n"));
    return 0;
  },
};
