import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption } from "./args.ts";
import { invariance, OptionError, reverseCode } from "../index.ts";
import { textTable, invarianceLadder } from "../thesis.ts";
import type { InvarianceLevel } from "../index.ts";
import { message } from "../advanced.ts";
import { readInputFile } from "./inputFile.ts";
import type { FlagSpec } from "./args.ts";
import { ESTIMATION_USAGE, estimationOptions, DATA_FILE_FLAGS, DATA_FILE_USAGE, ESTIMATION_FLAGS } from "./estimationFlags.ts";

const USAGE = `Usage: semkit invariance <data.csv> --model <file.lav> --group COL [options]

Measurement invariance in one call: configural, metric (loadings), scalar (+ intercepts) and
strict (+ residuals) models, with chi-square difference tests and Chen's (2007) cut-offs
(delta CFI >= -.010; delta RMSEA <= .015; delta SRMR <= .030 for loadings, .010 after).

Options:
  --model FILE          lavaan model syntax (required)
${ESTIMATION_USAGE}
                        (--group is required here)
  --levels LIST         e.g. configural,metric,scalar (default all four)
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse
  --missing-codes LIST  extra missing-value codes
${DATA_FILE_USAGE}
  --json                print {group, groups, supported, table, warnings}`;

const f = (v: number | null, d = 3): string => (v === null || !Number.isFinite(v) ? "" : v.toFixed(d));
const p = (v: number | null): string => (v === null || !Number.isFinite(v) ? "" : v < 0.001 ? "<.001" : v.toFixed(3));

/** The flags of `semkit invariance` and how each reads its value (any other flag is a usage error). */
export const INVARIANCE_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS, ...ESTIMATION_FLAGS,
  model: "value", group: "value", levels: "value", reverse: "value", scale: "value", "missing-codes": "value",
  json: "switch",
};

export const invarianceCommand: Command = {
  summary: "measurement invariance: configural, metric, scalar, strict",
  flags: INVARIANCE_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const file = args.positionals[0];
    const modelFile = stringOption(args, "model"), group = stringOption(args, "group");
    if (file === undefined || modelFile === undefined || group === undefined) {
      throw new OptionError(message.cliMissingArgument("invariance", file === undefined ? "<data.csv>" : modelFile === undefined ? "--model" : "--group"));
    }
    const data = await readDataFile(args, file);
    const model = readInputFile(modelFile, "model file (--model)");
    const scale = scaleOption(args), levels = listOption(args, "levels") as InvarianceLevel[] | undefined;
    const est = estimationOptions(args);
    if (est.estimator === "MLR" && est.ordered === undefined) {
      // Robust statistics as the report shows them: scaled χ² with the Satorra–Bentler (2001) difference test,
      // robust CFI and RMSEA.
      const reverse = listOption(args, "reverse") ?? [];
      const ds = reverse.length > 0 ? reverseCode(data, reverse, scale) : data;
      const lad = invarianceLadder(model, ds, group, { estimator: "MLR", missing: est.missing === "ml" || est.missing === "fiml" ? "fiml" : "listwise" });
      const rows = lad.rows.filter((r) => levels === undefined || levels.includes(r.step));
      if (flag(args, "json")) {
        out(JSON.stringify({ group: lad.group, groups: lad.groups, estimator: lad.estimator, statistics: lad.statistics, table: rows, warnings: lad.warnings }, null, 2));
        return 0;
      }
      const L = [`Measurement invariance across ${lad.group} (${lad.groups.join(", ")}), ${lad.estimator}: scaled chi-square, robust CFI and RMSEA`, ""];
      L.push(...textTable(["model", "chisq", "df", "CFI", "RMSEA", "SRMR", "dChisq (SB)", "ddf", "p", "dCFI", "dRMSEA", "dSRMR", "Chen (2007)"], rows.map((r) => [
        r.step, f(r.chisq), String(r.df), f(r.cfi), f(r.rmsea), f(r.srmr), f(r.deltaChisq), r.deltaDf === null ? "" : String(r.deltaDf), p(r.deltaP),
        f(r.deltaCfi), f(r.deltaRmsea), f(r.deltaSrmr), r.invariant === null ? "" : r.invariant ? "holds" : "rejected",
      ]), 2));
      for (const w of lad.warnings) L.push(`Warning: ${w}`);
      out(L.join("\n"));
      return 0;
    }
    const res = invariance(model, data, {
      ...estimationOptions(args), group, reverse: listOption(args, "reverse") ?? [], ...(scale !== undefined ? { scale } : {}), ...(levels !== undefined ? { levels } : {}),
    });
    if (flag(args, "json")) {
      out(JSON.stringify({ group: res.group, groups: res.groups, supported: res.supported, table: res.table, warnings: res.warnings, problems: res.problems }, null, 2));
      return 0;
    }
    const rows = res.table.map((r) => [
      r.level, f(r.chisq), String(r.df), f(r.cfi), f(r.rmsea), f(r.srmr), f(r.deltaChisq), r.deltaDf === null ? "" : String(r.deltaDf), p(r.pLrt),
      f(r.deltaCfi), f(r.deltaRmsea), f(r.deltaSrmr), r.decision === null ? "" : r.decision.holds ? "holds" : "rejected",
    ]);
    const L = [`Measurement invariance across ${res.group} (${res.groups.join(", ")})`, ""];
    L.push(...textTable(["model", "chisq", "df", "CFI", "RMSEA", "SRMR", "dChisq", "ddf", "p", "dCFI", "dRMSEA", "dSRMR", "Chen (2007)"], rows, 2));
    const problems = res.problems ?? [];
    const verdict = res.supported === null ? "Supported: none" : `Supported: ${res.supported} invariance`;
    L.push("", problems.length > 0 ? `${message.verdictCaveat(verdict, problems)}.` : `${verdict}.`);
    for (const w of res.warnings) L.push(`Warning: ${w}`);
    out(L.join("\n"));
    return 0;
  },
};
