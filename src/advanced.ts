/**
 * semkit/advanced — the building blocks under the user-level functions of `semkit`: the lavaan syntax parser and
 * printer, the parameter table, sample statistics, the normal, t, F and chi-square distributions, single fit indices,
 * the EFA extraction and rotation kernels, the bootstrap engine and its worker protocol, and the messages of every
 * error. Browser-safe, as `semkit`.
 */
export * from "./errors.ts";
export { message } from "./messages.ts";
export { nearestName } from "./text/nearestName.ts";
export type { NearestNameSettings } from "./text/nearestName.ts";
export { levenshtein } from "./text/levenshtein.ts";
export { checkSeed } from "./random/checkSeed.ts";
export { createRng } from "./random/rng.ts";
export { MEMORY_LIMIT_BYTES, checkMemory } from "./options/checkMemory.ts";
export type { Rng } from "./random/rng.ts";

// ---- data -----------------------------------------------------------------
export { sampleMoments } from "./data/sampleMoments.ts";
export type { SampleMoments } from "./data/sampleMoments.ts";
export type { SampleStatistics } from "./data/sampleStatistics.ts";
export type { CsvOptions } from "./data/csvOptions.ts";
export { decodeText, TEXT_ENCODINGS } from "./data/decodeText.ts";
export { applyAnswerLabels, parseAnswerLabels } from "./data/answerLabels.ts";
export type { TextEncoding, DecodedText } from "./data/decodeText.ts";
export type { ItemSelection, ItemMatrixInput, ReliabilityInput } from "./data/itemMatrix.ts";
// ---- reliability kernels --------------------------------------------------
export { alphaFromMatrix } from "./reliability/alphaFromMatrix.ts";
export type { AlphaMatrixOptions } from "./reliability/alphaFromMatrix.ts";
export { omegaFromCorrelation } from "./reliability/omegaFromCorrelation.ts";
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
// ---- ordinal sample statistics --------------------------------------------
export { ordinalSampleStatistics } from "./ordinal/ordinalSampleStatistics.ts";
export type { OrdinalSampleStatistics, OrdinalGroupStatistics, OrdinalGroups } from "./ordinal/types.ts";
export { mixedSampleStatistics } from "./ordinal/mixedSampleStatistics.ts";
export type { MixedSampleStatistics } from "./ordinal/mixedSampleStatistics.ts";
export type { MixedGroupStatistics } from "./ordinal/mixedGroupStatistics.ts";
// ---- distributions --------------------------------------------------------
export { normalCdf } from "./distributions/normalCdf.ts";
export { normalQuantile } from "./distributions/normalQuantile.ts";
export { normalDensity } from "./distributions/normalDensity.ts";
export { studentTCdf } from "./distributions/studentTCdf.ts";
export { fCdf } from "./distributions/fCdf.ts";
export { fQuantile } from "./distributions/fQuantile.ts";
export { chisqCdf } from "./distributions/chisqCdf.ts";
export { chisqQuantile } from "./distributions/chisqQuantile.ts";
export { noncentralChisqCdf } from "./distributions/noncentralChisqCdf.ts";
// ---- fit indices, one function each ---------------------------------------
export { fitMeasuresML } from "./fit/fitMeasuresML.ts";
export { baselineChisqML } from "./fit/baselineChisqML.ts";
export type { FitInput, FitGroupInput, ResidualRms, BaselineChisq } from "./fit/types.ts";
export { cminDf } from "./fit/cminDf.ts";
export { cfi } from "./fit/cfi.ts";
export { tli } from "./fit/tli.ts";
export { rni } from "./fit/rni.ts";
export { nfi } from "./fit/nfi.ts";
export { ifi } from "./fit/ifi.ts";
export { rfi } from "./fit/rfi.ts";
export { pnfi } from "./fit/pnfi.ts";
export { pgfi } from "./fit/pgfi.ts";
export { agfi } from "./fit/agfi.ts";
export { mfi } from "./fit/mfi.ts";
export { ecvi } from "./fit/ecvi.ts";
export { hoelterCn } from "./fit/hoelterCn.ts";
export { aic } from "./fit/aic.ts";
export { bic } from "./fit/bic.ts";
export { sampleSizeAdjustedBic } from "./fit/sampleSizeAdjustedBic.ts";
export { rmsea } from "./fit/rmsea.ts";
export { rmseaCi } from "./fit/rmseaCi.ts";
export { rmseaCloseFit } from "./fit/rmseaCloseFit.ts";
export { rmseaNotCloseFit } from "./fit/rmseaNotCloseFit.ts";
export { residualRms } from "./fit/residualRms.ts";
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
export { satorraBentler2001 } from "./fit/satorraBentler2001.ts";
// ---- sem internals ----------------------------------------------------------
export { applyBootstrap } from "./sem/applyBootstrap.ts";
export type { SemBootstrapOptions, BootstrappedFit } from "./sem/applyBootstrap.ts";
// ---- efa kernels ----------------------------------------------------------
export { efaFromCorrelation } from "./efa/efaFromCorrelation.ts";
export { smc } from "./efa/smc.ts";
export { velicerMap } from "./efa/velicerMap.ts";
export type { VelicerMapResult } from "./efa/velicerMap.ts";
export { extractors } from "./efa/extractors.ts";
export { rotators } from "./efa/rotators.ts";
export type { Extraction, Extractor, Rotation, Rotator, RotationCriterion } from "./efa/types.ts";
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
// ---- bootstrap engine and worker protocol ---------------------------------
export type { BootstrapSetup, BootstrapDraws, BootstrapTarget } from "./inference/resampling/types.ts";
export { bootstrapInterval } from "./inference/resampling/bootstrapIntervals.ts";
export type { BootstrapInterval } from "./inference/resampling/bootstrapIntervals.ts";
export { jackknifeAcceleration } from "./inference/resampling/jackknifeAcceleration.ts";
export { runDraws } from "./inference/resampling/runDraws.ts";
export { summarizeBootstrap } from "./inference/resampling/summarizeBootstrap.ts";
export { bootstrapSetup } from "./bootstrap/bootstrapSetup.ts";
export { serveBootstrapDraws, runDrawsOnWorkers } from "./bootstrap/workerProtocol.ts";
export type { WorkerLike } from "./bootstrap/workerProtocol.ts";
export { bootstrapOnWorkers } from "./bootstrap/bootstrapOnWorkers.ts";
// ---- validity, mediation, moderation, invariance kernels ------------------
export { constructValidity } from "./validity/constructValidity.ts";
export type { ConstructValidityResult } from "./validity/constructValidity.ts";
export { VALIDITY_THRESHOLDS } from "./validity/validityFlags.ts";
export { effectPaths } from "./mediation/effectPaths.ts";
export type { EffectSpec } from "./mediation/effectPaths.ts";
export { rewriteInteractions } from "./moderation/rewriteInteractions.ts";
export type { InteractionTerm } from "./moderation/rewriteInteractions.ts";
export { productIndicator } from "./moderation/productIndicators.ts";
export { pairIndicators } from "./moderation/pairIndicators.ts";
export type { Pairing } from "./moderation/pairIndicators.ts";
export { simpleSlope, johnsonNeyman } from "./moderation/simpleSlopes.ts";
export type { SimpleSlope as InteractionSimpleSlope, SlopeInputs } from "./moderation/simpleSlopes.ts";
export { invarianceDecision, chenCutoffs } from "./invariance/invarianceDecision.ts";
export type { InvarianceDecision, InvarianceCutoffs } from "./invariance/invarianceDecision.ts";
export { INVARIANCE_CONSTRAINTS } from "./invariance/invariance.ts";
// ---- simulation -------------------------------------------------------------
export { DEFAULT_THRESHOLDS } from "./simulate/ordinalCuts.ts";
// ---- chart helpers ----------------------------------------------------------
export { simpleSlopesFromScores } from "./charts/simpleSlopesFromScores.ts";
export type { ScoreSlopes } from "./charts/simpleSlopesFromScores.ts";
export { fitVerdict, FIT_CUTOFFS } from "./charts/fitIndexChart.ts";
export { VEGA_LITE_V5_SCHEMA } from "./charts/types.ts";
export { JUPYTER_DISPLAY, VEGALITE_MIME } from "./charts/chart.ts";
// ---- PLS-SEM internals --------------------------------------------------------
export { parsePlsModel } from "./pls/parsePlsModel.ts";
export { plsJson } from "./pls/plsJson.ts";
