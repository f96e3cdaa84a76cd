import type { Command } from "./command.ts";
import { readDataAndModel } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption, seedOption } from "./args.ts";
import { OptionError } from "../index.ts";
import { textTable } from "../thesis.ts";
import type { BootstrapCiType, SemOptions } from "../index.ts";
import { bootstrapParallel } from "../node/index.ts";
import { message } from "../advanced.ts";
import type { FlagSpec } from "./args.ts";
import { ESTIMATION_USAGE, estimationOptions, DATA_FILE_FLAGS, DATA_FILE_USAGE, ESTIMATION_FLAGS } from "./estimationFlags.ts";

const USAGE = `Usage: semkit bootstrap <data.csv> --model <file.lav> [options]

Nonparametric bootstrap of a CFA/SEM on all cores: bootstrap SEs and percentile, bias-corrected (BC)
and BCa intervals for every parameter, := parameter and std.all value. Results depend only on --seed.

Options:
  --model FILE          lavaan model syntax (required)
  --draws N             bootstrap draws (default 1000)
  --seed N              seed (default 1)
  --type TYPE           interval shown: percentile (default), bc or bca (bca adds the n jackknife fits)
  --level X             confidence level (default 0.95)
  --workers N           worker threads (default: all cores)
${ESTIMATION_USAGE}
                        (with --group, draws are resampled within groups)
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse
  --missing-codes LIST  extra missing-value codes
${DATA_FILE_USAGE}
  --no-progress         no progress bar on stderr
  --json                print {draws, used, not_converged, inadmissible, estimates, warnings}`;

/**
 * A progress bar on stderr, redrawn at most every 100 ms: `[#####.....]  52%  520/1000`.
 * @param stream where to draw
 * @returns the progress callback
 * @example
 * const bar = bootstrapProgressBar(process.stderr); bar(10, 100);
 */
export function bootstrapProgressBar(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30, filled = Math.round((done / total) * width);
    stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round((100 * done) / total)).padStart(3)}%  ${done}/${total} fits`);
    if (done >= total) stream.write("\n");
  };
}

const intOption = (args: Parameters<Command["run"]>[0], key: string): number | undefined => {
  const v = stringOption(args, key);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new OptionError(message.cliBadInteger(key, v));
  return Number(v);
};

/** The flags of `semkit bootstrap` and how each reads its value (any other flag is a usage error). */
export const BOOTSTRAP_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS, ...ESTIMATION_FLAGS,
  model: "value", draws: "value", seed: "value", type: "value", level: "value", workers: "value", group: "value",
  reverse: "value", scale: "value", "missing-codes": "value", "no-progress": "switch", json: "switch",
};

export const bootstrapCommand: Command = {
  summary: "bootstrap SEs and percentile/BC/BCa intervals (worker threads)",
  flags: BOOTSTRAP_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const { data, model } = await readDataAndModel(args, "bootstrap");
    const scale = scaleOption(args), level = stringOption(args, "level");
    const draws = intOption(args, "draws"), seed = seedOption(args), workers = intOption(args, "workers");
    const showBar = !flag(args, "no-progress") && process.stderr.isTTY === true;
    const options: SemOptions = { ...estimationOptions(args), reverse: listOption(args, "reverse") ?? [], ...(scale !== undefined ? { scale } : {}) };
    const b = await bootstrapParallel(model, data, {
      ...options,
      ...(draws !== undefined ? { draws } : {}), ...(seed !== undefined ? { seed } : {}), ...(workers !== undefined ? { workers } : {}),
      ...(level !== undefined ? { level: Number(level) } : {}),
      type: (stringOption(args, "type") ?? "percentile") as BootstrapCiType,
      ...(showBar ? { onProgress: bootstrapProgressBar(process.stderr) } : {}),
    });
    if (flag(args, "json")) {
      out(JSON.stringify({
        draws: b.draws, seed: b.seed, type: b.type, level: b.level, used: b.used, not_converged: b.notConverged, inadmissible: b.inadmissible,
        estimates: b.estimates.map(({ boot, bootStd, ...rest }) => ({ ...rest, percentile: boot.percentile, bc: boot.bc, bca: boot.bca })),
        warnings: b.warnings,
      }, null, 2));
      return 0;
    }
    const f = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : "");
    const rows = b.estimates.filter((e) => e.se > 0).map((e) => [
      `${e.lhs} ${e.op} ${e.rhs}${b.estimates.some((x) => x.group > 1) && e.group > 0 ? ` [${e.group}]` : ""}`,
      f(e.est), f(e.se), f(e["ci.lower"]), f(e["ci.upper"]), f(e["std.all"]), f(e["std.all.ci.lower"]), f(e["std.all.ci.upper"]),
    ]);
    const L = [`Bootstrap: ${b.used} of ${b.draws} draws used (seed ${b.seed}), ${b.type} intervals at ${b.level}`, ""];
    L.push(...textTable(["parameter", "est", "boot SE", "lower", "upper", "std.all", "std lower", "std upper"], rows, 2));
    for (const w of b.warnings) L.push(`Warning: ${w}`);
    out(L.join("\n"));
    return 0;
  },
};
