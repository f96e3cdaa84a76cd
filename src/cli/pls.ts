import type { FlagSpec } from "./args.ts";
import type { Command } from "./command.ts";
import { readDataAndModel } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption, type ParsedArgs } from "./args.ts";
import { pls, OptionError } from "../index.ts";
import { plsJson, message } from "../advanced.ts";
import { plsParallel } from "../node/index.ts";
import type { PlsOptions, PlsResult } from "../index.ts";
import { textTable } from "../thesis.ts";
import { DATA_FILE_FLAGS, DATA_FILE_USAGE } from "./estimationFlags.ts";

const USAGE = `Usage: semkit pls <data.csv> --model <file.lav> [options]

PLS-SEM (partial least squares path modelling, as seminr / SmartPLS) with the model in lavaan syntax:
C =~ x1 + x2 is a mode A ("reflective") construct, C <~ x1 + x2 a mode B ("formative") one, Y ~ X a path,
Y ~ X + Z + X:Z a moderation (two-stage).

Options:
  --model FILE          model syntax file (required)
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse (default: observed range)
  --missing MODE        mean (default: replace by the item mean, as seminr) or listwise
  --missing-codes LIST  extra missing-value codes, e.g. -99,.
  --scheme NAME         inner weighting: path (default), centroid or factorial
  --consistent          consistent PLS (PLSc) for the =~ constructs
  --boot N              bootstrap draws (adds se, ci.lower, ci.upper to every row)
  --seed S              bootstrap seed (default 1)
  --workers N           worker threads for the bootstrap (default: every core; results do not depend on it)
  --ci TYPE             interval in ci.lower/ci.upper: percentile (default) or bca
${DATA_FILE_USAGE}
  --json                print {iterations, paths, loadings, weights, r2, r2adj, reliability, htmt, f2, warnings}`;

/** The flags `semkit pls` accepts. */
export const PLS_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS,
  model: "value", reverse: "value", scale: "value", missing: "value", "missing-codes": "value",
  scheme: "value", consistent: "switch", boot: "value", seed: "value", workers: "value", ci: "value", json: "switch",
};

function choice<T extends string>(args: ParsedArgs, key: string, allowed: readonly T[]): T | undefined {
  const v = stringOption(args, key);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new OptionError(message.cliBadChoice(key, v, allowed));
  return v as T;
}

function integer(args: ParsedArgs, key: string): number | undefined {
  const v = stringOption(args, key);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new OptionError(message.cliBadInteger(key, v));
  return Number(v);
}

/** A plain-text summary in the SmartPLS order. */
function summary(fit: PlsResult): string {
  const f = (v: number | undefined): string => (v === undefined || !Number.isFinite(v) ? "." : v.toFixed(3));
  const lines: string[] = [];
  lines.push(`PLS-SEM: ${fit.nobs} observations, ${fit.scheme} weighting${fit.consistent ? ", consistent (PLSc)" : ""}, ${fit.iterations} iterations`);
  const boot = fit.paths.some((p) => p.se !== undefined);
  lines.push("", "Path coefficients");
  lines.push(...textTable(["path", "est", ...(boot ? ["se", "ci.lower", "ci.upper"] : [])],
    fit.paths.map((p) => [`${p.rhs} -> ${p.lhs}`, f(p.est), ...(boot ? [f(p.se), f(p["ci.lower"]), f(p["ci.upper"])] : [])])));
  lines.push("", "R²");
  lines.push(...textTable(["construct", "R2", "R2 adj"], Object.keys(fit.r2).map((k) => [k, f(fit.r2[k]), f(fit.r2adj[k])])));
  lines.push("", "Reliability");
  lines.push(...textTable(["construct", "alpha", "rhoC", "rhoA", "AVE"],
    Object.entries(fit.reliability).map(([k, r]) => [k, f(r.alpha), f(r.rhoC), f(r.rhoA), f(r.AVE)])));
  lines.push("", "HTMT");
  lines.push(...textTable(["", ...fit.htmt.names], fit.htmt.names.map((n, i) => [n, ...(fit.htmt.matrix[i] ?? []).map((v) => (v === null ? "" : f(v)))])));
  lines.push("", `SRMR ${f(fit.fit.srmr)}   d_ULS ${f(fit.fit.dULS)}   d_G ${f(fit.fit.dG)}`);
  for (const w of fit.warnings) lines.push(`Warning: ${w}`);
  return lines.join("\n");
}

export const plsCommand: Command = {
  summary: "PLS-SEM in lavaan syntax (seminr / SmartPLS): loadings, paths, R², reliability, HTMT, f², bootstrap",
  flags: PLS_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const { data, model } = await readDataAndModel(args, "pls");
    const scheme = choice(args, "scheme", ["path", "centroid", "factorial"] as const);
    const missing = choice(args, "missing", ["mean", "listwise"] as const);
    const ci = choice(args, "ci", ["percentile", "bca"] as const);
    const boot = integer(args, "boot");
    const seed = integer(args, "seed");
    const scale = scaleOption(args);
    const options: PlsOptions = {
      reverse: listOption(args, "reverse") ?? [],
      ...(scale !== undefined ? { scale } : {}),
      ...(missing !== undefined ? { missing } : {}),
      ...(scheme !== undefined ? { scheme } : {}),
      ...(flag(args, "consistent") ? { consistent: true } : {}),
      ...(boot !== undefined ? { bootstrap: boot } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(ci !== undefined ? { ci } : {}),
    };
    const workers = integer(args, "workers");
    const fit = (boot ?? 0) > 0
      ? await plsParallel(model, data, { ...options, ...(workers !== undefined ? { workers } : {}) })
      : pls(model, data, options);
    out(flag(args, "json") ? JSON.stringify(plsJson(fit), null, 2) : summary(fit));
    return 0;
  },
};
