import type { Dataset } from "../data/types.ts";
import type { ModelSyntax } from "../syntax/types.ts";
import type { ParTable } from "../partable/types.ts";
import type { Inequality } from "../partable/inequalityConstraints.ts";
import type { SemOptions } from "./types.ts";
import type { EstimatorSetting } from "./estimatorSetting.ts";
import { buildParTable } from "../partable/buildParTable.ts";
import { inequalityConstraints } from "../partable/inequalityConstraints.ts";
import { ModelSpecificationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { orderedLevels } from "./orderedLevels.ts";
import { esemSettings } from "./esemFit.ts";
import { checkSupported } from "./checkSupported.ts";

/** The parameter table of a single-level model, with what the estimation needs to know about it. */
export interface SemParTable {
  readonly pt: ParTable;
  /** Inequality constraints (`a > 0.5`, `a > b`), fitted by an active-set search; null when there are none. */
  readonly inequalities: readonly Inequality[] | null;
  /** The model has ESEM (`efa("b")*`) blocks, rotated after the fit. */
  readonly esem: boolean;
}

/**
 * The partable stage of `sem()`: lavaan's defaults from the options (meanstructure, std.lv, fixed.x, orthogonal,
 * intercepts, group.equal / group.partial), the observed variables' threshold counts for ordered indicators, and
 * the checks of what semkit fits for this estimator.
 * @param syntax the parsed model
 * @param ds the data set (its columns are the observed variables; ordered levels are counted in it)
 * @param groups the group labels
 * @param options checked `sem()` options
 * @param setting the resolved estimator
 * @returns the parameter table, its inequality constraints and whether it has ESEM blocks
 * @throws ModelSpecificationError for model features semkit does not fit (or not with this estimator);
 *   OptionError for `cluster` without `level:` blocks or an ESEM estimator other than ML, MLR or WLSMV
 * @example
 * semParTable(parseModel("f =~ x1 + x2 + x3"), ds, { labels: [""] }, {}, estimatorSetting({})).pt.npar;
 */
export function semParTable(
  syntax: ModelSyntax, ds: Dataset, groups: { readonly labels: readonly string[] }, options: SemOptions, setting: EstimatorSetting,
): SemParTable {
  const { estimator, ordinal, fiml } = setting;
  const spec = {
    ovNames: ds.names,
    groups: [...groups.labels],
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
  const inequalities = ineq.inequalities.length > 0 ? ineq.inequalities : null;
  if (inequalities !== null && (ordinal || !["ML", "MLR", "MLM"].includes(estimator))) {
    throw new ModelSpecificationError(message.inequalityEstimator(`estimator "${estimator}"`));
  }
  return { pt, inequalities, esem };
}
