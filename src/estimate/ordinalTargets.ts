import type { ParTable } from "../partable/types.ts";
import type { OrdinalSampleStatistics } from "../ordinal/types.ts";
import type { DwlsTarget } from "./dwlsEvaluator.ts";
import { thresholdScaleSlots } from "./thresholdScaleSlots.ts";

/**
 * The DWLS targets of every group: lavaan's WLS.obs and DWLS weights from the ordinal sample statistics,
 * and where the thresholds (`|`) and scale factors (`~*~`) of the parameter table live in θ. The objective
 * weight of group g is (N_g − 1)/(N − G), as lavaan's DWLS fx with its group weights.
 * Source: lavaan 0.6-14 `lav_model_objective` (group.fx = ½(N_g − 1)/N_g · F_g, weighted by N_g).
 * @param pt parameter table with threshold rows, in the groups of `ordinal`
 * @param ordinal ordinal sample statistics of every group
 * @returns one target per group
 * @throws never (threshold rows the statistics do not know are ignored)
 * @example
 * const ev = dwlsEvaluator(rep, ordinalTargets(pt, ordinal));
 */
export function ordinalTargets(pt: ParTable, ordinal: OrdinalSampleStatistics): DwlsTarget[] {
  const G = ordinal.groups.length;
  const N = ordinal.groups.reduce((s, g) => s + g.nobs, 0);
  const ovIndex = new Map(pt.ov.map((v, i) => [v, i] as const));
  const thresholdIndex = new Map(ordinal.thresholdNames.map((name, i) => [name, i] as const));
  const nth = ordinal.nth;
  const thresholdVar = new Int32Array(nth);
  ordinal.thresholdNames.forEach((name, i) => { thresholdVar[i] = ovIndex.get(name.slice(0, name.lastIndexOf("|")))!; });
  return ordinal.groups.map((stats, g) => ({
    wlsObs: stats.wlsObs, weights: stats.wlsVdiag, nth, thresholdVar,
    ...thresholdScaleSlots(pt, g + 1, stats.wlsObs, nth, thresholdIndex, ovIndex), scale: (stats.nobs - 1) / (N - G),
  }));
}
