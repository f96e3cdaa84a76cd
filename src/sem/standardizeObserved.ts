import type { Dataset } from "../data/types.ts";
import type { ParTable } from "../partable/types.ts";
import { standardizeColumns } from "../data/standardizeColumns.ts";

/**
 * lavaan's `std.ov = TRUE`: the model's continuous observed variables (indicators and outcomes; covariates only
 * with fixed.x = FALSE, as fixed.x covariates keep their scale in lavaan's ML fit) are standardized within each group over the cases the fit uses — complete cases under listwise deletion; under FIML
 * every row except those deleted for a missing covariate — before any sample statistic is computed.
 * Source: lavaan 0.6-14 lav_data_full (`scale()` on X[[g]] and eXo[[g]] after case selection).
 * @param ds data set (already reverse-coded)
 * @param pt parameter table (its `ov` are the model's observed variables)
 * @param rowGroup 0-based group of each row (−1: no group)
 * @param options `fiml`: FIML case selection; `exo`: covariates whose missing values delete a row under FIML;
 *   `ordered`: ordinal variables, left as they are
 * @returns the data set with those columns standardized
 * @example
 * const z = standardizeObserved(ds, pt, groups.rowGroup, { fiml: false, exo: [], ordered: [] });
 */
export function standardizeObserved(
  ds: Dataset, pt: ParTable, rowGroup: Int32Array,
  options: { readonly fiml: boolean; readonly exo: readonly string[]; readonly ordered: readonly string[] },
): Dataset {
  // fixed.x covariates keep their scale (lavaan scales X[[g]] without them; their eXo copy is not used by ML)
  const skip = new Set([...options.ordered, ...pt.rows.filter((r) => r.exo === 1 && r.op === "~~").map((r) => r.lhs)]);
  const names = pt.ov.filter((v) => !skip.has(v));
  const numeric = (v: string): Float64Array | null => { const c = ds.columns.get(v); return c?.kind === "numeric" ? c.values : null; };
  const needed = (options.fiml ? options.exo : pt.ov).map(numeric).filter((c): c is Float64Array => c !== null);
  const inUse = (r: number): boolean => needed.every((c) => !Number.isNaN(c[r]!));
  return standardizeColumns(ds, names, rowGroup, inUse);
}
