import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption, type ParsedArgs } from "./args.ts";
import { sem, OptionError } from "../index.ts";
import type { Estimator, SemOptions } from "../index.ts";
import { message } from "../advanced.ts";
import { readInputFile } from "./inputFile.ts";
import type { FlagSpec } from "./args.ts";

const USAGE = `Usage: semkit fit <data.csv> --model <file.lav> [options]

Fit a CFA/SEM written in lavaan syntax, as lavaan's sem() (ML by default; robust, least-squares
and ordinal estimators with --estimator).

Options:
  --model FILE          lavaan model syntax file (required)
  --estimator NAME      ML (default); MLR (robust, also with --missing fiml); MLM (Satorra-Bentler,
                        complete data); GLS; ULS; WLSMV (default with --ordered)
  --missing MODE        listwise (default) or fiml (lavaan missing = "ml")
  --ordered [LIST]      treat all (or only the listed) observed variables as ordinal: thresholds and polychoric
                        correlations; unlisted variables stay continuous (polyserial/Pearson, as lavaan)
  --group COL           grouping column for a multiple-group model
  --group-equal LIST    e.g. loadings,intercepts
  --group-partial LIST  parameters freed from --group-equal, e.g. visual=~x2
  --std-lv              fix latent variances to 1 instead of the first loadings
  --meanstructure       model means and intercepts
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse (default: observed range)
  --missing-codes LIST  extra missing-value codes, e.g. -99,.
  --encoding NAME       data file encoding: auto (default: BOM, UTF-8, else GB18030), utf-8, utf-16le, utf-16be, gb18030
  --decimal MARK        decimal mark in the data file: . or , (default: detected where unambiguous)
  --json                print {converged, nobs, npar, parameters, fit, warnings, problems}`;

/** `--missing fiml|ml|listwise` → the sem() option. */
function missingMode(args: ParsedArgs): "listwise" | "ml" | undefined {
  const v = stringOption(args, "missing");
  if (v === undefined) return undefined;
  const lower = v.toLowerCase();
  if (lower === "fiml" || lower === "ml") return "ml";
  if (lower === "listwise") return "listwise";
  throw new OptionError(message.cliBadChoice("missing", v, ["listwise", "fiml"]));
}

/** The flags of `semkit fit` and how each reads its value (any other flag is a usage error). */
export const FIT_FLAGS: FlagSpec = {
  encoding: "value", decimal: "value",
  model: "value", estimator: "value", missing: "value", group: "value", "group-equal": "value",
  "group-partial": "value", reverse: "value", scale: "value", "missing-codes": "value", "std-lv": "switch",
  meanstructure: "switch", json: "switch", ordered: "optional",
};

export const fitCommand: Command = {
  summary: "fit a CFA/SEM in lavaan syntax (ML, MLR, MLM, GLS, ULS, WLSMV)",
  flags: FIT_FLAGS,
  usage: USAGE,
  run(args, out) {
    const file = args.positionals[0];
    const modelFile = stringOption(args, "model");
    if (file === undefined || modelFile === undefined) throw new OptionError(message.cliMissingArgument("fit", file === undefined ? "<data.csv>" : "--model"));
    const data = readDataFile(args, file);
    const model = readInputFile(modelFile, "model file (--model)");
    const options: SemOptions = {
      ...(stringOption(args, "estimator") !== undefined ? { estimator: stringOption(args, "estimator")!.toUpperCase() as Estimator } : {}),
      ...(missingMode(args) !== undefined ? { missing: missingMode(args)! } : {}),
      ...(args.options.has("ordered") ? { ordered: listOption(args, "ordered") ?? true } : {}),
      ...(stringOption(args, "group") !== undefined ? { group: stringOption(args, "group")! } : {}),
      groupEqual: listOption(args, "group-equal") ?? [],
      groupPartial: listOption(args, "group-partial") ?? [],
      stdLv: flag(args, "std-lv"),
      ...(flag(args, "meanstructure") ? { meanstructure: true } : {}),
      reverse: listOption(args, "reverse") ?? [],
      ...(scaleOption(args) !== undefined ? { scale: scaleOption(args)! } : {}),
    };
    const fit = sem(model, data, options);
    if (flag(args, "json")) {
      out(JSON.stringify({
        converged: fit.converged, nobs: fit.ntotal, npar: fit.npar,
        parameters: fit.parameterEstimates(), fit: fit.fitMeasures(), warnings: fit.warnings, problems: fit.problems,
      }, null, 2));
    } else {
      out(fit.summary({ fitMeasures: true, standardized: true, rsquare: true }));
    }
    return 0;
  },
};
