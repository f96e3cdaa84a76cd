import { OptionError } from "../index.ts";
import { message } from "../advanced.ts";
import type { Estimator, SemOptions } from "../index.ts";
import { listOption, stringOption, type FlagSpec, type ParsedArgs } from "./args.ts";

/** Missing-data modes accepted by `--missing`. */
export const CLI_MISSING_MODES: readonly string[] = ["listwise", "fiml", "ml.x"];

/** Estimators accepted by `--estimator`. */
export const CLI_ESTIMATORS: readonly Estimator[] = ["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV", "DWLS"];

/**
 * The estimation flags every model command shares (`fit`, `chart`, `validity`, `bootstrap`, `invariance`,
 * `report`), as lines of its usage text.
 */
export const ESTIMATION_USAGE = `  --estimator NAME      ML (default; report: MLR); MLR (robust, also with --missing fiml); MLM (Satorra-Bentler,
                        complete data); GLS; ULS; WLSMV (default with --ordered)
  --missing MODE        listwise (default; report: fiml), fiml (lavaan missing = "ml") or ml.x (FIML that also
                        keeps rows missing an exogenous covariate, lavaan missing = "ml.x")
  --ordered [LIST]      treat all (or only the listed) observed variables as ordinal
  --group COL           grouping column for a multiple-group model
  --std-lv              fix latent variances to 1 instead of the first loadings
  --std-ov              standardize the observed variables before the fit (lavaan std.ov = TRUE)
  --rotation NAME       rotation of efa("…")* blocks (ESEM): geomin (default), oblimin, quartimin, varimax,
                        quartimax, promax`;

/**
 * Turns the shared estimation flags (`--estimator`, `--missing`, `--ordered`, `--group`, `--std-lv`, `--std-ov`,
 * `--rotation`) into `sem()` options,
 * so that every command fits the same model the same way. Absent flags are absent from the result (the
 * library's defaults, or `defaults`, apply).
 * @param args the parsed command line
 * @param defaults options used when a flag is absent (e.g. the report's MLR with FIML)
 * @returns the estimation part of `SemOptions`
 * @throws OptionError for an unknown estimator or missing-data mode
 * @example
 * estimationOptions(parseArgs(["--estimator", "mlr", "--missing", "fiml"])); // { estimator: "MLR", missing: "ml" }
 */
export function estimationOptions(args: ParsedArgs, defaults: SemOptions = {}): SemOptions {
  const est = stringOption(args, "estimator"), miss = stringOption(args, "missing"), group = stringOption(args, "group");
  if (args.options.get("estimator") === true) throw new OptionError(message.cliBadChoice("estimator", "", CLI_ESTIMATORS));
  if (args.options.get("missing") === true) throw new OptionError(message.cliBadChoice("missing", "", CLI_MISSING_MODES));
  let estimator = defaults.estimator;
  if (est !== undefined) {
    const upper = est.toUpperCase() as Estimator;
    if (!CLI_ESTIMATORS.includes(upper)) throw new OptionError(message.cliBadChoice("estimator", est, CLI_ESTIMATORS));
    estimator = upper;
  }
  let missing = defaults.missing;
  if (miss !== undefined) {
    const lower = miss.toLowerCase();
    if (lower === "fiml" || lower === "ml") missing = "ml";
    else if (lower === "listwise") missing = "listwise";
    else if (lower === "ml.x") missing = "ml.x";
    else throw new OptionError(message.cliBadChoice("missing", miss, CLI_MISSING_MODES));
  }
  const ordered = args.options.has("ordered") ? listOption(args, "ordered") ?? true : defaults.ordered;
  const g = group ?? defaults.group, rotation = stringOption(args, "rotation");
  return {
    ...(estimator !== undefined ? { estimator } : {}),
    ...(missing !== undefined ? { missing } : {}),
    ...(ordered !== undefined ? { ordered } : {}),
    ...(g !== undefined ? { group: g } : {}),
    ...(args.options.has("std-lv") ? { stdLv: true } : {}),
    ...(args.options.has("std-ov") ? { stdOv: true } : {}),
    ...(rotation !== undefined ? { rotation: rotation as SemOptions["rotation"] } : {}),
  };
}

/** The estimation flags shared by fit, chart, validity, bootstrap, invariance, cmb and report. */
export const ESTIMATION_FLAGS: FlagSpec = {
  estimator: "value", missing: "value", ordered: "optional", group: "value", "std-lv": "switch", "std-ov": "switch", rotation: "value",
};

/** The usage lines of `DATA_FILE_FLAGS`, for every command that reads a data file. */
export const DATA_FILE_USAGE = `  --encoding NAME       data file encoding: auto (default: BOM, UTF-8, else GB18030), utf-8, utf-16le, utf-16be, gb18030
  --decimal MARK        decimal mark in the data file: . or , (default: detected where unambiguous)
  --sheet NAME|N        worksheet of an .xlsx data file (default the first); data files: .csv, .tsv, .txt, .xlsx, .sav
  --labels SET|PAIRS    answer texts to numbers: zh5, zh7, en5, en7 or "非常不同意=1,...,非常同意=5"`;

/** The flags of every command that reads a data file: text encoding and decimal mark, workbook sheet, answer labels. */
export const DATA_FILE_FLAGS: FlagSpec = { encoding: "value", decimal: "value", sheet: "value", labels: "value" };
