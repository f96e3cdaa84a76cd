import { documentToHtml, documentToMarkdown, parseThesisConfig, tableToHtml, thesisAnalysis, thesisDocument } from "../../src/thesis.ts";
import type { Dataset } from "../../src/index.ts";
import type { HypothesisConfig, Lang, ThesisConfig, ThesisResult } from "../../src/thesis.ts";
import type { AnalysisChoice, DocBlock, DocPayload, FitSettings } from "./protocol.ts";
import { parseModel } from "../../src/advanced.ts";

/** Marker script of the report page that the page replaces by the figures' SVG (see `reportHtml`). */
export const FIGURE_SCRIPT_MARKER = "/*semkit-figures*/";

/**
 * The thesis configuration of a page run: constructs from the model's `=~` lines, a hypothesis per regression
 * path, an indirect-effect hypothesis per chain X → M → Y when mediation is chosen, and the chosen moderation and
 * grouping variable. The thesis steps estimate with ML or MLR (other estimators fall back to ML there).
 * @param model lavaan syntax
 * @param settings the page's fit settings
 * @param analyses the page's analysis choices
 * @returns the configuration for `thesisAnalysis`
 * @throws OptionError when the model has no latent variables (the thesis steps need constructs)
 * @example thesisConfig("F =~ a + b + c", settings, analyses).constructs[0].name // "F"
 */
export function thesisConfig(model: string, settings: FitSettings, analyses: AnalysisChoice): ThesisConfig {
  const base = {
    reverse: settings.reverse, ...(ratingModel(model, settings) ? { scale: settings.scale } : {}), demographics: [],
    estimation: { estimator: settings.estimator === "MLR" ? "MLR" : "ML", missing: settings.missing },
    bootstrap: { draws: analyses.mediation ? analyses.draws : 0, seed: analyses.seed, type: "percentile" },
    parallel: { iterations: 100, seed: analyses.seed },
    ...(analyses.invariance !== null ? { group: analyses.invariance } : {}),
  };
  const paths = parseThesisConfig(base, model).hypotheses;
  const extra: HypothesisConfig[] = [];
  if (analyses.mediation) {
    for (const a of paths) for (const b of paths) {
      if (a.type === undefined && b.type === undefined && a.to === b.from && a.from !== b.to) {
        extra.push({ id: `H${paths.length + extra.length + 1}`, type: "indirect", from: a.from, through: [a.to], to: b.to });
      }
    }
  }
  const m = analyses.moderation;
  if (m !== null) extra.push({ id: `H${paths.length + extra.length + 1}`, type: "moderation", from: m.from, moderator: m.moderator, to: m.to });
  return extra.length === 0 ? parseThesisConfig(base, model) : parseThesisConfig({ ...base, hypotheses: [...paths, ...extra] }, model);
}

/**
 * Run the thesis pipeline for the page's choices; steps that were not chosen are reported as not selected, and
 * a measurement model without regression paths (a CFA) has no structural step and no mediation.
 * @param ds the data
 * @param config from {@link thesisConfig}
 * @param analyses the page's analysis choices
 * @param reasons texts of a step that was not chosen and of a model without paths
 * @returns the thesis result
 * @throws as `thesisAnalysis` (missing or non-numeric items)
 * @example runThesis(ds, config, analyses, { notSelected: "not selected", noPaths: "no paths" }).cfa.available
 */
export function runThesis(ds: Dataset, config: ThesisConfig, analyses: AnalysisChoice, reasons: { notSelected: string; noPaths: string }): ThesisResult {
  const res = thesisAnalysis(ds, config);
  const off = { available: false as const, reason: reasons.notSelected };
  const paths = config.hypotheses.some((h) => (h.type ?? "path") === "path") || (config.paths?.length ?? 0) > 0;
  const none = { available: false as const, reason: reasons.noPaths };
  return {
    ...res, efa: analyses.efa ? res.efa : off, cfa: analyses.cfa ? res.cfa : off,
    structural: paths ? res.structural : none, mediation: !paths ? none : analyses.mediation ? res.mediation : off,
  };
}

/**
 * The report of a thesis result in one language: its blocks for the page (tables rendered to HTML), Markdown,
 * and a self-contained HTML page whose figures the page fills in (marker script {@link FIGURE_SCRIPT_MARKER}).
 * @param res the thesis result
 * @param lang report language
 * @param dataFile the data file's name for the method paragraph
 * @param version semkit version
 * @returns the document payload
 * @example reportPayload(res, "zh-CN", "survey.csv", "0.1.0").title
 */
export function reportPayload(res: ThesisResult, lang: Lang, dataFile: string, version: string): DocPayload {
  const doc = thesisDocument(res, { lang, dataFile, version });
  const blocks: DocBlock[] = doc.blocks.map((b): DocBlock => {
    switch (b.kind) {
      case "table": return { kind: "table", html: tableToHtml(b.table, lang), id: b.table.id };
      case "figure": return { kind: "figure", id: b.figure.id, caption: b.figure.caption, number: b.number, spec: b.figure.spec };
      case "heading": return { kind: "heading", level: b.level, text: b.text };
      case "paragraph": return { kind: "paragraph", text: b.text };
      case "list": return { kind: "list", items: [...b.items] };
      default: return { kind: "code", text: (b as { text: string }).text };
    }
  });
  const path = (f: { id: string }): string => `figures/${f.id}.svg`;
  return { lang, title: doc.title, blocks, markdown: documentToMarkdown(doc, path), html: documentToHtml(doc, [FIGURE_SCRIPT_MARKER], path) };
}

/**
 * Whether every indicator of the model is a rating item of the data, so that the page's response scale applies;
 * otherwise (continuous test scores such as HS1939's) the analysis declares no scale and uses the items' range.
 */
function ratingModel(model: string, settings: FitSettings): boolean {
  const rating = new Set(settings.ratingItems ?? []);
  const indicators = parseModel(model).statements.flatMap((st) => (st.kind === "relation" && st.op === "=~" ? st.rhs.map((t) => t.name) : []));
  return indicators.length > 0 && indicators.every((i) => rating.has(i));
}
