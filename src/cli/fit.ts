import { readFileSync } from "node:fs";
import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption } from "./args.ts";
import { sem, OptionError } from "../index.ts";
import type { SemOptions } from "../index.ts";
import { ESTIMATION_USAGE, estimationOptions } from "./estimationFlags.ts";
import { message } from "../messages.ts";

const USAGE = `Usage: semkit fit <data.csv> --model <file.lav> [options]

Fit a CFA/SEM written in lavaan syntax, as lavaan's sem() (ML by default; robust, least-squares
and ordinal estimators with --estimator).

Options:
  --model FILE          lavaan model syntax file (required)
${ESTIMATION_USAGE}
  --group-equal LIST    e.g. loadings,intercepts
  --group-partial LIST  parameters freed from --group-equal, e.g. visual=~x2
  --std-lv              fix latent variances to 1 instead of the first loadings
  --meanstructure       model means and intercepts
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse (default: observed range)
  --missing-codes LIST  extra missing-value codes, e.g. -99,.
  --sheet NAME|N        worksheet of an .xlsx data file (default the first); data files: .csv, .tsv, .txt, .xlsx, .sav
  --json                print {converged, nobs, npar, parameters, fit, warnings}`;

export const fitCommand: Command = {
  summary: "fit a CFA/SEM in lavaan syntax (ML, MLR, MLM, GLS, ULS, WLSMV)",
  usage: USAGE,
  async run(args, out) {
    const file = args.positionals[0];
    const modelFile = stringOption(args, "model");
    if (file === undefined || modelFile === undefined) throw new OptionError(message.cliMissingArgument("fit", file === undefined ? "<data.csv>" : "--model"));
    const data = await readDataFile(args, file);
    const model = readFileSync(modelFile, "utf8");
    const options: SemOptions = {
      ...estimationOptions(args),
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
        parameters: fit.parameterEstimates(), fit: fit.fitMeasures(), warnings: fit.warnings,
      }, null, 2));
    } else {
      out(fit.summary({ fitMeasures: true, standardized: true, rsquare: true }));
    }
    return 0;
  },
};
