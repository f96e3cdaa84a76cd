/**
 * semkit — the user-level functions: read and describe data, scale reliability, EFA, SEM/CFA as lavaan fits them,
 * validity, bootstrap, mediation, moderation, invariance, ordinal correlations, simulation and power, and the charts.
 * Browser-safe. Kernels live in `semkit/advanced`, the thesis report in `semkit/thesis`, file readers, workers and
 * PNG export in `semkit/node`.
 *
 * Options use semkit's camelCase names; lavaan's dotted spellings (`std.lv`, `group.equal`, …) are accepted too.
 */
export * from "./errors.ts";
export type { Dataset, Column, NumericColumn, TextColumn } from "./data/types.ts";

// ---- data -------------------------------------------------------------------
export { parseCsv } from "./data/parseCsv.ts";
export { toDataset } from "./data/toDataset.ts";
export type { DataInput, DanfoLike, ArqueroLike } from "./data/toDataset.ts";
export { ANSWER_LABEL_SETS, answerLabelMap } from "./data/answerLabels.ts";
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
// ---- reliability --------------------------------------------------------------
export { alpha } from "./reliability/alpha.ts";
export type { AlphaOptions } from "./reliability/alpha.ts";
export { omega } from "./reliability/omega.ts";
export type {
  AlphaResult, AlphaTotal, AlphaDropRow, AlphaItemStats, AlphaInterval, AlphaBootstrap, OmegaResult,
} from "./reliability/types.ts";
// ---- sem / cfa ----------------------------------------------------------------
export { sem, cfa } from "./sem/sem.ts";
export { growth } from "./sem/growth.ts";
export type { SemFit, SemOptions, Estimator, ParameterEstimate, ModificationIndex, ImpliedMoments } from "./sem/types.ts";
export { semFromMoments } from "./sem/semFromMoments.ts";
export type { MomentsFitOptions } from "./sem/semFromMoments.ts";
// ---- efa ----------------------------------------------------------------------
export { efa } from "./efa/efa.ts";
export type { EfaOptions } from "./efa/efa.ts";
export { totalVarianceExplained } from "./efa/totalVarianceExplained.ts";
export type { TotalVarianceExplained, VarianceCells } from "./efa/totalVarianceExplained.ts";
export type { EfaInput, CorrelationInput, EfaItemOptions } from "./efa/efaInput.ts";
export type { EfaResult, ExtractionMethod, RotationMethod, VarianceAccounted } from "./efa/types.ts";
export { kmo } from "./efa/kmo.ts";
export type { KmoResult } from "./efa/kmo.ts";
export { bartlett } from "./efa/bartlett.ts";
export type { BartlettResult } from "./efa/bartlett.ts";
export { parallelAnalysis } from "./efa/parallelAnalysis.ts";
export type { ParallelOptions, ParallelResult } from "./efa/parallelAnalysis.ts";
export { mapTest } from "./efa/mapTest.ts";
export type { MapTestOptions } from "./efa/mapTest.ts";
// ---- ordinal ------------------------------------------------------------------
export { polychoric } from "./ordinal/polychoric.ts";
export type { PolychoricResult, PolychoricEstimate } from "./ordinal/polychoric.ts";
export { polyserial } from "./ordinal/polyserial.ts";
export type { PolyserialResult } from "./ordinal/polyserial.ts";
// ---- validity, bootstrap, mediation, moderation, invariance -------------------
export { validity } from "./validity/validity.ts";
export type { ValidityResult, ValidityOptions, ValidityFlag, ConstructMatrix, FornellLarcker } from "./validity/types.ts";
export { compositeReliability } from "./validity/compositeReliability.ts";
export { averageVarianceExtracted } from "./validity/averageVarianceExtracted.ts";
export { htmt } from "./validity/htmt.ts";
export type { HtmtOptions } from "./validity/htmt.ts";
export { bootstrap } from "./bootstrap/bootstrap.ts";
export type { BootstrapOptions, BootstrapResult, BootstrapEstimate, BootstrapCiType } from "./inference/resampling/types.ts";
export { mediation } from "./mediation/mediation.ts";
export type { MediationEffect, MediationOptions, MediationResult } from "./mediation/mediation.ts";
export { latentInteraction } from "./moderation/latentInteraction.ts";
export type { LatentInteractionOptions, LatentInteractionResult, InteractionEffect, JohnsonNeymanPoint } from "./moderation/latentInteraction.ts";
export { invariance } from "./invariance/invariance.ts";
export type { InvarianceLevel, InvarianceRow, InvarianceResult, InvarianceOptions } from "./invariance/invariance.ts";
export { commonMethodBias } from "./cmb/commonMethodBias.ts";
export type { CommonMethodBiasOptions, CommonMethodBiasResult, CmbFit } from "./cmb/commonMethodBias.ts";
// ---- simulation and power -------------------------------------------------------
export { simulateData } from "./simulate/simulateData.ts";
export { populationModel } from "./simulate/populationModel.ts";
export type {
  SimulateOptions, SimulatedData, PopulationModel, PopulationOptions, PopulationParameter, MissingSpec, PerVariable,
} from "./simulate/types.ts";
export { power } from "./power/power.ts";
export type { PowerOptions, PowerResult, PowerRow, PowerTarget, TargetSummary, FitSummary } from "./power/types.ts";
// ---- charts -------------------------------------------------------------------
export { toSvg } from "./charts/toSvg.ts";
export { chart, setChartDisplay } from "./charts/chart.ts";
export type { Chart } from "./charts/chart.ts";
export type { ChartSpec, ChartOptions, ChartLocale } from "./charts/types.ts";
export { pathDiagram } from "./charts/pathDiagram.ts";
export type { PathDiagramOptions, FitWithEstimates } from "./charts/pathDiagram.ts";
export type { PathEstimate } from "./charts/pathModel.ts";
export { coefficientPlot } from "./charts/coefficientPlot.ts";
export type { CoefficientRow, CoefficientPlotOptions } from "./charts/coefficientPlot.ts";
export { fitIndexChart } from "./charts/fitIndexChart.ts";
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
export { powerCurve } from "./charts/powerCurve.ts";
export type { PowerCurveInput } from "./charts/powerCurve.ts";
// ---- PLS-SEM ------------------------------------------------------------------
export { pls } from "./pls/pls.ts";
export type { PlsOptions, PlsResult, PlsRow, PlsReliability, PlsSpec, PlsConstruct, PlsPath, PlsScheme, PlsMode, PlsBootstrap, NamedMatrix } from "./pls/types.ts";
export { plsPredict } from "./pls/plsPredict.ts";
export type { PlsPredictOptions, PlsPredictResult, PlsPredictItem } from "./pls/plsPredict.ts";
export { plsMga } from "./pls/plsMga.ts";
export type { PlsMgaOptions, PlsMgaResult, PlsMgaPath } from "./pls/plsMga.ts";
export { plsPathDiagram } from "./charts/plsPathDiagram.ts";
