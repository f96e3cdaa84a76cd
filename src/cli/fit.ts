import type { Command } from "./command.ts";
import { readDataAndModel } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption } from "./args.ts";
import { sem, OptionError } from "../index.ts";
import type { SemOptions, ModificationIndex } from "../index.ts";
import { message } from "../advanced.ts";
import type { FlagSpec } from "./args.ts";
import { textTable } from "../thesis.ts";
import { ESTIMATION_USAGE, estimationOptions, DATA_FILE_FLAGS, DATA_FILE_USAGE, ESTIMATION_FLAGS } from "./estimationFlags.ts";

const USAGE = `Usage: semkit fit <data.csv> --model <file.lav> [options]

Fit a CFA/SEM written in lavaan syntax, as lavaan's sem() (ML by default; robust, least-squares
and ordinal estimators with --estimator).

Options:
  --model FILE          lavaan model syntax file (required)
${ESTIMATION_USAGE}
  --group-equal LIST    e.g. loadings,intercepts
  --group-partial LIST  parameters freed from --group-equal, e.g. visual=~x2
  --meanstructure       model means and intercepts
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse (default: observed range)
  --missing-codes LIST  extra missing-value codes, e.g. -99,.
${DATA_FILE_USAGE}
  --mi                  also print the modification indices, sorted by mi (lavaan modindices(sort. = TRUE))
  --min X               smallest mi shown with --mi (default 0; e.g. 10, lavaan minimum.value)
  --json                print {converged, nobs, npar, parameters, fit, warnings, problems} (and modindices with --mi)`;

/**
 * Modification indices as lavaan prints `modindices(fit, sort. = TRUE, minimum.value = min)`: lhs, op, rhs, the
 * group of a multiple-group model, mi, epc, sepc.lv, sepc.all and sepc.nox with three decimals.
 * @param rows the fit's modification indices, sorted by decreasing mi
 * @param min smallest mi shown
 * @param groups whether to show the group column
 * @returns the lines of the block
 * @throws never
 * @example modIndicesText(fit.modificationIndices(), 10, false).join("\n");
 */
export function modIndicesText(rows: readonly ModificationIndex[], min: number, groups: boolean): string[] {
  const shown = rows.filter((r) => r.mi >= min);
  const f = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : "NA");
  const head = ["lhs", "op", "rhs", ...(groups ? ["group"] : []), "mi", "epc", "sepc.lv", "sepc.all", "sepc.nox"];
  return [
    `Modification Indices (mi >= ${min}, ${shown.length} of ${rows.length}):`, "",
    ...(shown.length === 0 ? ["  none"] : textTable(head, shown.map((r) => [r.lhs, r.op, r.rhs, ...(groups ? [String(r.group)] : []), f(r.mi), f(r.epc), f(r["sepc.lv"]), f(r["sepc.all"]), f(r["sepc.nox"])]), 2)),
  ];
}

/** The flags of `semkit fit` and how each reads its value (any other flag is a usage error). */
export const FIT_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS, ...ESTIMATION_FLAGS,
  mi: "switch", min: "value", model: "value", estimator: "value", missing: "value", group: "value", "group-equal": "value",
  "group-partial": "value", reverse: "value", scale: "value", "missing-codes": "value",
  meanstructure: "switch", json: "switch", ordered: "optional",
};

export const fitCommand: Command = {
  summary: "fit a CFA/SEM in lavaan syntax (ML, MLR, MLM, GLS, ULS, WLSMV)",
  flags: FIT_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const { data, model } = await readDataAndModel(args, "fit");
    const options: SemOptions = {
      ...estimationOptions(args),
      groupEqual: listOption(args, "group-equal") ?? [],
      groupPartial: listOption(args, "group-partial") ?? [],
      ...(flag(args, "meanstructure") ? { meanstructure: true } : {}),
      reverse: listOption(args, "reverse") ?? [],
      ...(scaleOption(args) !== undefined ? { scale: scaleOption(args)! } : {}),
    };
    const minText = stringOption(args, "min");
    const min = minText === undefined ? 0 : Number(minText);
    if (!Number.isFinite(min)) throw new OptionError(message.cliBadNumber("min", minText!));
    const fit = sem(model, data, options);
    const mi = flag(args, "mi") ? fit.modificationIndices().filter((r) => r.mi >= min) : undefined;
    if (flag(args, "json")) {
      out(JSON.stringify({
        converged: fit.converged, nobs: fit.ntotal, npar: fit.npar,
        parameters: fit.parameterEstimates(), fit: fit.fitMeasures(), warnings: fit.warnings, problems: fit.problems, ...(mi !== undefined ? { modindices: mi } : {}),
      }, null, 2));
    } else {
      out(fit.summary({ fitMeasures: true, standardized: true, rsquare: true }));
      if (flag(args, "mi")) out(["", ...modIndicesText(fit.modificationIndices(), min, fit.groups.length > 1)].join("\n"));
    }
    return 0;
  },
};
