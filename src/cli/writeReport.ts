import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { toSvg, OptionError } from "../index.ts";
import { documentToHtml, documentToMarkdown, tableToCsv, tableToLatex, thesisAnalysis, thesisDocument, label } from "../thesis.ts";
import type { Dataset } from "../index.ts";
import type { Lang, ReportFigure, ThesisConfig, ThesisResult } from "../thesis.ts";
import { toPng, documentToDocx } from "../node/index.ts";
import { message } from "../advanced.ts";

import { stringOption, type ParsedArgs } from "./args.ts";

/** Where the report files went. */
export interface WrittenReport {
  readonly dir: string;
  readonly markdown: string;
  readonly html: string;
  /** The Word version of the report (report.docx). */
  readonly docx: string;
  readonly figures: readonly string[];
  readonly tables: readonly string[];
  readonly result: ThesisResult;
  readonly seconds: number;
}

/**
 * The UMD builds of vega, vega-lite and vega-embed from the installed npm packages (their `build/*.min.js`,
 * next to each package's main entry), for inlining into report.html so it renders offline.
 * @returns the three script sources, in load order
 * @throws Error when a package is not installed
 * @example vegaScripts().map((s) => s.length);
 */
export function vegaScripts(): string[] {
  const req = createRequire(import.meta.url);
  return [["vega", "vega.min.js"], ["vega-lite", "vega-lite.min.js"], ["vega-embed", "vega-embed.min.js"]]
    .map(([pkg, file]) => readFileSync(join(dirname(req.resolve(pkg!)), file!), "utf8"));
}

/**
 * semkit's version from its package.json (found from this module, in src/cli or dist/cli).
 * @returns the version string, or "" when unreadable
 * @throws never
 * @example semkitVersion(); // "0.1.0"
 */
export function semkitVersion(): string {
  try {
    return (JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as { version?: string }).version ?? "";
  } catch {
    return "";
  }
}

/**
 * Run the thesis analysis and write the report: `report.md`, a self-contained `report.html` (vega, vega-lite and
 * vega-embed inlined), `report.docx` (APA three-line tables, figures embedded as PNG), `figures/<id>.svg|.png|.vl.json`
 * and `tables/<nn>_<id>.csv|.tex` (CSV with a UTF-8 BOM for Excel unless `bom: false`, full-precision numbers;
 * LaTeX booktabs).
 * @param ds the data
 * @param config the analysis configuration
 * @param options output folder, language, data-file name for the report, PNG scale or dpi (e.g. 300), BOM on the CSV tables (default true)
 * @returns the files written, the analysis result and the elapsed seconds
 * @throws the analysis' errors for unusable data; file-system errors
 * @example await writeThesisReport(readCsvFile("data/loyalty_survey.csv"), config, { dir: "out", lang: "en" });
 */
export async function writeThesisReport(ds: Dataset, config: ThesisConfig, options: { dir: string; lang: Lang; dataFile?: string; pngScale?: number; dpi?: number; bom?: boolean }): Promise<WrittenReport> {
  const t0 = Date.now();
  const result = thesisAnalysis(ds, config);
  const version = semkitVersion();
  const doc = thesisDocument(result, { lang: options.lang, ...(options.dataFile !== undefined ? { dataFile: options.dataFile } : {}), ...(version !== "" ? { version } : {}) });
  const dir = options.dir, figDir = join(dir, "figures"), tabDir = join(dir, "tables");
  mkdirSync(figDir, { recursive: true });
  mkdirSync(tabDir, { recursive: true });
  const figures: string[] = [];
  const pngs = new Map<string, Uint8Array>();
  for (const f of doc.figures) {
    const svg = await toSvg(f.spec);
    writeFileSync(join(figDir, `${f.id}.svg`), svg);
    const png = await toPng(svg, (options.dpi !== undefined ? { dpi: options.dpi } : { scale: options.pngScale ?? 2 }));
    pngs.set(f.id, png);
    writeFileSync(join(figDir, `${f.id}.png`), png);
    writeFileSync(join(figDir, `${f.id}.vl.json`), JSON.stringify(f.spec, null, 2) + "\n");
    figures.push(join(figDir, `${f.id}.svg`), join(figDir, `${f.id}.png`));
  }
  const tables: string[] = [];
  for (const t of doc.tables) {
    const base = join(tabDir, `${String(t.number).padStart(2, "0")}_${t.id}`);
    writeFileSync(`${base}.csv`, tableToCsv(t, { bom: options.bom ?? true }));
    writeFileSync(`${base}.tex`, tableToLatex(t, options.lang));
    tables.push(`${base}.csv`, `${base}.tex`);
  }
  const link = (f: ReportFigure): string => relative(dir, join(figDir, `${f.id}.svg`)).split("\\").join("/");
  const markdown = join(dir, "report.md"), html = join(dir, "report.html");
  writeFileSync(markdown, documentToMarkdown(doc, link));
  writeFileSync(html, documentToHtml(doc, vegaScripts(), link));
  const docx = join(dir, "report.docx");
  writeFileSync(docx, await documentToDocx(doc, async (f) => ({ png: pngs.get(f.id) ?? await toPng(f.spec, (options.dpi !== undefined ? { dpi: options.dpi } : { scale: options.pngScale ?? 2 })) })));
  return { dir, markdown, html, docx, figures, tables, result, seconds: (Date.now() - t0) / 1000 };
}

/**
 * `--dpi N` of the report commands as an option of `writeThesisReport`.
 * @param args parsed arguments
 * @returns `{ dpi }` or nothing
 * @throws OptionError when the value is not a positive number
 * @example dpiOption(parseArgs(["--dpi", "300"])); // { dpi: 300 }
 */
export function dpiOption(args: ParsedArgs): { dpi?: number } {
  const v = stringOption(args, "dpi");
  if (v === undefined) return {};
  const dpi = Number(v);
  if (!(Number.isFinite(dpi) && dpi > 0)) throw new OptionError(message.pngBadSize("dpi", dpi));
  return { dpi };
}

/**
 * The lines `semkit thesis` / `semkit report` print when done: where the report is, the hypothesis decisions,
 * the steps that were not available, and the time taken.
 * @param w the written report
 * @param lang language of the summary (the report's)
 * @returns lines of text
 * @throws never
 * @example summaryLines(w, "zh-CN").at(-1); // "用时 12.3 秒"
 */
export function summaryLines(w: WrittenReport, lang: Lang = "en"): string[] {
  const r = w.result, L = (k: Parameters<typeof label>[0]): string => label(k, lang);
  const sep = lang === "zh-CN" ? "" : " ";
  const lines = [`${L("consoleWritten")} ${w.html}`, `  Markdown: ${w.markdown}`, `  Word:     ${w.docx}`,
    `  ${lang === "zh-CN" ? L("consoleFigures") : L("consoleFigures").padEnd(10)}${w.figures.length} ${L("consoleFilesIn")} ${join(w.dir, "figures")}`,
    `  ${lang === "zh-CN" ? L("consoleTables") : L("consoleTables").padEnd(10)}${w.tables.length} ${L("consoleFilesIn")} ${join(w.dir, "tables")}`, ""];
  for (const h of r.hypotheses) {
    const verdict = h.supported === null ? L("consoleNotAvailable") : h.supported ? L("consoleSupported") : L("consoleNotSupported");
    const problems = h.supported === null ? [] : h.problems ?? [];
    lines.push(`  ${h.id.padEnd(4)} ${h.path.padEnd(22)} ${problems.length > 0 ? message.verdictCaveat(verdict, problems, 1) : verdict}`);
  }
  for (const p of r.problems ?? []) lines.push(`  ${L("consoleNote")}${sep}${p}`);
  const steps = { efaSection: r.efa, cfaSection: r.cfa, ...(r.cmb !== undefined ? { cmbSection: r.cmb } : {}), structural: r.structural, mediation: r.mediation, invariance: r.invariance } as const;
  for (const [name, s] of Object.entries(steps)) if (!s.available) lines.push(`  ${L("consoleNote")}${sep}${label(name as Parameters<typeof label>[0], lang)}: ${L("consoleNotAvailable")}: ${s.reason}`);
  for (const m of r.moderation) if (!m.available) lines.push(`  ${L("consoleNote")}${sep}${L("moderation")}: ${L("consoleNotAvailable")}: ${m.reason}`);
  lines.push("", L("consoleDone").replace("{s}", w.seconds.toFixed(1)));
  return lines;
}
