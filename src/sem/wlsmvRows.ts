import type { ParTable } from "../partable/types.ts";
import type { Dataset } from "../data/types.ts";
import type { OrdinalRowGroups } from "../estimate/dwlsSolution.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { EstimationError } from "../errors.ts";
import { message } from "../messages.ts";

/** The complete rows a WLSMV fit uses, row-major n × p, with the group of each row when there are groups. */
export interface WlsmvRows {
  readonly data: Float64Array;
  readonly n: number;
  /** 0-based group of each kept row; undefined with one group. */
  readonly index: Int32Array | undefined;
}

/**
 * The observed variables of the parameter table as a numeric matrix with listwise deletion (lavaan's default
 * for WLSMV), and with several groups only the rows that belong to a group (rowGroup ≥ 0), each with its group.
 * Source: lavaan 0.6-14 lav_data (missing = "listwise" for categorical data).
 * @param pt parameter table (its `ov` and `groups`)
 * @param ds data set
 * @param groups group membership of the data rows (required with several groups)
 * @returns the kept rows and their groups
 * @throws EstimationError with several groups and no membership; DataError from numericMatrix
 * @example
 * const { data, n, index } = wlsmvRows(pt, ds, groupLabels(ds, "gender"));
 */
export function wlsmvRows(pt: ParTable, ds: Dataset, groups?: OrdinalRowGroups): WlsmvRows {
  const p = pt.ov.length;
  const X = numericMatrix(ds, pt.ov, { missing: "listwise" });
  if (pt.groups.length <= 1) return { data: X.data, n: X.n, index: undefined };
  if (groups === undefined) throw new EstimationError(message.wlsmvGroupsMissing);
  const keep: number[] = [];
  for (let r = 0; r < X.n; r++) if (groups.rowGroup[X.rows[r]!]! >= 0) keep.push(r);
  const data = new Float64Array(keep.length * p);
  const index = new Int32Array(keep.length);
  keep.forEach((r, k) => { data.set(X.data.subarray(r * p, r * p + p), k * p); index[k] = groups.rowGroup[X.rows[r]!]!; });
  return { data, n: keep.length, index };
}
