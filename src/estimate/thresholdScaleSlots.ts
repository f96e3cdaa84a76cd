import type { ParTable } from "../partable/types.ts";

/** Where the thresholds and scale factors of one group live in θ, or their fixed values. */
export interface ThresholdScaleSlots {
  /** For each threshold position, its θ index, or −1 when fixed. */
  readonly thresholdFree: Int32Array;
  /** For each threshold position, its fixed value (the sample threshold unless the partable fixes it). */
  readonly thresholdFixed: Float64Array;
  /** For each variable, the θ index of its scale factor `~*~`, or −1 when fixed. */
  readonly deltaFree: Int32Array;
  /** For each variable, its fixed scale factor (1 unless set). */
  readonly deltaFixed: Float64Array;
}

/**
 * Read the threshold rows (`|`) and scale-factor rows (`~*~`, lhs = rhs) of one group of the parameter table:
 * the θ index of each free one (free − 1) and the value of each fixed one (ustart when finite; otherwise the
 * sample threshold, or a scale factor of 1), as the DWLS targets of ordinal and mixed data both need them.
 * Source: lavaan 0.6-14 partable conventions (op "|" and "~*~", delta parameterisation).
 * @param pt parameter table
 * @param group 1-based group number of the rows to read
 * @param wlsObs the group's WLS.obs; its first nth entries are the sample thresholds
 * @param nth number of threshold positions
 * @param thresholdIndex threshold position of each known `lhs|rhs` name (rows not in it are ignored)
 * @param ovIndex position of each observed variable
 * @param numeric 1 for continuous variables, whose scale-factor rows are ignored (omit: none)
 * @returns the slots of the group
 * @throws never
 * @example
 * const { thresholdFree, deltaFree } = thresholdScaleSlots(pt, 1, stats.wlsObs, nth, thresholdIndex, ovIndex);
 */
export function thresholdScaleSlots(
  pt: ParTable, group: number, wlsObs: Float64Array, nth: number,
  thresholdIndex: ReadonlyMap<string, number>, ovIndex: ReadonlyMap<string, number>, numeric?: Uint8Array,
): ThresholdScaleSlots {
  const p = pt.ov.length;
  const thresholdFree = new Int32Array(nth).fill(-1), thresholdFixed = new Float64Array(wlsObs.subarray(0, nth));
  const deltaFree = new Int32Array(p).fill(-1), deltaFixed = new Float64Array(p).fill(1);
  for (const r of pt.rows) {
    if (r.group !== group) continue;
    if (r.op === "|") {
      const t = thresholdIndex.get(`${r.lhs}|${r.rhs}`);
      if (t === undefined) continue;
      if (r.free > 0) thresholdFree[t] = r.free - 1;
      else if (Number.isFinite(r.ustart)) thresholdFixed[t] = r.ustart;
    } else if (r.op === "~*~" && r.lhs === r.rhs) {
      const v = ovIndex.get(r.lhs);
      if (v === undefined || (numeric !== undefined && numeric[v])) continue;
      if (r.free > 0) deltaFree[v] = r.free - 1;
      else if (Number.isFinite(r.ustart)) deltaFixed[v] = r.ustart;
    }
  }
  return { thresholdFree, thresholdFixed, deltaFree, deltaFixed };
}
