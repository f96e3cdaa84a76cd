import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption, seedOption } from "./args.ts";
import { mapTest, OptionError, parallelAnalysis } from "../index.ts";
import { textTable } from "../thesis.ts";
import type { ParallelOptions, ParallelResult } from "../index.ts";
import type { VelicerMapResult } from "../advanced.ts";
import { message } from "../advanced.ts";
import type { FlagSpec } from "./args.ts";
import { DATA_FILE_FLAGS, DATA_FILE_USAGE } from "./estimationFlags.ts";

const USAGE = `Usage: semkit parallel <data.csv> [options]

Number of factors: Horn's parallel analysis (as psych::fa.parallel) and Velicer's MAP, on complete cases.

Options:
  --items LIST          items, comma-separated; patterns such as 'sq*,pv*' allowed (default: all numeric columns)
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse (default: observed range of the items)
  --iterations N        random data sets (default 100)
  --seed N              random seed (default 1); the same seed gives the same numbers
  --quantile Q          compare with this quantile of the random eigenvalues, e.g. 0.95 (default: their mean)
  --type TYPE           simulated (default, normal data) or resampled (columns bootstrapped)
  --fm METHOD           extraction for the factor eigenvalues: minres (default), pa or ml
  --missing-codes LIST  extra missing-value codes in the file
${DATA_FILE_USAGE}
  --json                print one JSON object instead of a table`;

/**
 * The JSON object of \`semkit parallel --json\`.
 * @param res parallel analysis result
 * @param map MAP result
 * @returns \`{ items, nobs, iterations, seed, type, quantile, nfactors, ncomponents, pcValues, pcRandom, faValues, faRandom,
 *   map: { nfactors, nfactors4, map, map4 } }\`
 * @throws never
 * @example
 * JSON.stringify(parallelJson(parallelAnalysis(ds), mapTest(ds)));
 */
export function parallelJson(res: ParallelResult, map: VelicerMapResult): Record<string, unknown> {
  return {
    items: res.items, nobs: res.nobs, iterations: res.iterations, seed: res.seed, type: res.type, quantile: res.quantile,
    nfactors: res.nfactors, ncomponents: res.ncomponents,
    pcValues: res.pcValues, pcRandom: res.pcRandom, faValues: res.faValues, faRandom: res.faRandom,
    map: { nfactors: map.nfactors, nfactors4: map.nfactors4, map: map.map, map4: map.map4 },
  };
}

const f = (x: number | undefined, d = 3): string => (x === undefined || !Number.isFinite(x) ? "NA" : x.toFixed(d));

/**
 * Readable table of observed and random eigenvalues with the suggestions.
 * @param res parallel analysis result
 * @param map MAP result
 * @returns the text
 * @throws never
 * @example
 * console.log(parallelText(parallelAnalysis(ds), mapTest(ds)));
 */
export function parallelText(res: ParallelResult, map: VelicerMapResult): string {
  const crit = res.quantile === null ? "mean" : `${res.quantile} quantile`;
  const rows = res.items.map((_, k) => [String(k + 1), f(res.pcValues?.[k]), f(res.pcRandom?.[k]), f(res.faValues?.[k]), f(res.faRandom?.[k]),
    k < map.map.length ? f(map.map[k], 4) : "", k < map.map4.length ? f(map.map4[k], 5) : ""]);
  return [
    `Parallel analysis (${res.type} data, ${res.iterations} iterations, seed ${res.seed}, ${crit}), n = ${res.nobs}`,
    "",
    ...textTable(["#", "PC data", "PC random", "FA data", "FA random", "MAP", "MAP4"], rows),
    "",
    `Parallel analysis suggests ${res.nfactors ?? "NA"} factors and ${res.ncomponents ?? "NA"} components.`,
    `Velicer's MAP suggests ${map.nfactors} (squared partials) and ${map.nfactors4} (4th power).`,
  ].join("\n");
}

/** The flags of `semkit parallel` and how each reads its value (any other flag is a usage error). */
export const PARALLEL_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS,
  items: "value", reverse: "value", scale: "value", iterations: "value", seed: "value", quantile: "value",
  type: "value", fm: "value", "missing-codes": "value", json: "switch",
};

/** `semkit parallel`: parallel analysis and MAP for the number of factors. */
export const parallelCommand: Command = {
  summary: "Number of factors: parallel analysis (as psych::fa.parallel) and Velicer's MAP",
  flags: PARALLEL_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const file = args.positionals[0];
    if (file === undefined) throw new OptionError(message.cliMissingArgument("parallel", "the data file"));
    const ds = await readDataFile(args, file);
    const items = listOption(args, "items"), reverse = listOption(args, "reverse"), scale = scaleOption(args);
    const it = stringOption(args, "iterations"), seed = seedOption(args), q = stringOption(args, "quantile");
    const type = stringOption(args, "type"), fm = stringOption(args, "fm");
    if (type !== undefined && type !== "simulated" && type !== "resampled") {
      throw new OptionError(message.efaUnknownMethod("--type", type, ["simulated", "resampled"]));
    }
    if (fm !== undefined && fm !== "minres" && fm !== "pa" && fm !== "ml") throw new OptionError(message.efaUnknownMethod("--fm", fm, ["minres", "pa", "ml"]));
    const sel = {
      ...(items !== undefined ? { items } : {}),
      ...(reverse !== undefined ? { reverse } : {}),
      ...(scale !== undefined ? { scale } : {}),
    };
    const options: ParallelOptions = {
      ...sel,
      ...(it !== undefined ? { iterations: Number(it) } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(q !== undefined ? { quantile: Number(q) } : {}),
      ...(type !== undefined ? { type } : {}),
      ...(fm !== undefined ? { fm } : {}),
    };
    const res = parallelAnalysis(ds, options);
    const map = mapTest(ds, sel);
    out(flag(args, "json") ? JSON.stringify(parallelJson(res, map), null, 2) : parallelText(res, map));
    return 0;
  },
};
