/**
 * semkit/thesis — the thesis analysis and its report: the analysis steps a survey thesis reports (sample profile,
 * reliability, EFA, CFA with validity, the structural model, mediation, moderation, invariance, hypotheses), the
 * report documents, APA tables and their renderers, and the English and Chinese labels.
 */
export { thesisAnalysis } from "./thesis/thesisAnalysis.ts";
export { parseThesisConfig } from "./thesis/parseThesisConfig.ts";
export { measurementModel, structuralModel } from "./thesis/thesisModels.ts";
export { withEffectDefinitions } from "./thesis/effectDefinitions.ts";
export type { EffectDefinition, ModelWithEffects } from "./thesis/effectDefinitions.ts";
export { sampleProfile } from "./thesis/sampleProfile.ts";
export type { ProfileVariable } from "./thesis/sampleProfile.ts";
export { invarianceLadder } from "./thesis/invarianceLadder.ts";
export { compositeModeration } from "./thesis/compositeModeration.ts";
export type { ThesisConfig, ConstructConfig, HypothesisConfig, EstimationConfig, LocalizedText, Sign } from "./thesis/types.ts";
export type {
  ThesisResult, Step, Unavailable, EfaStep, CfaStep, StructuralStep, MediationStep, MediationRow, ModerationStep, ThesisInvariance,
  ThesisInvarianceRow, HypothesisRow, ReverseCodingRow, Coefficient,
} from "./thesis/result.ts";
export { label, isLang, LANGS } from "./i18n/labels.ts";
export type { Lang, LabelKey } from "./i18n/labels.ts";
// ---- report documents and tables -------------------------------------------
export { reliabilityReport, reliabilitySection } from "./report/reliabilityReport.ts";
export type { ScaleReliability } from "./reliability/types.ts";
export { renderReport } from "./report/renderReport.ts";
export type { ReportSection } from "./report/renderReport.ts";
export { textTable } from "./report/textTable.ts";
export { textCell, numberCell, pCell, intervalCell, cellsRow, sectionRow, formatNumber, formatP } from "./report/table.ts";
export type { ApaTable, TableColumn, TableCell, TableRow, Align } from "./report/table.ts";
export { tableToMarkdown, escapeMarkdown } from "./report/renderMarkdownTable.ts";
export { tableToHtml, escapeHtml } from "./report/renderHtmlTable.ts";
export { tableToLatex, escapeLatex } from "./report/renderLatexTable.ts";
export { tableToCsv, csvField } from "./report/renderCsvTable.ts";
export type { CsvTableOptions } from "./report/renderCsvTable.ts";
export { thesisFigures } from "./report/thesisFigures.ts";
export { fitKeys } from "./report/tables/fitTable.ts";
export type { ReportFigure } from "./report/thesisFigures.ts";
export { documentToMarkdown, documentToHtml } from "./report/reportDocument.ts";
export type { ReportDocument, ReportBlock } from "./report/reportDocument.ts";
export { thesisDocument } from "./report/thesisDocument.ts";
export type { ThesisDocument, ThesisDocumentOptions } from "./report/thesisDocument.ts";
