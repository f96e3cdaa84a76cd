import type { DataInput } from "../data/toDataset.ts";
import { parseModel } from "../syntax/parse.ts";
import { groupLabels } from "./sampleFromData.ts";
import { checkSemOptions } from "./checkSemOptions.ts";
import { checkRowCounts } from "./checkRowCounts.ts";
import { estimatorSetting } from "./estimatorSetting.ts";
import { prepareDataset } from "./prepareDataset.ts";
import { bootstrapSem } from "./bootstrapSem.ts";
import { twoLevelSem } from "./twoLevelSem.ts";
import { semParTable } from "./semParTable.ts";
import { fitInput } from "./fitInput.ts";
import { ESTIMATOR_STRATEGIES, estimatorStrategyName } from "./estimatorStrategies.ts";
import type { SemFit, SemOptions } from "./types.ts";

/**
 * Fit a structural equation model written in lavaan syntax, as lavaan's `sem()`.
 *
 * The pipeline is the same for every estimator; only the last step, the estimator strategy, differs:
 *
 *   options ─ checkSemOptions, estimatorSetting ─▶ estimator, ordered, missing (lavaan's refusals)
 *   data    ─ prepareDataset (data/toDataset, missing codes, reverse coding) ─▶ Dataset
 *           ─ groupLabels, checkRowCounts ─▶ groups (lavaan's order; an empty data set or a group of one row is an error)
 *   model   ─ syntax/parseModel ─▶ ModelSyntax ─ semParTable (partable/buildParTable) ─▶ ParTable
 *   Dataset + ParTable ─ fitInput (usable columns, data warnings, stdOv) ─▶ FitInput
 *   FitInput ─ ESTIMATOR_STRATEGIES[estimatorStrategyName(…)].fit ─▶ SemFit, through
 *
 *     strategy         sample statistics            estimate                inference                   fit measures
 *     ml               sampleFromData (moments)     estimateModel (ML)      expected info; MLR, MLM     fitMeasuresML (+ scaled)
 *     fiml             fimlFromData (EM, patterns)  estimateModel (FIML)    observed info; MLR          fitMeasuresML
 *     leastSquares     sampleFromData (N − 1)       estimateModel (GLS/ULS) (ΔᵀWΔ)⁻¹ / (N − G)          leastSquaresFit
 *     dwls             polychoric, Γ (ordinal/)     DWLS evaluator          robust sandwich             wlsmvFitMeasures
 *     mixedDwls        polyserial + moments         DWLS evaluator          robust sandwich             mixedFitMeasures
 *     conditionalDwls  probit regressions           DWLS evaluator          robust sandwich             conditionalFitMeasures
 *
 * Within the ML strategies, inequality constraints are fitted by an active-set search (`fitInequality`) and ESEM
 * blocks are rotated after the fit (`esemFittedModel`). Two branches leave the line before the partable:
 * `se = "bootstrap"` fits once and resamples (`bootstrapSem`, given this function as its fitter), and `level:`
 * blocks with `cluster` fit the two-level likelihood (`twoLevelSem`).
 *
 * Before estimation the data are checked (see `dataWarnings`): no rows or a group of one row is an error; rows
 * without a group value, lavaan's variance-ratio and large-variance checks, likely missing-value codes or typos in
 * rating items, and rows dropped (listwise, or for a missing exogenous covariate under FIML) become warnings.
 *
 * @param model lavaan model syntax
 * @param data CSV text, row objects, an object of columns, a Dataset, or a DataFrame-like object
 * @param options lavaan options in camelCase (estimator, stdLv, meanstructure, group, groupEqual, …)
 * @returns the fitted model
 * @throws ModelSyntaxError, ModelSpecificationError, DataError (also for no rows, one row, or an indicator value
 *   outside `scale`), OptionError
 * @example
 * const fit = sem("SAT =~ sat1 + sat2 + sat3\nLOY =~ loy1 + loy2 + loy3\nLOY ~ SAT", csvText);
 * fit.fitMeasures().cfi;
 */
export function sem(model: string, data: DataInput, options: SemOptions = {}): SemFit {
  options = checkSemOptions(options);
  if (options.se === "bootstrap") return bootstrapSem(model, data, options, sem);
  const setting = estimatorSetting(options);
  const ds = prepareDataset(data, options);
  const syntax = parseModel(model);
  if (syntax.levels !== undefined) return twoLevelSem(syntax, ds, options, setting);
  const groups = groupLabels(ds, options.group);
  checkRowCounts(ds, groups, options.group);
  const table = semParTable(syntax, ds, groups, options, setting);
  const strategy = ESTIMATOR_STRATEGIES[estimatorStrategyName(table.pt, setting, options)];
  return strategy.fit(fitInput(table, setting, ds, groups, options));
}

/**
 * Fit a confirmatory factor analysis, as lavaan's `cfa()` (same defaults as `sem()`).
 * @param model lavaan model syntax
 * @param data data in any accepted form
 * @param options as for `sem`
 * @returns the fitted model
 * @throws as `sem`
 * @example
 * const fit = cfa("visual =~ x1 + x2 + x3", hsCsv);
 */
export function cfa(model: string, data: DataInput, options: SemOptions = {}): SemFit {
  return sem(model, data, checkSemOptions(options, "cfa"));
}
