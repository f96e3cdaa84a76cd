import type { Command } from "./command.ts";
import { readDataAndModel } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption } from "./args.ts";
import { constructValidity, message } from "../advanced.ts";
import { textTable } from "../thesis.ts";
import type { ConstructMatrix, SemOptions, ValidityResult } from "../index.ts";
import type { FlagSpec } from "./args.ts";
import { ESTIMATION_USAGE, estimationOptions, DATA_FILE_FLAGS, DATA_FILE_USAGE, ESTIMATION_FLAGS } from "./estimationFlags.ts";

const USAGE = `Usage: semkit validity <data.csv> --model <file.lav> [options]

Fit the CFA and report construct validity as semTools 0.5-6: composite reliability (compRelSEM),
AVE, HTMT2 (htmt), latent correlations, the Fornell-Larcker table and threshold flags
(CR >= .70, AVE >= .50, HTMT < .85/.90, sqrt(AVE) > |r|).

Options:
  --model FILE          lavaan measurement model (required)
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse (default: observed range)
${ESTIMATION_USAGE}
                        (with --group: tables for the first group unless --for-group)
  --for-group LABEL     group to report
  --htmt                classic HTMT (arithmetic means) instead of HTMT2
  --missing-codes LIST  extra missing-value codes, e.g. -99,.
${DATA_FILE_USAGE}
  --json                print {composite_reliability, ave, htmt, latent_correlations, fornell_larcker, flags, warnings}`;

const f3 = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : "NA");

function matrixLines(title: string, m: ConstructMatrix, lowerOnly: boolean): string[] {
  const rows = m.names.map((n, a) => [n, ...m.names.map((_, b) => (lowerOnly && b > a ? "" : f3(m.matrix[a]![b]!)))]);
  return [title, ...textTable(["", ...m.names], rows, 2), ""];
}

/**
 * The JSON shape of `semkit validity --json` (snake_case keys, as the issue specifies).
 * @param v validity result
 * @returns a plain object
 * @example
 * validityJson(v).composite_reliability.SAT;
 */
export function validityJson(v: ValidityResult): Record<string, unknown> {
  return {
    group: v.group, constructs: v.constructs, indicators: v.indicators,
    composite_reliability: v.compositeReliability, ave: v.ave,
    htmt: { names: v.htmt.names, matrix: v.htmt.matrix },
    latent_correlations: { names: v.latentCorrelations.names, matrix: v.latentCorrelations.matrix },
    fornell_larcker: { names: v.fornellLarcker.names, matrix: v.fornellLarcker.matrix, sqrt_ave: v.fornellLarcker.sqrtAve, pass: v.fornellLarcker.pass },
    flags: v.flags, warnings: v.warnings, problems: v.problems,
  };
}

/** The flags of `semkit validity` and how each reads its value (any other flag is a usage error). */
export const VALIDITY_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS, ...ESTIMATION_FLAGS,
  model: "value", reverse: "value", scale: "value", group: "value", "for-group": "value", "missing-codes": "value",
  htmt: "switch", json: "switch",
};

export const validityCommand: Command = {
  summary: "construct validity: CR, AVE, HTMT, Fornell-Larcker (semTools)",
  flags: VALIDITY_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const { data, model } = await readDataAndModel(args, "validity");
    const forGroup = stringOption(args, "for-group"), scale = scaleOption(args);
    const options: SemOptions & { forGroup?: string; htmt2?: boolean } = {
      ...estimationOptions(args),
      reverse: listOption(args, "reverse") ?? [],
      ...(scale !== undefined ? { scale } : {}),
      ...(forGroup !== undefined ? { forGroup } : {}),
      ...(flag(args, "htmt") ? { htmt2: false } : {}),
    };
    const v = constructValidity(model, data, options);
    if (flag(args, "json")) { out(JSON.stringify(validityJson(v), null, 2)); return 0; }
    const L: string[] = [`Construct validity${v.group === "" ? "" : ` (group ${v.group})`}, n = ${v.fit.ntotal}`, ""];
    L.push(...textTable(["construct", "items", "CR", "AVE", "sqrt(AVE)"], v.constructs.map((c) => [
      c, String(v.indicators[c]!.length), f3(v.compositeReliability[c]!), f3(v.ave[c]!), f3(v.fornellLarcker.sqrtAve[c]!),
    ]), 2), "");
    L.push(...matrixLines(flag(args, "htmt") ? "HTMT:" : "HTMT2:", v.htmt, true));
    L.push(...matrixLines("Fornell-Larcker (sqrt(AVE) on the diagonal, latent correlations below):", v.fornellLarcker, true));
    const failed = v.flags.filter((x) => !x.pass);
    const verdict = failed.length === 0 ? "All thresholds met" : "Thresholds not met";
    const problems = v.problems ?? [];
    L.push(problems.length > 0 ? `${message.verdictCaveat(verdict, problems)}${failed.length === 0 ? "." : ":"}` : `${verdict}${failed.length === 0 ? "." : ":"}`,
      ...failed.map((x) => `  - ${x.message}`));
    for (const w of v.warnings) L.push(`Warning: ${w}`);
    out(L.join("\n"));
    return 0;
  },
};
