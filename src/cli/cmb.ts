import type { Command } from "./command.ts";
import { readDataAndModel } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption } from "./args.ts";
import { commonMethodBias, OptionError } from "../index.ts";
import { textTable } from "../thesis.ts";
import type { CommonMethodBiasResult } from "../index.ts";
import { message } from "../advanced.ts";
import { ESTIMATION_USAGE, estimationOptions, DATA_FILE_FLAGS, DATA_FILE_USAGE, ESTIMATION_FLAGS } from "./estimationFlags.ts";
import type { FlagSpec } from "./args.ts";

const USAGE = `Usage: semkit cmb <data.csv> --model <file.lav> [options]

Common-method bias (共同方法偏差检验): Harman's single-factor test (first unrotated component's share of the
items' variance, < 50%) and the unmeasured latent method factor (CFA with and without a method factor on all
items: delta chi-square, delta CFI/TLI/RMSEA/SRMR, variance explained by the method factor vs the traits).

Options:
  --model FILE          lavaan model; its =~ lines are the measurement model (required)
${ESTIMATION_USAGE}
  --cutoff X            Harman cut-off (default 0.5)
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse
  --missing-codes LIST  extra missing-value codes
${DATA_FILE_USAGE}
  --json                print the result as JSON`;

const f = (v: number, d = 3): string => (Number.isFinite(v) ? v.toFixed(d) : "NA");
const pct = (v: number): string => (Number.isFinite(v) ? `${(100 * v).toFixed(2)}%` : "NA");

/**
 * The text of `semkit cmb`: Harman's test, the two CFAs side by side with the differences, and the variance shares.
 * @param r the result of `commonMethodBias`
 * @returns the lines
 * @throws never
 * @example cmbText(commonMethodBias(ds, model)).join("\n");
 */
export function cmbText(r: CommonMethodBiasResult): string[] {
  const m = r.methodFactor;
  const L = [
    `Harman's single-factor test (${r.items.length} items, n = ${r.nComplete} complete cases):`,
    `  first unrotated component (PCA): eigenvalue ${f(r.harman.pca.eigenvalue)}, ${pct(r.harman.pca.proportion)} of the variance`,
    `  single unrotated factor (principal axis): ${pct(r.harman.factor.proportion)} of the variance`,
    `  ${r.harman.passes ? "below" : "not below"} ${pct(r.harman.cutoff)}: ${r.harman.passes ? "no single factor dominates" : "a general factor may bias the results"}`,
    "",
    "Unmeasured latent method factor (equal loadings on every item, uncorrelated with the traits):",
    ...textTable(["model", "chisq", "df", "CFI", "TLI", "RMSEA", "SRMR"], [
      ["traits only", f(m.baseline.chisq), String(m.baseline.df), f(m.baseline.cfi), f(m.baseline.tli), f(m.baseline.rmsea), f(m.baseline.srmr)],
      ["traits + method", f(m.method.chisq), String(m.method.df), f(m.method.cfi), f(m.method.tli), f(m.method.rmsea), f(m.method.srmr)],
      ["difference", f(m.deltaChisq), String(m.deltaDf), f(m.deltaCfi), f(m.deltaTli), f(m.deltaRmsea), f(m.deltaSrmr)],
    ], 2),
    `  delta chi-square p = ${f(m.pvalue)}; mean variance explained: traits ${pct(m.meanTraitVariance)}, method factor ${pct(m.meanMethodVariance)}`,
  ];
  for (const w of r.warnings) L.push(`Warning: ${w}`);
  return L;
}

/** The flags of `semkit cmb` and how each reads its value (any other flag is a usage error). */
export const CMB_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS, ...ESTIMATION_FLAGS,
  model: "value", cutoff: "value", reverse: "value", scale: "value", "missing-codes": "value", json: "switch",
};

export const cmbCommand: Command = {
  flags: CMB_FLAGS,
  summary: "common-method bias: Harman's single-factor test and the latent method factor (共同方法偏差)",
  usage: USAGE,
  async run(args, out) {
    const { data, model } = await readDataAndModel(args, "cmb");
    const scale = scaleOption(args), cutoff = stringOption(args, "cutoff");
    if (cutoff !== undefined && !(Number(cutoff) > 0 && Number(cutoff) < 1)) throw new OptionError(message.cliBadNumber("cutoff", cutoff));
    const r = commonMethodBias(data, model, {
      ...estimationOptions(args), reverse: listOption(args, "reverse") ?? [], ...(scale !== undefined ? { scale } : {}),
      ...(cutoff !== undefined ? { harmanCutoff: Number(cutoff) } : {}),
    });
    out(flag(args, "json") ? JSON.stringify(r, null, 2) : cmbText(r).join("\n"));
    return 0;
  },
};
