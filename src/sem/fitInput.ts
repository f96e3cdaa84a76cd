import type { Dataset } from "../data/types.ts";
import type { SemOptions } from "./types.ts";
import type { EstimatorSetting } from "./estimatorSetting.ts";
import type { SemParTable } from "./semParTable.ts";
import { checkModelData } from "./checkModelData.ts";
import { dataWarnings } from "./dataWarnings.ts";
import { standardizeObserved } from "./standardizeObserved.ts";

/** Everything an estimator strategy needs: the model, the checked data, the options and the warnings so far. */
export interface FitInput extends SemParTable, EstimatorSetting {
  readonly ds: Dataset;
  readonly groups: { readonly labels: string[]; readonly rowGroup: Int32Array };
  readonly options: SemOptions;
  /** Warnings of the stages before estimation (data checks, dropped rows). */
  readonly notes: readonly string[];
  /** Exogenous covariates whose missing values delete the row under FIML (lavaan's fixed.x; none for "ml.x"). */
  readonly exo: readonly string[];
}

/**
 * The data checks between the partable and the estimation: every model variable is a usable column, the
 * warnings of `dataWarnings` (missing group values, variance ratios, likely missing-value codes, the declared
 * scale, listwise deletion), and `stdOv` standardization of the observed variables.
 * @param model the parameter table stage's result
 * @param setting the resolved estimator
 * @param ds the data set
 * @param groups group labels and each row's group
 * @param options checked `sem()` options
 * @returns the input of the estimator strategy
 * @throws DataError for unusable columns or a value outside the declared scale
 * @example
 * const input = fitInput(semParTable(syntax, ds, groups, {}, setting), setting, ds, groups, {});
 */
export function fitInput(
  model: SemParTable, setting: EstimatorSetting, ds: Dataset, groups: FitInput["groups"], options: SemOptions,
): FitInput {
  const { pt } = model, { ordinal, fiml } = setting;
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
  return { ...model, ...setting, ds, groups, options, notes, exo };
}
