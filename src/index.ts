/**
 * semkit — the one public entry (browser-safe; Node-only helpers live in `semkit/node`).
 */
export * from "./errors.ts";
export { createRng } from "./random/rng.ts";
export type { Rng } from "./random/rng.ts";
export type { Dataset, Column, NumericColumn, TextColumn } from "./data/types.ts";

// ---- data input -----------------------------------------------------------
export { parseCsv } from "./data/parseCsv.ts";
export type { CsvOptions } from "./data/csvOptions.ts";
export { toDataset } from "./data/toDataset.ts";
export type { DataInput, DanfoLike, ArqueroLike } from "./data/toDataset.ts";
export { ANSWER_LABEL_SETS, answerLabelMap, applyAnswerLabels, parseAnswerLabels } from "./data/answerLabels.ts";
export type { AnswerLabels, AnswerLabelSet } from "./data/answerLabels.ts";
export { selectItems } from "./data/selectItems.ts";
export { numericMatrix } from "./data/numericMatrix.ts";
export type { NumericMatrix } from "./data/numericMatrix.ts";
export { reverseCode } from "./data/reverseCode.ts";
export type { Scale } from "./data/reverseCode.ts";
export { describe } from "./data/describe.ts";
export type { DescribeResult, ItemDescription } from "./data/describe.ts";
export { covariance } from "./data/covariance.ts";
export type { CovarianceOptions } from "./data/covariance.ts";
export { correlation } from "./data/correlation.ts";
export { sampleMoments } from "./data/sampleMoments.ts";
export type { SampleMoments } from "./data/sampleMoments.ts";
// ---- reliability ----------------------------------------------------------
export { alpha } from "./reliability/alpha.ts";
export type { AlphaOptions } from "./reliability/alpha.ts";
export { alphaFromMatrix } from "./reliability/alphaFromMatrix.ts";
export type { AlphaMatrixOptions } from "./reliability/alphaFromMatrix.ts";
export { omega } from "./reliability/omega.ts";
export { omegaFromCorrelation } from "./reliability/omegaFromCorrelation.ts";
export type { ItemSelection, ItemMatrixInput, ReliabilityInput } from "./reliability/itemMatrix.ts";
export type {
  AlphaResult, AlphaTotal, AlphaDropRow, AlphaItemStats, AlphaInterval, AlphaBootstrap, OmegaResult,
} from "./reliability/types.ts";
export { reliabilityReport, reliabilitySection } from "./report/reliabilityReport.ts";
export type { ScaleReliability } from "./report/reliabilityReport.ts";
export { renderReport } from "./report/renderReport.ts";
export type { ReportSection } from "./report/renderReport.ts";
export { textTable } from "./report/textTable.ts";
// ---- syntax / partable ----------------------------------------------------
export { parseModel, parseExpr } from "./syntax/parse.ts";
export { printModel, printStatement, printExpr } from "./syntax/print.ts";
export type { PrintExprOptions } from "./syntax/print.ts";
export { evaluate, exprIdentifiers } from "./syntax/evaluate.ts";
export type { ExprEnv } from "./syntax/evaluate.ts";
export { stripPositions } from "./syntax/strip.ts";
export { EXPR_FUNCTIONS } from "./syntax/functions.ts";
export type { ExprFunction } from "./syntax/functions.ts";
export type {
  ModelSyntax, Statement, RelationStatement, DefinitionStatement, ConstraintStatement, RelationOp, ConstraintOp,
  BinaryOp, Expr, Modifier, Term, LhsName, SourcePos,
} from "./syntax/types.ts";
export { buildParTable } from "./partable/buildParTable.ts";
export { startValues } from "./partable/startValues.ts";
export type {
  ParTable, ParRow, ParOp, ParTableSpec, ParDefinition, ParConstraint, ParVariableClasses,
} from "./partable/types.ts";
// ---- sem / cfa ------------------------------------------------------------
export { sem, cfa } from "./sem/sem.ts";
export type { SemFit, SemOptions, Estimator, ParameterEstimate, ModificationIndex, ImpliedMoments } from "./sem/types.ts";
export type { SampleStatistics } from "./data/sampleStatistics.ts";
export { fitMeasuresML } from "./fit/fitMeasuresML.ts";
export { baselineChisqML } from "./fit/baselineChisqML.ts";
export type { FitInput, FitGroupInput, ResidualRms, BaselineChisq } from "./fit/types.ts";
// ---- fit from sample moments (issues 10/11, brief O) ----------------------
export { semFromMoments } from "./sem/semFromMoments.ts";
export type { MomentsFitOptions } from "./sem/semFromMoments.ts";
// ---- efa ------------------------------------------------------------------
export { efa } from "./efa/efa.ts";
export type { EfaOptions } from "./efa/efa.ts";
export { totalVarianceExplained } from "./efa/totalVarianceExplained.ts";
export type { TotalVarianceExplained, VarianceCells } from "./efa/totalVarianceExplained.ts";
export type { EfaInput, CorrelationInput, EfaItemOptions } from "./efa/efaInput.ts";
export type {
  EfaResult, ExtractionMethod, RotationMethod, VarianceAccounted, Extraction, Extractor, Rotation, Rotator, RotationCriterion,
} from "./efa/types.ts";
export { efaFromCorrelation } from "./efa/efaFromCorrelation.ts";
export { kmo } from "./efa/kmo.ts";
export type { KmoResult } from "./efa/kmo.ts";
export { bartlett } from "./efa/bartlett.ts";
export type { BartlettResult } from "./efa/bartlett.ts";
export { smc } from "./efa/smc.ts";
export { parallelAnalysis } from "./efa/parallelAnalysis.ts";
export type { ParallelOptions, ParallelResult } from "./efa/parallelAnalysis.ts";
export { mapTest } from "./efa/mapTest.ts";
export type { MapTestOptions } from "./efa/mapTest.ts";
export { velicerMap } from "./efa/velicerMap.ts";
export type { VelicerMapResult } from "./efa/velicerMap.ts";
export { extractors } from "./efa/extractors.ts";
export { rotators } from "./efa/rotators.ts";
export { gpaOblique } from "./efa/gpaOblique.ts";
export type { GpaOptions } from "./efa/gpaOblique.ts";
export { gpaOrthogonal } from "./efa/gpaOrthogonal.ts";
export { obliminCriterion } from "./efa/criteria/oblimin.ts";
export { geominCriterion } from "./efa/criteria/geomin.ts";
export { quartimaxCriterion } from "./efa/criteria/quartimax.ts";
export { varimaxCriterion } from "./efa/criteria/varimax.ts";
export { varimaxKaiser } from "./efa/varimaxKaiser.ts";
export { promax } from "./efa/promax.ts";
export { faFitStatistics } from "./efa/faFitStatistics.ts";
export type { FaFit } from "./efa/faFitStatistics.ts";
// ---- charts ---------------------------------------------------------------
export { toSvg } from "./charts/toSvg.ts";
export { powerCurve } from "./charts/powerCurve.ts";
export type { PowerCurveInput } from "./charts/powerCurve.ts";
export { chart, setChartDisplay, JUPYTER_DISPLAY, VEGALITE_MIME } from "./charts/chart.ts";
export type { Chart, ChartDisplay } from "./charts/chart.ts";
export type { ChartSpec, ChartOptions, ChartLocale } from "./charts/types.ts";
export { VEGA_LITE_V5_SCHEMA } from "./charts/types.ts";
export { pathDiagram } from "./charts/pathDiagram.ts";
export type { PathDiagramOptions } from "./charts/pathDiagram.ts";
export type { PathEstimate } from "./charts/pathModel.ts";
export { coefficientPlot } from "./charts/coefficientPlot.ts";
export type { CoefficientRow, CoefficientPlotOptions } from "./charts/coefficientPlot.ts";
export { fitIndexChart, fitVerdict, FIT_CUTOFFS } from "./charts/fitIndexChart.ts";
export { loadingsHeatmap } from "./charts/loadingsHeatmap.ts";
export type { LoadingsInput, LoadingsHeatmapOptions } from "./charts/loadingsHeatmap.ts";
export { screePlot } from "./charts/screePlot.ts";
export type { ScreeInput, ScreePlotOptions } from "./charts/screePlot.ts";
export { correlationHeatmap } from "./charts/correlationHeatmap.ts";
export type { HeatmapMatrixInput, CorrelationHeatmapOptions } from "./charts/correlationHeatmap.ts";
export { likertChart } from "./charts/likertChart.ts";
export type { LikertItem, LikertGroup, LikertChartOptions } from "./charts/likertChart.ts";
export { alphaDropChart } from "./charts/alphaDropChart.ts";
export type { AlphaDropInput } from "./charts/alphaDropChart.ts";
export { bootstrapChart } from "./charts/bootstrapChart.ts";
export type { BootstrapInput, BootstrapChartOptions } from "./charts/bootstrapChart.ts";
export { simpleSlopesChart } from "./charts/simpleSlopesChart.ts";
export type { SimpleSlope, SimpleSlopesInput, SimpleSlopesOptions } from "./charts/simpleSlopesChart.ts";
export { invarianceChart } from "./charts/invarianceChart.ts";
export type { InvarianceStep, InvarianceChartOptions } from "./charts/invarianceChart.ts";
export { bootstrapIntervals } from "./charts/bootstrapIntervals.ts";
export type { BootstrapIntervals } from "./charts/bootstrapIntervals.ts";
export { simpleSlopesFromScores } from "./charts/simpleSlopesFromScores.ts";
export type { ScoreSlopes } from "./charts/simpleSlopesFromScores.ts";
// ---- simulation / power ---------------------------------------------------
export { simulateData } from "./simulate/simulateData.ts";
export { populationModel } from "./simulate/populationModel.ts";
export { DEFAULT_THRESHOLDS } from "./simulate/ordinalCuts.ts";
export type {
  SimulateOptions, SimulatedData, PopulationModel, PopulationOptions, PopulationParameter, MissingSpec, PerVariable,
} from "./simulate/types.ts";
export { power } from "./power/power.ts";
export type {
  PowerOptions, PowerResult, PowerRow, PowerTarget, TargetSummary, FitSummary,
} from "./power/types.ts";
// ---- ordinal ----
export { ordinalSampleStatistics } from "./ordinal/ordinalSampleStatistics.ts";
export type { OrdinalSampleStatistics, OrdinalGroupStatistics, OrdinalGroups } from "./ordinal/types.ts";
export { polychoric } from "./ordinal/polychoric.ts";
export type { PolychoricResult, PolychoricEstimate } from "./ordinal/polychoric.ts";
// ---- WLSMV with ordinal and continuous indicators, polyserial (issue 6, brief S) ----
export { polyserial } from "./ordinal/polyserial.ts";
export type { PolyserialResult } from "./ordinal/polyserial.ts";
export { mixedSampleStatistics } from "./ordinal/mixedSampleStatistics.ts";
export type { MixedSampleStatistics } from "./ordinal/mixedSampleStatistics.ts";
export type { MixedGroupStatistics } from "./ordinal/mixedGroupStatistics.ts";
// ---- validity / bootstrap / invariance ----
export { validity } from "./validity/validity.ts";
export { constructValidity } from "./validity/constructValidity.ts";
export type { ConstructValidityResult } from "./validity/constructValidity.ts";
export type { ValidityResult, ValidityOptions, ValidityFlag, ConstructMatrix, FornellLarcker } from "./validity/types.ts";
export { VALIDITY_THRESHOLDS } from "./validity/validityFlags.ts";
export { compositeReliability } from "./validity/compositeReliability.ts";
export { averageVarianceExtracted } from "./validity/averageVarianceExtracted.ts";
export { htmt } from "./validity/htmt.ts";
export type { HtmtOptions } from "./validity/htmt.ts";
export { bootstrap } from "./bootstrap/bootstrap.ts";
export type {
  BootstrapOptions, BootstrapResult, BootstrapEstimate, BootstrapCiType, BootstrapSetup, BootstrapDraws, BootstrapTarget,
} from "./bootstrap/types.ts";
export type { BootstrapInterval } from "./bootstrap/bootstrapIntervals.ts";
export { bootstrapInterval } from "./bootstrap/bootstrapIntervals.ts";
export { bootstrapSetup } from "./bootstrap/bootstrapSetup.ts";
export { runDraws } from "./bootstrap/runDraws.ts";
export { summarizeBootstrap } from "./bootstrap/summarizeBootstrap.ts";
export { applyBootstrap } from "./bootstrap/applyBootstrap.ts";
export type { SemBootstrapOptions, BootstrappedFit } from "./bootstrap/applyBootstrap.ts";
export { serveBootstrapDraws, runDrawsOnWorkers } from "./bootstrap/workerProtocol.ts";
export type { WorkerLike } from "./bootstrap/workerProtocol.ts";
export { bootstrapOnWorkers } from "./bootstrap/bootstrapOnWorkers.ts";
export { mediation } from "./mediation/mediation.ts";
export type { MediationEffect, MediationOptions, MediationResult } from "./mediation/mediation.ts";
export { effectPaths } from "./mediation/effectPaths.ts";
export type { EffectSpec } from "./mediation/effectPaths.ts";
export { invariance, INVARIANCE_CONSTRAINTS } from "./invariance/invariance.ts";
export type { InvarianceLevel, InvarianceRow, InvarianceResult, InvarianceOptions } from "./invariance/invariance.ts";
export { invarianceDecision, chenCutoffs } from "./invariance/invarianceDecision.ts";
export type { InvarianceDecision, InvarianceCutoffs } from "./invariance/invarianceDecision.ts";
export { latentInteraction } from "./moderation/latentInteraction.ts";
export type { LatentInteractionOptions, LatentInteractionResult, InteractionEffect, JohnsonNeymanPoint } from "./moderation/latentInteraction.ts";
export { rewriteInteractions } from "./moderation/rewriteInteractions.ts";
export type { InteractionTerm } from "./moderation/rewriteInteractions.ts";
export { productIndicator } from "./moderation/productIndicators.ts";
export { pairIndicators } from "./moderation/pairIndicators.ts";
export type { Pairing } from "./moderation/pairIndicators.ts";
export { simpleSlope, johnsonNeyman } from "./moderation/simpleSlopes.ts";
export type { SimpleSlope as InteractionSimpleSlope, SlopeInputs } from "./moderation/simpleSlopes.ts";
// ---- robust fit measures and estimators MLM / GLS / ULS (issue 6, brief L) ----
export { robustFitMeasures } from "./fit/robustFitMeasures.ts";
export type { RobustFitInput, ScaledTestInput, RobustTestInput } from "./fit/robustFitMeasures.ts";
export { cfiRobust } from "./fit/cfiRobust.ts";
export { tliRobust } from "./fit/tliRobust.ts";
export { rniRobust } from "./fit/rniRobust.ts";
export { rmseaRobust } from "./fit/rmseaRobust.ts";
export { rmseaCiRobust } from "./fit/rmseaCiRobust.ts";
export { rmseaCloseFitRobust } from "./fit/rmseaCloseFitRobust.ts";
export { rmseaNotCloseFitRobust } from "./fit/rmseaNotCloseFitRobust.ts";
export { gfiWls } from "./fit/gfiWls.ts";
// ---- thesis report (issue 8) ----
export { thesisAnalysis } from "./thesis/thesisAnalysis.ts";
export { parseThesisConfig } from "./thesis/parseThesisConfig.ts";
export { measurementModel, structuralModel } from "./thesis/thesisModels.ts";
export { withEffectDefinitions } from "./thesis/effectDefinitions.ts";
export type { EffectDefinition, ModelWithEffects } from "./thesis/effectDefinitions.ts";
export { sampleProfile } from "./thesis/sampleProfile.ts";
export type { ProfileVariable } from "./thesis/sampleProfile.ts";
export { invarianceLadder, satorraBentler2001 } from "./thesis/invarianceLadder.ts";
export { compositeModeration } from "./thesis/compositeModeration.ts";
export type { ThesisConfig, ConstructConfig, HypothesisConfig, EstimationConfig, LocalizedText, Sign } from "./thesis/types.ts";
export type {
  ThesisResult, Step, Unavailable, EfaStep, CfaStep, StructuralStep, MediationStep, MediationRow, ModerationStep, ThesisInvariance,
  ThesisInvarianceRow, HypothesisRow, ReverseCodingRow, Coefficient,
} from "./thesis/result.ts";
export { label, isLang, LANGS } from "./i18n/labels.ts";
export type { Lang, LabelKey } from "./i18n/labels.ts";
export { textCell, numberCell, pCell, intervalCell, cellsRow, sectionRow, formatNumber, formatP } from "./report/table.ts";
export type { ApaTable, TableColumn, TableCell, TableRow, Align } from "./report/table.ts";
export { tableToMarkdown, escapeMarkdown } from "./report/renderMarkdownTable.ts";
export { tableToHtml, escapeHtml } from "./report/renderHtmlTable.ts";
export { tableToLatex, escapeLatex } from "./report/renderLatexTable.ts";
export { tableToCsv, csvField } from "./report/renderCsvTable.ts";
export type { CsvTableOptions } from "./report/renderCsvTable.ts";
export { thesisFigures } from "./report/thesisFigures.ts";
export type { ReportFigure } from "./report/thesisFigures.ts";
export { documentToMarkdown, documentToHtml } from "./report/reportDocument.ts";
export type { ReportDocument, ReportBlock } from "./report/reportDocument.ts";
export { thesisDocument } from "./report/thesisDocument.ts";
export type { ThesisDocument, ThesisDocumentOptions } from "./report/thesisDocument.ts";
// ---- common-method bias ------------------------------------------------------
export { commonMethodBias } from "./cmb/commonMethodBias.ts";
export type { CommonMethodBiasOptions, CommonMethodBiasResult, CmbFit } from "./cmb/commonMethodBias.ts";
