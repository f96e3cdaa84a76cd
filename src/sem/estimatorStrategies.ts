import type { ParTable } from "../partable/types.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import type { FimlInput } from "../estimate/estimateModel.ts";
import type { SemFit, SemOptions } from "./types.ts";
import type { EstimatorSetting } from "./estimatorSetting.ts";
import type { FitInput } from "./fitInput.ts";
import { OptionError, ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { estimateModel } from "../estimate/estimateModel.ts";
import { dwlsModificationIndices } from "../inference/dwlsModificationIndices.ts";
import { dwlsGroupChisq } from "../inference/dwlsGroupChisq.ts";
import { sampleFromData, fimlFromData } from "./sampleFromData.ts";
import { sampleSizeWarnings } from "./sampleSizeWarnings.ts";
import { fittedModel } from "./fittedModel.ts";
import { leastSquaresFit } from "./leastSquaresFit.ts";
import { fitInequality } from "./fitInequality.ts";
import { esemFittedModel } from "./esemFit.ts";
import { fitOrdinal } from "./fitOrdinal.ts";
import { ordinalFitMeasures } from "./ordinalFitMeasures.ts";
import { esemOrdinalFittedModel } from "./esemOrdinal.ts";
import { fitMixed } from "./fitMixed.ts";
import { mixedFitMeasures } from "./mixedFitMeasures.ts";
import { mixedIndicators } from "./mixedIndicators.ts";
import { fitConditional } from "./fitConditional.ts";
import { conditionalFitMeasures, conditionalFittedModel, conditionalX } from "./conditionalFitMeasures.ts";

/**
 * One way of estimating a single-level model: from the checked data to the fitted model, through the stages
 * sample statistics → estimate → inference → fit measures.
 */
export interface EstimatorStrategy {
  /** The estimators it serves, as a user would name them. */
  readonly label: string;
  /** Fit the model. */
  fit(input: FitInput): SemFit;
}

/** The names of the estimator strategies. */
export type EstimatorStrategyName = "ml" | "fiml" | "leastSquares" | "dwls" | "mixedDwls" | "conditionalDwls";

/** The ML-family tail shared by complete data and FIML: inequality constraints, ESEM rotation or the plain fit. */
function mlFamilyFit(input: FitInput, stats: SampleStatistics, notes: readonly string[], fiml?: FimlInput): SemFit {
  const { pt, estimator, inequalities, options } = input;
  if (inequalities !== null) return fitInequality(pt, stats, inequalities, notes, fiml, estimator);
  const sol: MlSolution = estimateModel(pt, stats, undefined, fiml);
  return input.esem ? esemFittedModel(sol, options, notes) : fittedModel(sol, estimator, notes);
}

/**
 * The estimator strategies, one per family: each row is the whole path from data to fitted model.
 * Source: lavaan 0.6-14 lav_samplestats, lav_model_estimate, lav_model_vcov, lav_fit_measures.
 */
export const ESTIMATOR_STRATEGIES: Readonly<Record<EstimatorStrategyName, EstimatorStrategy>> = {
  ml: {
    label: "ML, MLR, MLM (complete data)",
    fit(input) {
      const stats = sampleFromData(input.ds, input.pt.ov, input.groups);
      return mlFamilyFit(input, stats, [...input.notes, ...sampleSizeWarnings(stats, input.pt.npar)]);
    },
  },
  fiml: {
    label: "ML, MLR with missing = \"ml\" (FIML)",
    fit(input) {
      const { pt, groups } = input;
      const sample = fimlFromData(input.ds, pt.ov, groups, input.exo);
      const notes = [...input.notes];
      sample.exoDropped.forEach((k, g) => {
        if (k > 0) notes.push(message.exoMissingDeleted(k, sample.stats.norig![g]!, groups.labels.length > 1 ? groups.labels[g]! : ""));
      });
      if (sample.patterns.dropped.length > 0) notes.push(message.fimlDroppedRows(sample.patterns.dropped.map((r) => r + 1)));
      if (!sample.emConverged) notes.push(message.emNotConverged);
      return mlFamilyFit(input, sample.stats, notes, sample.fiml);
    },
  },
  leastSquares: {
    label: "GLS, ULS",
    fit(input) {
      const stats = sampleFromData(input.ds, input.pt.ov, input.groups);
      return leastSquaresFit(input.pt, stats, input.estimator as "GLS" | "ULS", [...input.notes, ...sampleSizeWarnings(stats, input.pt.npar)]);
    },
  },
  dwls: {
    label: "WLSMV (ordered indicators)",
    fit(input) {
      const o = fitOrdinal(input.pt, input.ds, input.groups);
      if (input.esem) return esemOrdinalFittedModel(o, input.options, input.notes);
      return fittedModel(o.sol, "WLSMV", [...input.notes, ...o.warnings], {
        get vcov() { return o.inference.vcov; }, fitMeasures: () => ordinalFitMeasures(o),
        modificationIndices: () => dwlsModificationIndices(o), groupChisq: () => dwlsGroupChisq(o),
      });
    },
  },
  mixedDwls: {
    label: "WLSMV (ordered and continuous indicators)",
    fit(input) {
      const o = fitMixed(input.pt, input.ds, input.groups);
      return fittedModel(o.sol, "WLSMV", [...input.notes, ...o.warnings], {
        vcov: o.inference.vcov, fitMeasures: () => mixedFitMeasures(o), modificationIndices: () => dwlsModificationIndices(o),
        groupChisq: () => dwlsGroupChisq(o),
      });
    },
  },
  conditionalDwls: {
    label: "WLSMV (ordered indicators with exogenous covariates, conditional.x)",
    fit(input) {
      const o = fitConditional(input.pt, input.ds, input.groups);
      return conditionalFittedModel(fittedModel(o.sol, "WLSMV", [...input.notes, ...o.warnings], {
        get vcov() { return o.inference.vcov; }, fitMeasures: () => conditionalFitMeasures(o),
        modificationIndices: () => { throw new ModelSpecificationError(message.conditionalModindicesUnsupported); },
      }));
    },
  },
};

/**
 * The estimator strategy for a model: WLSMV on ordered indicators (conditional.x when they are regressed on
 * exogenous covariates, mixed when some indicators are continuous), FIML for `missing = "ml"`, the least-squares
 * estimators, else ML with complete data.
 * @param pt the parameter table
 * @param setting the resolved estimator
 * @param options checked `sem()` options (ordered is read)
 * @returns the strategy's name
 * @throws OptionError for FIML with a complete-data estimator (MLM, GLS, ULS), as lavaan
 * @example
 * estimatorStrategyName(pt, estimatorSetting({ missing: "ml" }), { missing: "ml" }); // "fiml"
 */
export function estimatorStrategyName(pt: ParTable, setting: EstimatorSetting, options: SemOptions): EstimatorStrategyName {
  const { estimator, ordinal, fiml } = setting;
  if (ordinal) {
    if (conditionalX(pt)) return "conditionalDwls";
    return mixedIndicators(pt, options.ordered === true ? pt.ov : (options.ordered as readonly string[])) ? "mixedDwls" : "dwls";
  }
  // MLM, GLS and ULS are complete-data estimators in lavaan
  if (fiml && (estimator === "MLM" || estimator === "GLS" || estimator === "ULS")) throw new OptionError(message.estimatorNeedsCompleteData(estimator));
  if (fiml) return "fiml";
  return estimator === "GLS" || estimator === "ULS" ? "leastSquares" : "ml";
}
