import { fileURLToPath } from "node:url";
import type { Command } from "./command.ts";
import { listOption } from "./args.ts";
import { alpha, omega, reliabilitySection, renderReport, sem } from "../index.ts";
import type { Dataset, ReportSection, ScaleReliability } from "../index.ts";
import { readCsvFile } from "../node/index.ts";

/** The seven scales of the loyalty survey (see data/README: tru4 and swc3 are reverse-worded). */
export const LOYALTY_SCALES: readonly { readonly name: string; readonly items: readonly string[] }[] = [
  { name: "SQ", items: ["sq1", "sq2", "sq3", "sq4"] },
  { name: "PV", items: ["pv1", "pv2", "pv3"] },
  { name: "SAT", items: ["sat1", "sat2", "sat3", "sat4"] },
  { name: "TRU", items: ["tru1", "tru2", "tru3", "tru4"] },
  { name: "SWC", items: ["swc1", "swc2", "swc3"] },
  { name: "ALT", items: ["alt1", "alt2", "alt3"] },
  { name: "LOY", items: ["loy1", "loy2", "loy3", "loy4"] },
];
const REVERSED = ["tru4", "swc3"];
const LIKERT = { min: 1, max: 5 };

/**
 * Default data file of the thesis report: data/loyalty_survey.csv at the package root, found from
 * this module's URL (the same relative path works from src/cli and dist/cli).
 * @returns absolute file path
 * @throws never
 * @example
 * readCsvFile(defaultThesisData());
 */
export function defaultThesisData(): string {
  return fileURLToPath(new URL("../../data/loyalty_survey.csv", import.meta.url));
}

/**
 * Reliability (α with psych's item analysis and Feldt CI, McDonald's ω) of every loyalty scale,
 * with tru4 and swc3 reverse-coded as 6 − x on the 1–5 scale.
 * @param ds the loyalty survey data
 * @returns one entry per scale, in LOYALTY_SCALES order
 * @throws UnknownColumnError when an item column is missing from the data
 * @example
 * thesisReliability(readCsvFile("data/loyalty_survey.csv"))[0].alpha.total.rawAlpha; // 0.820
 */
export function thesisReliability(ds: Dataset): ScaleReliability[] {
  return LOYALTY_SCALES.map(({ name, items }) => {
    const reverse = items.filter((i) => REVERSED.includes(i));
    const opts = { items, reverse, scale: LIKERT };
    return { name, alpha: alpha(ds, opts), omega: omega(ds, opts) };
  });
}

/**
 * The sections of the thesis report, in print order. Later sections (CFA, SEM) are appended here.
 * @param ds the loyalty survey data
 * @returns report sections for `renderReport`
 * @throws UnknownColumnError when an item column is missing from the data
 * @example
 * renderReport("Thesis", thesisSections(ds));
 */
export function thesisSections(ds: Dataset): ReportSection[] {
  return [reliabilitySection(thesisReliability(ds)), coreModelSection(ds)];
}

/** The loyalty core model of the seed theses: does trust mediate satisfaction's effect on loyalty? */
export const LOYALTY_CORE_MODEL = `SAT =~ sat1 + sat2 + sat3 + sat4
TRU =~ tru1 + tru2 + tru3 + tru4
SWC =~ swc1 + swc2 + swc3
LOY =~ loy1 + loy2 + loy3 + loy4
TRU ~ a*SAT
LOY ~ c*SAT + b*TRU + SWC
indirect := a*b
total := c + a*b`;

/**
 * The structural model section: ML fit of the loyalty core model (listwise) with lavaan's summary layout.
 * @param ds the loyalty survey data
 * @returns a report section
 * @throws as `sem`
 * @example
 * coreModelSection(ds).lines[0];
 */
export function coreModelSection(ds: Dataset): ReportSection {
  const fit = sem(LOYALTY_CORE_MODEL, ds, { reverse: REVERSED, scale: LIKERT });
  const lines = ["Model:", ...LOYALTY_CORE_MODEL.split("\n").map((l) => `  ${l}`), "",
    ...fit.summary({ fitMeasures: true, standardized: true, rsquare: true }).split("\n")];
  return { title: "Structural model (ML, listwise deletion)", lines };
}

/** `semkit thesis`: the reliability report of the seven loyalty-survey scales. */
export const thesisCommand: Command = {
  summary: "Report of the loyalty survey: reliability of all 7 scales, then the core structural model",
  usage: `Usage: semkit thesis [data.csv] [--missing-codes LIST]

Prints the reliability of the loyalty scales SQ, PV, SAT, TRU, SWC, ALT and LOY (tru4 and swc3
reverse-coded as 6 - x): alpha, standardized alpha, omega, Feldt 95% CI, item-total statistics and
alpha if an item is dropped. Default data: data/loyalty_survey.csv of the semkit package.`,
  run(args, out) {
    const file = args.positionals[0] ?? defaultThesisData();
    const missing = listOption(args, "missing-codes");
    const ds = readCsvFile(file, missing !== undefined ? { missing } : {});
    out(renderReport(`semkit thesis report: ${file.split(/[\\/]/).pop()} (N = ${ds.n})`, thesisSections(ds)));
    return 0;
  },
};
