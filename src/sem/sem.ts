import type { DataInput } from "../data/toDataset.ts";
import { toDataset } from "../data/toDataset.ts";
import { reverseCode } from "../data/reverseCode.ts";
import { parseModel } from "../syntax/parse.ts";
import { buildParTable } from "../partable/buildParTable.ts";
import { ModelSpecificationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { groupLabels, sampleFromData, fimlFromData } from "./sampleFromData.ts";
import { estimateModel } from "./estimateModel.ts";
import { fittedModel } from "./fittedModel.ts";
import { applyBootstrap } from "../bootstrap/applyBootstrap.ts";
import { leastSquaresFit } from "./leastSquaresFit.ts";
import { fitOrdinal } from "./fitOrdinal.ts";
import { ordinalFitMeasures } from "./ordinalFitMeasures.ts";
import { dwlsModificationIndices } from "../inference/dwlsModificationIndices.ts";
import { dwlsGroupChisq } from "../inference/dwlsGroupChisq.ts";
import { orderedLevels } from "./orderedLevels.ts";
import { fitMixed } from "./fitMixed.ts";
import { mixedFitMeasures } from "./mixedFitMeasures.ts";
import { mixedIndicators } from "./mixedIndicators.ts";
import { fitConditional } from "./fitConditional.ts";
import { fitTwoLevel } from "./twoLevelFit.ts";
import { conditionalFitMeasures, conditionalFittedModel, conditionalX } from "./conditionalFitMeasures.ts";
import { esemFittedModel, esemSettings } from "./esemFit.ts";
import { esemOrdinalFittedModel } from "./esemOrdinal.ts";
import { checkSupported } from "./checkSupported.ts";
import { checkSemOptions } from "./checkSemOptions.ts";
import { checkModelData } from "./checkModelData.ts";
import { sampleSizeWarnings } from "./sampleSizeWarnings.ts";
import type { SemFit, SemOptions } from "./types.ts";

/**
 * Fit a structural equation model written in lavaan syntax, as lavaan's `sem()`.
 *
 * The pipeline, one folder and one pure stage each:
 *
 *   model text ─ syntax/parseModel ─▶ ModelSyntax
 *              ─ partable/buildParTable ─▶ ParTable (lavaan defaults, groups, equality labels)
 *   data ─ data/toDataset ─▶ Dataset ─ sem/sampleFromData ─▶ SampleStatistics (N-denominator moments per group)
 *   ParTable ─ representation/buildRepresentation ─▶ Representation (Λ, Θ, Ψ, Β, ν, α slots)
 *            ─ estimate/mlEvaluator + fisherScoring ─▶ θ̂ (ML)
 *            ─ inference/ (expected-information vcov, delta method, standardized solution, modification indices)
 *            ─ fit/fitMeasuresML ─▶ lavaan's fitMeasures()
 *
 * Beside it, in the same stages: ESEM blocks are rotated after the ML fit (`esemFittedModel`), ordinal indicators
 * with exogenous covariates use lavaan's conditional.x statistics (`fitConditional`), and `level:` blocks with
 * `cluster` fit the two-level likelihood (`fitTwoLevel`).
 *
 * @param model lavaan model syntax
 * @param data CSV text, row objects, an object of columns, a Dataset, or a DataFrame-like object
 * @param options lavaan options in camelCase (estimator, stdLv, meanstructure, group, groupEqual, …)
 * @returns the fitted model
 * @throws ModelSyntaxError, ModelSpecificationError, DataError, OptionError
 * @example
 * const fit = sem("SAT =~ sat1 + sat2 + sat3\nLOY =~ loy1 + loy2 + loy3\nLOY ~ SAT", csvText);
 * fit.fitMeasures().cfi;
 */
export function sem(model: string, data: DataInput, options: SemOptions = {}): SemFit {
  checkSemOptions(options);
  if (options.se === "bootstrap") {
    // lavaan's se = "bootstrap": fit once, then resample rows (seeded per draw) and refit
    const { se: _se, ...rest } = options;
    const fit = sem(model, data, rest);
    // the draws refit the parameter table by ML: not the rotation of ESEM, the two-level likelihood or conditional.x
    const pt0 = fit.partable;
    const feature = pt0.classes?.lvEfa !== undefined ? "ESEM blocks (efa)" : fit.groups.length === 1 && pt0.rows.some((r) => r.block === 2) ? "two-level models"
      : fit.estimator === "WLSMV" && conditionalX(pt0) ? "ordinal indicators with exogenous covariates (conditional.x)" : null;
    if (feature !== null) throw new OptionError(message.bootstrapFeatureUnsupported(feature));
    let ds = toDataset(data, options.missingCodes === undefined ? {} : { missing: options.missingCodes });
    if (options.reverse !== undefined && options.reverse.length > 0) ds = reverseCode(ds, options.reverse, options.scale);
    return applyBootstrap(fit, ds, {
      ...(options.group !== undefined ? { group: options.group } : {}),
      ...(options.bootstrap !== undefined ? { bootstrap: options.bootstrap } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.bootstrapCi !== undefined ? { bootstrapCi: options.bootstrapCi } : {}),
    });
  }
  const ordinal = options.ordered !== undefined && options.ordered !== false;
  // lavaan's default estimator for ordered data is WLSMV
  const estimator = options.estimator ?? (ordinal ? "WLSMV" : "ML");
  if (ordinal !== (estimator === "WLSMV")) throw new OptionError(message.estimatorNotSupported(estimator));
  if (!["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV"].includes(estimator)) throw new OptionError(message.estimatorNotSupported(estimator));
  let ds = toDataset(data, options.missingCodes === undefined ? {} : { missing: options.missingCodes });
  if (options.reverse !== undefined && options.reverse.length > 0) ds = reverseCode(ds, options.reverse, options.scale);
  const fiml = options.missing === "ml" || options.missing === "fiml";
  const syntax = parseModel(model);
  if (syntax.levels !== undefined) {
    // two-level model: ML on complete data, one group
    if (options.cluster === undefined) throw new OptionError(message.twoLevelNeedsCluster);
    for (const [name, set] of [["estimator", options.estimator !== undefined && options.estimator !== "ML"], ["group", options.group !== undefined],
      ["ordered", ordinal], ["missing = \"ml\"", fiml]] as const) if (set) throw new OptionError(message.twoLevelOptionUnsupported(name));
    return fitTwoLevel(syntax, ds, options.cluster, []);
  }
  const groups = groupLabels(ds, options.group);
  const spec = {
    ovNames: ds.names,
    groups: groups.labels,
    meanstructure: options.meanstructure ?? (options.group !== undefined || fiml),
    stdLv: options.stdLv ?? false,
    // lavaan: fixed.x defaults to FALSE for the least-squares estimators (brief L)
    fixedX: options.fixedX ?? !(estimator === "GLS" || estimator === "ULS"),
    orthogonal: options.orthogonal ?? false,
    orthogonalEfa: esemSettings(options).orthogonal,
    groupEqual: options.groupEqual ?? [],
    groupPartial: options.groupPartial ?? [],
  };
  const pt = ordinal ? buildParTable(syntax, { ...spec, ordered: orderedLevels(ds, buildParTable(syntax, spec).ov, options.ordered!) }) : buildParTable(syntax, spec);
  checkSupported(syntax, pt, ordinal);
  if (options.cluster !== undefined) throw new OptionError(message.clusterUnsupported);
  const esem = pt.classes?.lvEfa !== undefined;
  if (esem && estimator !== "ML" && estimator !== "MLR" && !(ordinal && estimator === "WLSMV")) throw new OptionError(message.esemEstimatorUnsupported(estimator));
  // brief S: ordered naming some of the observed variables: the others are continuous (lavaan's mixed case)
  if (ordinal && conditionalX(pt)) {
    // lavaan's conditional.x: ordinal indicators regressed on the exogenous covariates
    const o = fitConditional(pt, ds, groups);
    return conditionalFittedModel(fittedModel(o.sol, "WLSMV", o.warnings, {
      get vcov() { return o.inference.vcov; }, fitMeasures: () => conditionalFitMeasures(o),
      modificationIndices: () => { throw new ModelSpecificationError(message.conditionalModindicesUnsupported); },
    }));
  }
  const mixed = ordinal && mixedIndicators(pt, options.ordered === true ? pt.ov : (options.ordered as readonly string[]));
  checkModelData(ds, pt.ov, groups);
  if (mixed) {
    const o = fitMixed(pt, ds, groups);
    return fittedModel(o.sol, "WLSMV", o.warnings, {
      vcov: o.inference.vcov, fitMeasures: () => mixedFitMeasures(o), modificationIndices: () => dwlsModificationIndices(o),
      groupChisq: () => dwlsGroupChisq(o),
    });
  }
  if (ordinal) {
    const o = fitOrdinal(pt, ds, groups);
    if (esem) return esemOrdinalFittedModel(o, options);
    return fittedModel(o.sol, "WLSMV", o.warnings, {
      get vcov() { return o.inference.vcov; }, fitMeasures: () => ordinalFitMeasures(o), modificationIndices: () => dwlsModificationIndices(o),
      groupChisq: () => dwlsGroupChisq(o),
    });
  }
  // brief L: MLM, GLS and ULS are complete-data estimators in lavaan
  if (fiml && (estimator === "MLM" || estimator === "GLS" || estimator === "ULS")) throw new OptionError(message.estimatorNeedsCompleteData(estimator));
  if (fiml) {
    const sample = fimlFromData(ds, pt.ov, groups);
    const notes: string[] = [];
    if (sample.patterns.dropped.length > 0) notes.push(message.fimlDroppedRows(sample.patterns.dropped.map((r) => r + 1)));
    if (!sample.emConverged) notes.push(message.emNotConverged);
    const sol = estimateModel(pt, sample.stats, undefined, sample.fiml);
    return esem ? esemFittedModel(sol, options, notes) : fittedModel(sol, estimator, notes);
  }
  const stats = sampleFromData(ds, pt.ov, groups);
  if (estimator === "GLS" || estimator === "ULS") return leastSquaresFit(pt, stats, estimator, sampleSizeWarnings(stats, pt.npar));
  if (esem) return esemFittedModel(estimateModel(pt, stats), options, sampleSizeWarnings(stats, pt.npar));
  return fittedModel(estimateModel(pt, stats), estimator, sampleSizeWarnings(stats, pt.npar));
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
  return sem(model, data, options);
}
