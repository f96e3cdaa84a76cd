import { cmbParagraph, cmbTable } from "./tables/cmbTable.ts";
import { totalVarianceTable } from "./tables/totalVarianceTable.ts";
import { checkLang, label } from "../i18n/labels.ts";
import { plsTables } from "./tables/plsTables.ts";
import type { Lang, LabelKey } from "../i18n/labels.ts";
import { prose } from "../i18n/prose.ts";
import type { ThesisResult } from "../thesis/result.ts";
import type { ApaTable } from "./table.ts";
import { formatNumber, formatP } from "./table.ts";
import type { ReportBlock, ReportDocument } from "./reportDocument.ts";
import type { ReportFigure } from "./thesisFigures.ts";
import { thesisFigures } from "./thesisFigures.ts";
import { localize } from "./tables/tableContext.ts";
import type { TableContext } from "./tables/tableContext.ts";
import { descriptivesTable, likertTable, reverseCodingTable, sampleProfileTable } from "./tables/sampleTables.ts";
import { itemTotalTable, reliabilityTable } from "./tables/reliabilityTables.ts";
import { adequacyTable, efaLoadingsTable } from "./tables/efaTables.ts";
import { cfaLoadingsTable, fornellLarckerTable, htmtTable } from "./tables/cfaTables.ts";
import { fitKeys, fitTable } from "./tables/fitTable.ts";
import { hypothesisTable, indirectTable, moderationTable, pathsTable } from "./tables/structuralTables.ts";
import { invarianceTable } from "./tables/invarianceTable.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkThesisArg } from "../thesis/checkThesisArgs.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of {@link thesisDocument}. */
export interface ThesisDocumentOptions {
  readonly lang: Lang;
  /** Name of the data file, for the method paragraph. */
  readonly dataFile?: string;
  /** semkit version, for the method paragraph. */
  readonly version?: string;
  /** Figures to place (default: `thesisFigures(res, lang)`). */
  readonly figures?: readonly ReportFigure[];
}

/** The accepted keys of `thesisDocument()` options. */
export const THESIS_DOCUMENT_OPTION_KEYS = optionKeys<ThesisDocumentOptions>({
  lang: true, dataFile: true, version: true, figures: true,
});

/** The report with its tables and figures, each numbered in order of appearance. */
export interface ThesisDocument extends ReportDocument {
  readonly tables: readonly ApaTable[];
  readonly figures: readonly ReportFigure[];
}

const f3 = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? "NA" : formatNumber(x, 3, false));

/**
 * Assemble the thesis report from an analysis result: a numbered section per analysis step, each with its
 * sentences (numbers filled in), APA tables and figures, in the report language; steps that are not available
 * say so and why. The tables and figures are also returned for writing as files.
 * @param res the analysis result (`thesisAnalysis`)
 * @param options language, data file name, semkit version, figures
 * @returns the document with its numbered tables and figures
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers) for unavailable steps
 * @example const doc = thesisDocument(res, { lang: "zh-CN" }); doc.tables.map((t) => t.id);
 */
export function thesisDocument(res: ThesisResult, options: ThesisDocumentOptions): ThesisDocument {
  checkThesisArg("thesisDocument", "res", res);
  checkArg("thesisDocument", "options", options, "object");
  options = checkOptionKeys("thesisDocument", options, THESIS_DOCUMENT_OPTION_KEYS);
  checkLang("thesisDocument", options.lang);
  const lang = options.lang, config = res.config;
  const blocks: ReportBlock[] = [];
  const tables: ApaTable[] = [];
  const placed: ReportFigure[] = [];
  const figures = options.figures ?? thesisFigures(res, lang);
  const ctx = (): TableContext => ({ lang, number: tables.length + 1, config });
  const table = (t: ApaTable): void => { tables.push(t); blocks.push({ kind: "table", table: t }); };
  const figs = (section: string): void => {
    for (const f of figures.filter((g) => g.section === section)) { placed.push(f); blocks.push({ kind: "figure", figure: f, number: placed.length }); }
  };
  let sec = 0;
  const heading = (key: LabelKey): void => { blocks.push({ kind: "heading", level: 1, text: `${++sec} ${label(key, lang)}` }); };
  const para = (s: (l: Lang) => string): void => { blocks.push({ kind: "paragraph", text: s(lang) }); };
  const missingStep = (key: LabelKey, reason: string): void => para(prose.notAvailable(label(key, lang), reason));
  const caveat = (problems: readonly string[]): void => { if (problems.length > 0) para(prose.inadmissible(problems.join("; "))); };
  const list = (names: readonly string[]): string => names.join(lang === "zh-CN" ? "、" : ", ");

  heading("method");
  const cells = res.descriptives.items.reduce((s, it) => s + it.missing, 0);
  para(prose.data(options.dataFile ?? "", res.n, res.nComplete, res.items.length, config.constructs.length, ((100 * cells) / (res.n * res.items.length)).toFixed(1)));
  const main = res.structural.available ? res.structural.fit : res.cfa.available ? res.cfa.fit : null;
  if (main !== null) para(prose.estimation(config.estimation.estimator, config.estimation.missing !== "listwise", main.ntotal, res.n));
  para(prose.otherSteps);
  if (options.version !== undefined) para(prose.software(options.version));

  if (res.sample.length > 0) {
    heading("sampleProfile");
    table(sampleProfileTable(res.sample, ctx()));
  }

  heading("descriptives");
  table(descriptivesTable(res.descriptives, ctx()));
  table(likertTable(res.descriptives, ctx()));
  figs("descriptives");

  if (res.reverseCoding.length > 0) {
    heading("reverseCoding");
    para(prose.reverse(list(config.reverse), config.scale.min + config.scale.max));
    table(reverseCodingTable(res.reverseCoding, ctx()));
  }

  heading("reliability");
  const alphas = res.reliability.map((s) => s.alpha.total.rawAlpha);
  para(prose.reliability(f3(Math.min(...alphas)), f3(Math.max(...alphas)), list(res.reliability.filter((s) => s.alpha.total.rawAlpha < 0.7).map((s) => s.name))));
  table(reliabilityTable(res.reliability, ctx()));
  table(itemTotalTable(res.reliability, ctx()));
  figs("reliability");

  heading("efaSection");
  if (res.efa.available) {
    const e = res.efa.efa;
    para(prose.efa(f3(e.kmo.overall), e.bartlett.chisq.toFixed(2), e.bartlett.df, e.bartlett.pvalue < 0.001 ? "< .001" : `= ${formatP(e.bartlett.pvalue)}`, String(res.efa.parallel.nfactors ?? "NA"), e.nfactors));
    table(adequacyTable(res.efa, ctx()));
    if (res.efa.totalVariance !== undefined) table(totalVarianceTable(res.efa.totalVariance, ctx()));
    table(efaLoadingsTable(res.efa, ctx()));
    figs("efa");
  } else missingStep("efaSection", res.efa.reason);

  heading("cfaSection");
  if (res.cfa.available) {
    const fit = res.cfa.fit, fm = fit.fitMeasures(), k = fitKeys(fit.estimator === "MLR");
    para(prose.cfa(fm[k.chisq]!.toFixed(2), fm.df!, f3(fm[k.cfi]), f3(fm[k.rmsea]), f3(fm.srmr)));
    blocks.push({ kind: "code", text: res.cfa.model });
    table(fitTable([{ label: label("measurementModel", lang), fit }, ...(res.structural.available ? [{ label: label("structuralModel", lang), fit: res.structural.fit }] : [])], ctx()));
    const v = res.cfa.validity.available ? res.cfa.validity.result : null;
    if (v !== null) {
      const htmtMax = Math.max(...v.htmt.matrix.flatMap((r, i) => r.filter((_, j) => j < i)));
      para(prose.validity(v.constructs.every((c) => v.compositeReliability[c]! >= 0.7), list(v.constructs.filter((c) => !(v.ave[c]! >= 0.5))),
        v.constructs.every((c) => v.fornellLarcker.pass[c] !== false), f3(htmtMax)));
      caveat(v.problems ?? []);
    } else if (!res.cfa.validity.available) { missingStep("ave", res.cfa.validity.reason); caveat(fit.problems ?? []); }
    table(cfaLoadingsTable(fit, v, ctx()));
    if (v !== null) { table(fornellLarckerTable(v, ctx())); table(htmtTable(v, ctx())); }
    figs("cfa");
  } else missingStep("cfaSection", res.cfa.reason);

  if (res.cmb !== undefined) {
    heading("cmbSection");
    if (res.cmb.available) { const r = res.cmb.result; para((l) => cmbParagraph(r, l)); table(cmbTable(r, ctx())); }
    else missingStep("cmbSection", res.cmb.reason);
  }

  heading("structural");
  if (res.structural.available) {
    blocks.push({ kind: "code", text: res.structural.model });
    table(pathsTable(res.structural, ctx()));
    figs("structural");
  } else missingStep("structural", res.structural.reason);

  heading("mediation");
  if (res.mediation.available) { table(indirectTable(res.mediation, ctx())); figs("mediation"); }
  else missingStep("mediation", res.mediation.reason);

  if (res.moderation.length > 0) {
    heading("moderation");
    for (const m of res.moderation) {
      if (!m.available) { missingStep("moderation", m.reason); continue; }
      const c = m.coefficients[m.coefficients.length - 1]!;
      if (m.method === "latent") para(prose.moderationLatent(m.from, m.moderator, m.to, formatNumber(c.std ?? c.b, 3), c.pvalue < 0.001 ? "< .001" : `= ${formatP(c.pvalue)}`, c.pvalue < config.alpha));
      else para(prose.moderationComposite);
      caveat(m.problems ?? []);
      table(moderationTable(m, ctx()));
    }
    figs("moderation");
  }

  heading("invariance");
  if (res.invariance.available) {
    const rows = res.invariance.rows;
    // the ladder stops at the first rejected step or the first rung whose fit is not admissible
    const firstFail = rows.findIndex((r) => r.invariant === false || r.admissible === false);
    const last = firstFail === -1 ? rows[rows.length - 1]! : rows[firstFail - 1];
    para(last === undefined ? prose.invarianceUnusable(res.invariance.group)
      : last.step === "configural" ? prose.invarianceNone(res.invariance.group) : prose.invariance(res.invariance.group, label(last.step, lang)));
    caveat(res.invariance.problems ?? []);
    table(invarianceTable(res.invariance, ctx()));
    figs("invariance");
  } else missingStep("invariance", res.invariance.reason);

  heading("hypotheses");
  para(prose.structural(res.hypotheses.filter((h) => h.supported === true).length, res.hypotheses.length, tables.length + 1));
  table(hypothesisTable(res.hypotheses, ctx()));
  caveat([...new Set(res.hypotheses.flatMap((h) => (h.supported === null ? [] : h.problems ?? [])))]);

  if (res.pls !== undefined) {
    heading("plsSection");
    if (res.pls.available) {
      blocks.push({ kind: "code", text: res.pls.model });
      for (const t of plsTables(res.pls, ctx())) table(t);
    } else missingStep("plsSection", res.pls.reason);
  }

  const warnings = [
    ...res.reliability.flatMap((s) => [...s.alpha.warnings, ...s.omega.warnings].map((w) => `${s.name}: ${w}`)),
    ...(res.efa.available ? res.efa.efa.warnings.map((w) => `EFA: ${w}`) : []),
    ...(res.cfa.available ? res.cfa.fit.warnings.map((w) => `CFA: ${w}`) : []),
    ...(res.structural.available ? res.structural.fit.warnings.map((w) => `SEM: ${w}`) : []),
    ...(res.mediation.available && res.mediation.bootstrap.available === false ? [`bootstrap: ${res.mediation.bootstrap.reason}`] : []),
    ...(res.mediation.available && res.mediation.bootstrap.available ? (res.mediation.bootstrap.warnings ?? []).map((w) => `bootstrap: ${w}`) : []),
    ...res.moderation.flatMap((m) => (m.available ? m.warnings.map((w) => `${m.from} × ${m.moderator}: ${w}`) : [])),
    ...(res.invariance.available ? res.invariance.warnings.map((w) => `invariance: ${w}`) : []),
    ...(res.pls?.available === true ? res.pls.fit.warnings.map((w) => `PLS: ${w}`) : []),
  ];
  if (warnings.length > 0) { blocks.push({ kind: "heading", level: 1, text: label("warnings", lang) }); blocks.push({ kind: "list", items: warnings }); }
  const title = localize(config.title, lang, label("reportTitle", lang));
  return { title, lang, blocks, tables, figures: placed };
}
