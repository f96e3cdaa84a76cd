import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import { flag, listOption, scaleOption, stringOption } from "./args.ts";
import { efa, OptionError, totalVarianceExplained } from "../index.ts";
import { textTable } from "../thesis.ts";
import type { EfaOptions, EfaResult, ExtractionMethod, RotationMethod, TotalVarianceExplained } from "../index.ts";
import { message } from "../advanced.ts";
import type { FlagSpec } from "./args.ts";
import { DATA_FILE_FLAGS, DATA_FILE_USAGE } from "./estimationFlags.ts";

const USAGE = `Usage: semkit efa <data.csv> --nfactors M [options]

Exploratory factor analysis as psych::fa, on complete cases of the items.

Options:
  --items LIST          items, comma-separated; patterns such as 'sq*,pv*' allowed (default: all numeric columns)
  --nfactors M          number of factors (required)
  --fm METHOD           minres (default), pa, ml or pca
  --rotate ROTATION     oblimin (default), none, varimax, quartimax, promax, geominQ or geominT
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale for --reverse, e.g. 1:5 (default: observed range of the items)
  --missing-codes LIST  extra missing-value codes in the file, e.g. -99,.
${DATA_FILE_USAGE}
  --json                print one JSON object instead of tables`;

/**
 * The EFA result as the JSON object of \`semkit efa --json\`.
 * @param res result of \`efa()\`
 * @returns \`{ items, nobs, nfactors, fm, rotate, loadings, communalities, uniquenesses, phi, eigenvalues, variance,
 *   kmo: { overall, items: { name: value } }, bartlett: { chisq, df, pvalue }, fit: { rms, tli, rmsea, chi, dof }, warnings }\`
 *   (NaN becomes null in JSON)
 * @throws never
 * @example
 * JSON.stringify(efaJson(efa(ds, { nfactors: 3 })));
 */
export function efaJson(res: EfaResult): Record<string, unknown> {
  return {
    items: res.items, nobs: res.nobs, nfactors: res.nfactors, fm: res.fm, rotate: res.rotate,
    loadings: res.loadings, communalities: res.communalities, uniquenesses: res.uniquenesses, phi: res.phi,
    eigenvalues: res.eigenvalues, variance: res.variance,
    kmo: { overall: res.kmo.overall, items: Object.fromEntries(res.items.map((name, j) => [name, res.kmo.items[j]!])) },
    bartlett: { chisq: res.bartlett.chisq, df: res.bartlett.df, pvalue: res.bartlett.pvalue },
    fit: { rms: res.fit.rms, tli: res.fit.tli, rmsea: res.fit.rmsea, chi: res.fit.chi, dof: res.fit.dof },
    warnings: res.warnings,
  };
}

const f = (x: number | null | undefined, d = 2): string => (x === null || x === undefined || !Number.isFinite(x) ? "NA" : x.toFixed(d));
const pvText = (x: number): string => (!Number.isFinite(x) ? "= NA" : x < 1e-16 ? "< 1e-16" : `= ${x < 0.001 ? x.toExponential(2) : x.toFixed(3)}`);

/**
 * Readable text in the layout of psych's \`print(fa(...))\`: pattern loadings with h2, u2 and complexity,
 * variance accounted for, factor correlations, fit, KMO and Bartlett's test, warnings.
 * Then SPSS's "Total Variance Explained" table when `tve` is given. PCA has no χ², RMSEA or TLI: they are left out.
 * @param res result of \`efa()\`
 * @param tve the total-variance table of the same solution
 * @returns the text
 * @throws never
 * @example
 * console.log(efaText(efa(ds, { nfactors: 3 })));
 */
export function efaText(res: EfaResult, tve?: TotalVarianceExplained): string {
  const m = res.nfactors;
  const prefix = { minres: "MR", pa: "PA", ml: "ML", pca: "PC" }[res.fm];
  const cols = Array.from({ length: m }, (_, k) => `${prefix}${k + 1}`);
  const v = res.variance;
  const lines = [
    `Factor analysis: ${res.nfactors} factor${m === 1 ? "" : "s"}, fm = ${res.fm}, rotate = ${res.rotate}, n = ${res.nobs ?? "NA"}`,
    "",
    `${res.phi === null ? "Standardized loadings" : "Standardized loadings (pattern matrix)"}:`,
    ...textTable(["item", ...cols, "h2", "u2", "com"],
      res.items.map((name, i) => [name, ...res.loadings[i]!.map((l) => f(l)), f(res.communalities[i]), f(res.uniquenesses[i]), f(res.complexity[i], 1)])),
    "",
    ...textTable(["", ...cols], [
      ["SS loadings", ...v.ss.map((x) => f(x))],
      ["Proportion Var", ...v.proportion.map((x) => f(x))],
      ["Cumulative Var", ...v.cumulative.map((x) => f(x))],
      ["Proportion Explained", ...v.proportionExplained.map((x) => f(x))],
      ["Cumulative Proportion", ...v.cumulativeProportion.map((x) => f(x))],
    ]),
  ];
  if (res.phi !== null) lines.push("", "Factor correlations:", ...textTable(["", ...cols], res.phi.map((row, k) => [cols[k]!, ...row.map((x) => f(x))])));
  const fit = res.fit;
  if (tve !== undefined) lines.push("", ...totalVarianceText(tve, m));
  lines.push("");
  // χ², RMSEA and TLI test a common-factor model; principal components have none (psych principal() prints RMSR only)
  if (res.fm === "pca") lines.push(`RMSR = ${f(fit.rms)}`);
  else lines.push(`Degrees of freedom: ${fit.dof}; chi square = ${f(fit.chi)} (p ${pvText(fit.pvalue)})`, `RMSR = ${f(fit.rms)}; RMSEA = ${f(fit.rmsea, 3)}; Tucker-Lewis index = ${f(fit.tli, 3)}`);
  lines.push(
    `KMO overall MSA = ${f(res.kmo.overall)}; Bartlett's test: chi square = ${f(res.bartlett.chisq)}, df = ${res.bartlett.df}, p ${pvText(res.bartlett.pvalue)}`,
  );
  for (const w of res.warnings) lines.push("", `Warning: ${w}`);
  return lines.join("\n");
}

/** The flags of `semkit efa` and how each reads its value (any other flag is a usage error). */
export const EFA_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS,
  items: "value", nfactors: "value", fm: "value", rotate: "value", reverse: "value", scale: "value",
  "missing-codes": "value", json: "switch",
};
/**
 * SPSS's "Total Variance Explained" table as text: initial eigenvalues, extraction and rotation sums of squared
 * loadings, each with Total, % of Variance and Cumulative % (rotation totals only for an oblique rotation).
 * @param t the table of `totalVarianceExplained`
 * @param m number of factors
 * @returns the lines
 * @throws never
 * @example totalVarianceText(totalVarianceExplained(ds, opts), 3).join("\n");
 */
export function totalVarianceText(t: TotalVarianceExplained, m: number): string[] {
  const c = (x: number | undefined, d: number): string => (x === undefined || !Number.isFinite(x) ? "" : x.toFixed(d));
  const three = (v: { total: number; percent: number; cumulative: number } | undefined): string[] => [c(v?.total, 3), c(v?.percent, 2), c(v?.cumulative, 2)];
  return [
    "Total variance explained (initial eigenvalues | extraction sums of squared loadings | rotation sums of squared loadings):",
    ...textTable(["component", "initial", "% var", "cum %", "extraction", "% var", "cum %", "rotation", "% var", "cum %"],
      t.initial.map((ini, k) => [String(k + 1), ...three(ini), ...(k < m ? three(t.extraction[k]) : ["", "", ""]), ...(k < m ? three(t.rotation[k]) : ["", "", ""])])),
    ...(t.oblique ? ["  Oblique rotation: the factors are correlated, so their sums of squared loadings are totals only (as SPSS)."] : []),
  ];
}

/** `semkit efa`: exploratory factor analysis of items in a CSV file. */
export const efaCommand: Command = {
  summary: "Exploratory factor analysis (as psych::fa): minres/pa/ml/pca, oblimin/promax/varimax/geomin",
  flags: EFA_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const file = args.positionals[0];
    if (file === undefined) throw new OptionError(message.cliMissingArgument("efa", "the data file"));
    const nf = stringOption(args, "nfactors");
    if (nf === undefined) throw new OptionError(message.cliMissingArgument("efa", "--nfactors"));
    const ds = await readDataFile(args, file);
    const items = listOption(args, "items"), reverse = listOption(args, "reverse"), scale = scaleOption(args);
    const fm = stringOption(args, "fm"), rotate = stringOption(args, "rotate");
    const options: EfaOptions = {
      nfactors: Number(nf),
      ...(items !== undefined ? { items } : {}),
      ...(reverse !== undefined ? { reverse } : {}),
      ...(scale !== undefined ? { scale } : {}),
      ...(fm !== undefined ? { fm: fm as ExtractionMethod } : {}),
      ...(rotate !== undefined ? { rotate: rotate as RotationMethod } : {}),
    };
    const res = efa(ds, options);
    const tve = totalVarianceExplained(ds, options, res);
    out(flag(args, "json") ? JSON.stringify({ ...efaJson(res), total_variance_explained: tve }, null, 2) : efaText(res, tve));
    return 0;
  },
};
