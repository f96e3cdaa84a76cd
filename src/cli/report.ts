import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import { listOption, scaleOption, stringOption, flag } from "./args.ts";
import type { ParsedArgs, FlagSpec } from "./args.ts";
import { describe, OptionError } from "../index.ts";
import { parseThesisConfig } from "../thesis.ts";
import type { Dataset } from "../index.ts";
import { message } from "../advanced.ts";
import { langOption, withBootstrapOptions } from "./thesis.ts";
import { summaryLines, writeThesisReport, dpiOption } from "./writeReport.ts";
import { readInputFile, readJsonFile } from "./inputFile.ts";
import { ESTIMATION_USAGE, estimationOptions, DATA_FILE_FLAGS, DATA_FILE_USAGE, ESTIMATION_FLAGS } from "./estimationFlags.ts";

/**
 * The analysis configuration of `semkit report`: the JSON of `--config` (if any) with the model of `--model`,
 * and the command-line settings on top (--reverse, --scale, --group, --demographics, --estimator, --missing);
 * without a scale, the items' observed minimum and maximum.
 * @param args parsed arguments
 * @param ds the data (for the observed scale)
 * @returns the raw configuration object for `parseThesisConfig`
 * @throws OptionError for bad option values
 * @example reportConfig(parseArgs(["--model", "m.lav", "--group", "platform"]), ds);
 */
export function reportConfig(args: ParsedArgs, ds: Dataset): Record<string, unknown> {
  const configFile = stringOption(args, "config");
  const json = configFile !== undefined ? readJsonFile(configFile, "config file (--config)") as Record<string, unknown> : {};
  const modelFile = stringOption(args, "model");
  const cfg: Record<string, unknown> = { ...json };
  if (modelFile !== undefined) cfg.model = readInputFile(modelFile, "model file (--model)");
  const reverse = listOption(args, "reverse");
  if (reverse !== undefined) cfg.reverse = reverse;
  const scale = scaleOption(args);
  if (scale !== undefined) cfg.scale = scale;
  const group = stringOption(args, "group");
  if (group !== undefined) cfg.group = group;
  const demographics = listOption(args, "demographics");
  if (demographics !== undefined) cfg.demographics = demographics;
  // the report's models are fixed by its config: the flags that reshape a model are for the other commands
  for (const name of ["std-lv", "std-ov", "rotation"]) if (args.options.has(name)) throw new OptionError(message.reportEstimatorUnsupported(`--${name}`));
  if (args.options.has("estimator") || args.options.has("missing") || args.options.has("ordered")) {
    const o = estimationOptions(args);
    if ((o.estimator !== undefined && o.estimator !== "ML" && o.estimator !== "MLR") || o.ordered !== undefined) {
      throw new OptionError(message.reportEstimatorUnsupported(o.ordered !== undefined ? "--ordered" : `--estimator ${o.estimator}`));
    }
    const e = (cfg.estimation ?? {}) as Record<string, unknown>;
    cfg.estimation = { ...e, ...(o.estimator !== undefined ? { estimator: o.estimator } : {}), ...(o.missing !== undefined ? { missing: o.missing === "listwise" ? "listwise" : o.missing === "ml.x" ? "ml.x" : "fiml" } : {}) };
  }
  if (cfg.scale === undefined) {
    const items = parseThesisConfig({ ...cfg, scale: { min: 0, max: 1 } }).constructs.flatMap((c) => c.items);
    const d = describe(ds, items).items;
    cfg.scale = { min: Math.min(...d.map((i) => i.min)), max: Math.max(...d.map((i) => i.max)) };
  }
  return cfg;
}

/** The flags of `semkit report` and how each reads its value (any other flag is a usage error). */
export const REPORT_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS, ...ESTIMATION_FLAGS,
  model: "value", config: "value", lang: "value", out: "value", reverse: "value", scale: "value", group: "value",
  demographics: "value", estimator: "value", missing: "value", draws: "value", seed: "value", dpi: "value", "no-bom": "switch",
  "missing-codes": "value",
};

/** `semkit report`: the thesis analysis and report on the user's own data and model. */
export const reportCommand: Command = {
  summary: "thesis report (tables, figures, HTML/Markdown) of your own data and lavaan model",
  flags: REPORT_FLAGS,
  usage: `Usage: semkit report <data.csv> --model FILE.lav [--config analysis.json] [--lang en|zh-CN] --out DIR [options]

Runs the same pipeline as \`semkit thesis\` on your data: sample profile, item descriptives, reverse-coding,
reliability, EFA, CFA with CR/AVE/HTMT/Fornell-Larcker, the structural model, indirect effects with bootstrap
CIs, moderation and invariance (when configured), and a hypothesis table. The constructs are the =~ lines of
the model and every regression path becomes a hypothesis, unless analysis.json says otherwise (see
data/loyalty_analysis.json for its fields: constructs, reverse, scale, demographics, group, hypotheses, ...).

Options:
  --model FILE          lavaan model (measurement and structural part)
  --config FILE         analysis configuration (JSON)
  --lang en|zh-CN       report language (default en)
  --out DIR             output folder (default out)
  --reverse LIST        reverse-coded items (min + max - x)
  --scale MIN:MAX       response scale (default: observed range of the items)
  --demographics LIST   background columns for the sample profile
${ESTIMATION_USAGE}
                        (report: ML or MLR with continuous items, without --std-lv, --std-ov or --rotation;
                        --group is the grouping column of the measurement-invariance section)
  --draws N, --seed N   bootstrap draws (default 1000) and seed
  --missing-codes LIST  extra missing-value codes
  --dpi N               resolution of the PNG figures, e.g. 300 (default: 2 × screen size, 192 dpi)
  --no-bom              table CSVs without the UTF-8 byte-order mark (default: with it, for Excel)
${DATA_FILE_USAGE}`,
  async run(args, out) {
    const file = args.positionals[0];
    if (file === undefined) throw new OptionError(message.cliMissingArgument("report", "<data.csv>"));
    if (stringOption(args, "model") === undefined && stringOption(args, "config") === undefined) throw new OptionError(message.cliMissingArgument("report", "--model (or --config)"));
    const ds = await readDataFile(args, file);
    const config = withBootstrapOptions(parseThesisConfig(reportConfig(args, ds)), args);
    const w = await writeThesisReport(ds, config, { dir: stringOption(args, "out") ?? "out", lang: langOption(args), dataFile: file.split(/[\\/]/).pop()!, bom: !flag(args, "no-bom"), ...dpiOption(args) });
    out(summaryLines(w, langOption(args)).join("\n"));
    return 0;
  },
};
