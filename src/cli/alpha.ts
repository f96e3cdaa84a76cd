import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import { flag, listOption, seedOption, stringOption } from "./args.ts";
import type { ParsedArgs, FlagSpec } from "./args.ts";
import { alpha, OptionError } from "../index.ts";
import { textTable } from "../thesis.ts";
import type { AlphaOptions, AlphaResult } from "../index.ts";
import { message } from "../advanced.ts";
import { DATA_FILE_FLAGS, DATA_FILE_USAGE } from "./estimationFlags.ts";

const USAGE = `Usage: semkit alpha <data.csv> --items a,b,c [options]

Cronbach's alpha with psych's item analysis (pairwise deletion, as psych::alpha).

Options:
  --items LIST          items, comma-separated; patterns such as 'sq*' allowed (default: all numeric columns)
  --reverse LIST        items to reverse-code as min + max - x before the analysis
  --scale MIN:MAX       response scale for --reverse, e.g. 1:5 (default: observed range of the items)
  --missing-codes LIST  extra missing-value codes in the file, e.g. -99,.
${DATA_FILE_USAGE}
  --check-keys          reverse items that load negatively on the first principal component
  --n-boot N            bootstrap resamples for a percentile CI of alpha (default 0)
  --seed N              bootstrap seed (default 1)
  --json                print the result of semkit's alpha() as JSON (its names: total.rawAlpha, alphaDrop, itemStats, …)`;

/** Parse `--scale 1:5`. */
function parseScale(value: string): { min: number; max: number } {
  const m = /^\s*(-?[\d.]+)\s*:\s*(-?[\d.]+)\s*$/.exec(value);
  const min = m ? Number(m[1]) : NaN, max = m ? Number(m[2]) : NaN;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) throw new OptionError(message.cliBadScale(value));
  return { min, max };
}

function intOption(args: ParsedArgs, key: string): number | undefined {
  const v = stringOption(args, key);
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isInteger(x) || x < 0) throw new OptionError(message.cliBadInteger(key, v));
  return x;
}

const f = (x: number | null, d = 3): string => (x === null || !Number.isFinite(x) ? "NA" : x.toFixed(d));

/**
 * Readable plain-text tables in the layout of psych's `print(alpha(...))`.
 * @param res result of `alpha()`
 * @returns the text (totals, confidence boundaries, alpha if dropped, item statistics, warnings)
 * @throws never
 * @example
 * console.log(alphaText(alpha(ds, { items: "sq*" })));
 */
export function alphaText(res: AlphaResult): string {
  const t = res.total;
  const lines = [
    `Reliability analysis: ${res.items.join(", ")} (N = ${res.nObs})`,
    "",
    ...textTable(["", "raw_alpha", "std.alpha", "G6(smc)", "average_r", "S/N", "ase", "mean", "sd", "median_r"],
      [["", f(t.rawAlpha), f(t.stdAlpha), f(t.g6Smc), f(t.averageR), f(t.signalNoise, 2), f(t.ase), f(t.mean, 2), f(t.sd, 2), f(t.medianR)]]),
    "",
    `95% confidence boundaries: Feldt [${f(res.feldt.lower)}, ${f(res.feldt.upper)}]` +
      (res.boot !== undefined ? `; bootstrap (${res.boot.nBoot}) [${f(res.boot.lower)}, ${f(res.boot.upper)}]` : ""),
    "",
    "Reliability if an item is dropped:",
    ...textTable(["item", "raw_alpha", "std.alpha", "G6(smc)", "average_r", "S/N", "alpha se", "var.r", "med.r"],
      res.alphaDrop.map((d) => [d.item, f(d.rawAlpha), f(d.stdAlpha), f(d.g6Smc), f(d.averageR), f(d.signalNoise, 2), f(d.alphaSe), f(d.varR, 4), f(d.medR)])),
    "",
    "Item statistics:",
    ...textTable(["item", "n", "raw.r", "std.r", "r.cor", "r.drop", "mean", "sd"],
      res.itemStats.map((s) => [s.item, String(s.n), f(s.rawR), f(s.stdR), f(s.rCor), f(s.rDrop), f(s.mean, 2), f(s.sd, 2)])),
  ];
  if (res.reversed.length > 0) lines.push("", `Reversed items: ${res.reversed.join(", ")}`);
  for (const w of res.warnings) lines.push("", `Warning: ${w}`);
  return lines.join("\n");
}

/** The flags of `semkit alpha` and how each reads its value (any other flag is a usage error). */
export const ALPHA_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS,
  items: "value", reverse: "value", scale: "value", "missing-codes": "value", "n-boot": "value", seed: "value",
  "check-keys": "switch", json: "switch",
};

/** `semkit alpha`: coefficient alpha and item analysis of one scale from a CSV file. */
export const alphaCommand: Command = {
  summary: "Cronbach's alpha and item analysis of a scale (as psych::alpha)",
  flags: ALPHA_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const file = args.positionals[0];
    if (file === undefined) throw new OptionError(message.cliAlphaNeedsFile);
    const ds = await readDataFile(args, file);
    const items = listOption(args, "items"), reverse = listOption(args, "reverse"), scale = stringOption(args, "scale");
    const nBoot = intOption(args, "n-boot"), seed = seedOption(args);
    const options: AlphaOptions = {
      ...(items !== undefined ? { items } : {}),
      ...(reverse !== undefined ? { reverse } : {}),
      ...(scale !== undefined ? { scale: parseScale(scale) } : {}),
      ...(nBoot !== undefined ? { nBoot } : {}),
      ...(seed !== undefined ? { seed } : {}),
      checkKeys: flag(args, "check-keys"),
    };
    const res = alpha(ds, options);
    // --json prints the result of alpha() under its own names (NaN, psych's NA, as null)
    out(flag(args, "json") ? JSON.stringify(res, null, 2) : alphaText(res));
    return 0;
  },
};
