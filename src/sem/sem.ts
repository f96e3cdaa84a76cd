import type { DataInput } from "../data/toDataset.ts";
import { toDataset } from "../data/toDataset.ts";
import { reverseCode } from "../data/reverseCode.ts";
import { parseModel } from "../syntax/parse.ts";
import { buildParTable } from "../partable/buildParTable.ts";
import { ModelSpecificationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { groupLabels, sampleFromData, fimlFromData } from "./sampleFromData.ts";
import { estimateModel } from "../estimate/estimateModel.ts";
import { fittedModel } from "./fittedModel.ts";
import { applyBootstrap } from "./applyBootstrap.ts";
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
import { standardizeObserved } from "./standardizeObserved.ts";
import { inequalityConstraints } from "../partable/inequalityConstraints.ts";
import { fitInequality } from "./fitInequality.ts";
import { checkRowCounts } from "./checkRowCounts.ts";
import { dataWarnings } from "./dataWarnings.ts";
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
 * Before estimation the data are checked (see `dataWarnings`): no rows or a group of one row is an error; rows
 * without a group value, lavaan's variance-ratio and large-variance checks, likely missing-value codes or typos in
 * rating items, and rows dropped (listwise, or for a missing exogenous covariate under FIML) become warnings.
 * Beside it, in the same stages: ESEM blocks are rotated after the ML fit (`esemFittedModel`), ordinal indicators
 * with exogenous covariates use lavaan's conditional.x statistics (`fitConditional`), and `level:` blocks with
 * `cluster` fit the two-level likelihood (`fitTwoLevel`).
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
  if (options.se === "bootstrap") {
    if (options.stdOv === true) throw new OptionError(message.stdOvBootstrap);
    // lavaan's se = "bootstrap": fit once, then resample rows (seeded per draw) and refit
    const { se: _se, ...rest } = options;
    const fit = sem(model, data, rest);
    // each draw would keep the full sample's active set instead of solving the constrained problem again
    if ((fit.partable.constraints ?? []).some((c) => c.op !== "==")) throw new OptionError(message.inequalityBootstrap);
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
  // lavaan refuses FIML for categorical data; WLSMV needs ordered items declared
  if (ordinal && (options.missing === "ml" || options.missing === "fiml")) throw new OptionError(message.ordinalFimlRefused(options.missing));
  if (estimator === "WLSMV" && !ordinal) throw new OptionError(message.wlsmvNeedsOrdered);
  if (ordinal && estimator !== "WLSMV") throw new OptionError(message.ordinalEstimatorNotSupported(estimator));
  if (!["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV"].includes(estimator)) throw new OptionError(message.estimatorNotSupported(estimator));
  let ds = toDataset(data, options.missingCodes === undefined ? {} : { missing: options.missingCodes });
  if (options.reverse !== undefined && options.reverse.length > 0) ds = reverseCode(ds, options.reverse, options.scale);
  const fiml = options.missing === "ml" || options.missing === "fiml" || options.missing === "ml.x";
  const syntax = parseModel(model);
  if (syntax.levels !== undefined) {
    // two-level model: ML on complete data, one group
    if (options.cluster === undefined) throw new OptionError(message.twoLevelNeedsCluster);
    for (const [name, set] of [["estimator", options.estimator !== undefined && options.estimator !== "ML"], ["group", options.group !== undefined],
      ["ordered", ordinal], ["missing = \"ml\"", fiml]] as const) if (set) throw new OptionError(message.twoLevelOptionUnsupported(name));
    return fitTwoLevel(syntax, ds, options.cluster, []);
  }
  const groups = groupLabels(ds, options.group);
  checkRowCounts(ds, groups, options.group);
  const spec = {
    ovNames: ds.names,
    groups: groups.labels,
    meanstructure: options.meanstructure ?? (options.group !== undefined || fiml),
    stdLv: options.stdLv ?? false,
    // lavaan: fixed.x defaults to FALSE for the least-squares estimators
    fixedX: options.fixedX ?? !(estimator === "GLS" || estimator === "ULS"),
    orthogonal: options.orthogonal ?? false,
    intOvFree: options.intOvFree ?? true,
    intLvFree: options.intLvFree ?? false,
    orthogonalEfa: esemSettings(options).orthogonal,
    groupEqual: options.groupEqual ?? [],
    groupPartial: options.groupPartial ?? [],
  };
  const pt = ordinal ? buildParTable(syntax, { ...spec, ordered: orderedLevels(ds, buildParTable(syntax, spec).ov, options.ordered!) }) : buildParTable(syntax, spec);
  const ineq = inequalityConstraints(pt);
  checkSupported(syntax, ineq.inequalities.length > 0 ? { ...pt, constraints: ineq.others } : pt, ordinal);
  if (options.cluster !== undefined) throw new OptionError(message.clusterUnsupported);
  const esem = pt.classes?.lvEfa !== undefined;
  if (esem && estimator !== "ML" && estimator !== "MLR" && !(ordinal && estimator === "WLSMV")) throw new OptionError(message.esemEstimatorUnsupported(estimator));
  // ordered naming some of the observed variables: the others are continuous (lavaan's mixed case)
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
  const notes = dataWarnings(ds, pt, groups, {
    ...(options.group !== undefined ? { group: options.group } : {}),
    listwise: !fiml || ordinal,
    ordinal,
    ...(options.scale !== undefined ? { scale: options.scale } : {}),
  });
  // lavaan (fixed.x): under FIML, rows missing an exogenous covariate are deleted unless missing = "ml.x"
  const exo = !fiml || options.missing === "ml.x" ? [] : [...new Set(pt.rows.filter((r) => r.exo === 1 && r.op === "~~").map((r) => r.lhs))];
  if (options.stdOv === true) {
    const orderedNames = !ordinal ? [] : options.ordered === true ? pt.ov : (options.ordered as readonly string[]);
    ds = standardizeObserved(ds, pt, groups.rowGroup, { fiml, exo, ordered: orderedNames });
  }
  // inequality constraints (a > 0.5, a > b): an active-set search around the ML-family fits below
  const inequalities = ineq.inequalities.length > 0 ? ineq.inequalities : null;
  if (inequalities !== null && (ordinal || !["ML", "MLR", "MLM"].includes(estimator))) {
    throw new ModelSpecificationError(message.inequalityEstimator(`estimator "${estimator}"`));
  }
  if (mixed) {
    const o = fitMixed(pt, ds, groups);
    return fittedModel(o.sol, "WLSMV", [...notes, ...o.warnings], {
      vcov: o.inference.vcov, fitMeasures: () => mixedFitMeasures(o), modificationIndices: () => dwlsModificationIndices(o),
      groupChisq: () => dwlsGroupChisq(o),
    });
  }
  if (ordinal) {
    const o = fitOrdinal(pt, ds, groups);
    if (esem) return esemOrdinalFittedModel(o, options);
    return fittedModel(o.sol, "WLSMV", [...notes, ...o.warnings], {
      get vcov() { return o.inference.vcov; }, fitMeasures: () => ordinalFitMeasures(o), modificationIndices: () => dwlsModificationIndices(o),
      groupChisq: () => dwlsGroupChisq(o),
    });
  }
  // MLM, GLS and ULS are complete-data estimators in lavaan
  if (fiml && (estimator === "MLM" || estimator === "GLS" || estimator === "ULS")) throw new OptionError(message.estimatorNeedsCompleteData(estimator));
  if (fiml) {
    const sample = fimlFromData(ds, pt.ov, groups, exo);
    sample.exoDropped.forEach((k, g) => { if (k > 0) notes.push(message.exoMissingDeleted(k, sample.stats.norig![g]!, groups.labels.length > 1 ? groups.labels[g]! : "")); });
    if (sample.patterns.dropped.length > 0) notes.push(message.fimlDroppedRows(sample.patterns.dropped.map((r) => r + 1)));
    if (!sample.emConverged) notes.push(message.emNotConverged);
    if (inequalities !== null) return fitInequality(pt, sample.stats, inequalities, notes, sample.fiml, estimator);
    const sol = estimateModel(pt, sample.stats, undefined, sample.fiml);
    return esem ? esemFittedModel(sol, options, notes) : fittedModel(sol, estimator, notes);
  }
  const stats = sampleFromData(ds, pt.ov, groups);
  if (estimator === "GLS" || estimator === "ULS") return leastSquaresFit(pt, stats, estimator, [...notes, ...sampleSizeWarnings(stats, pt.npar)]);
  if (inequalities !== null) return fitInequality(pt, stats, inequalities, [...notes, ...sampleSizeWarnings(stats, pt.npar)], undefined, estimator);
  if (esem) return esemFittedModel(estimateModel(pt, stats), options, [...notes, ...sampleSizeWarnings(stats, pt.npar)]);
  return fittedModel(estimateModel(pt, stats), estimator, [...notes, ...sampleSizeWarnings(stats, pt.npar)]);
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
