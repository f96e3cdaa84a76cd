import type { Dataset } from "../data/types.ts";
import type { ParTable } from "../partable/types.ts";
import type { Scale } from "../data/reverseCode.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { numericColumn } from "../data/numericColumn.ts";
import { varianceWarnings } from "../data/varianceWarnings.ts";
import { likelyMissingCodes } from "../data/likelyMissingCodes.ts";
import { checkScale } from "../data/checkScale.ts";
import { message } from "../messages.ts";

/**
 * The data checks `sem()` runs before estimation, as warnings (nothing here changes the data or the estimates):
 * notes from reading the data (text encoding), rows without a group value (lavaan warns), lavaan's variance-ratio
 * and large-variance checks (exogenous covariates left out, as lavaan does), values that look like missing-value
 * codes or typos in rating items, and, for listwise deletion, how many rows were dropped and which columns
 * were missing. With a declared `scale`, a value of a factor indicator outside it is an error.
 * @param ds data set (after missing codes and reverse coding)
 * @param pt parameter table (observed variables, indicators, exogenous covariates)
 * @param groups group labels and each row's 0-based group (−1: no group value)
 * @param settings the grouping column, whether rows are deleted listwise, the declared scale, and whether the model
 *   is ordinal (then the listwise warning does not point to FIML, which needs continuous items)
 * @returns warning texts, in the order above
 * @throws DataError for a factor indicator's value outside `settings.scale` (column, row, value)
 * @example
 * dataWarnings(ds, pt, groupLabels(ds, "school"), { group: "school", listwise: true }); // [] for clean data
 */
export function dataWarnings(
  ds: Dataset,
  pt: ParTable,
  groups: { labels: readonly string[]; rowGroup: Int32Array },
  settings: { group?: string; listwise: boolean; scale?: Scale; ordinal?: boolean },
): string[] {
  const out: string[] = [...(ds.warnings ?? [])];
  if (settings.group !== undefined) {
    const rows: number[] = [];
    for (let r = 0; r < ds.n; r++) if (groups.rowGroup[r]! < 0) rows.push(r + 1);
    if (rows.length > 0) out.push(message.dataGroupMissing(settings.group, rows.length, rows));
  }
  if (settings.scale !== undefined) {
    const indicators = pt.ov.filter((v) => pt.rows.some((r) => r.op === "=~" && r.rhs === v));
    if (indicators.length > 0) checkScale(numericMatrix(ds, indicators, { missing: "keep" }), settings.scale);
  }
  const exo = new Set(pt.rows.filter((r) => r.exo === 1 && r.op === "~~").map((r) => r.lhs));
  out.push(...varianceWarnings(ds, exo.size === 0 ? pt.ov : pt.ov.filter((v) => !exo.has(v))));
  out.push(...likelyMissingCodes(ds, pt.ov));
  if (settings.listwise) {
    // each column's missing values among the rows with a group, and the rows missing any of them
    const perColumn = new Array<number>(pt.ov.length).fill(0), incomplete = new Uint8Array(ds.n);
    pt.ov.forEach((name, j) => {
      const column = numericColumn(ds, name);
      for (let i = 0; i < ds.n; i++) if (column[i]! !== column[i]! && groups.rowGroup[i]! >= 0) { perColumn[j]!++; incomplete[i] = 1; }
    });
    let dropped = 0, total = 0;
    for (let i = 0; i < ds.n; i++) if (groups.rowGroup[i]! >= 0) { total++; dropped += incomplete[i]!; }
    if (dropped > 0) {
      const columns = pt.ov.map((name, j) => ({ name, count: perColumn[j]! })).filter((c) => c.count > 0)
        .sort((a, b) => b.count - a.count);
      out.push(message.dataListwiseDropped(dropped, total, columns, settings.ordinal !== true));
    }
  }
  return out;
}
