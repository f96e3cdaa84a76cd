import type { ParTable } from "../partable/types.ts";
import type { MixedSampleStatistics } from "../ordinal/mixedSampleStatistics.ts";
import type { MixedDwlsTarget } from "./mixedDwlsEvaluator.ts";
import { thresholdScaleSlots } from "./thresholdScaleSlots.ts";

/**
 * The DWLS targets of every group for ordinal and continuous indicators: lavaan's WLS.obs and DWLS weights,
 * where the thresholds (`|`) and scale factors (`~*~`) of the ordinal variables live in θ, which of the first
 * nth entries are −means of continuous variables, and the continuous variables whose variances follow.
 * The objective weight of group g is (N_g − 1)/(N − G), as lavaan's DWLS fx with its group weights.
 * Source: lavaan 0.6-14 `lav_model_objective`, `lav_samplestats_wls_obs` (th.idx = 0 for continuous variables).
 * @param pt parameter table with threshold rows for the ordinal variables, in the groups of `stats`
 * @param stats mixed sample statistics of every group
 * @returns one target per group
 * @throws never (threshold rows the statistics do not know are ignored)
 * @example
 * const ev = mixedDwlsEvaluator(rep, mixedTargets(pt, stats));
 */
export function mixedTargets(pt: ParTable, stats: MixedSampleStatistics): MixedDwlsTarget[] {
  const G = stats.groups.length;
  const N = stats.groups.reduce((s, g) => s + g.nobs, 0);
  const ovIndex = new Map(pt.ov.map((v, i) => [v, i] as const));
  const nth = stats.nth;
  const thresholdVar = new Int32Array(nth), meanEntry = new Uint8Array(nth);
  const thresholdIndex = new Map<string, number>();
  stats.thresholdNames.forEach((name, i) => {
    const bar = name.lastIndexOf("|");
    const v = ovIndex.get(bar < 0 ? name : name.slice(0, bar))!;
    thresholdVar[i] = v;
    if (stats.numeric[v]) meanEntry[i] = 1; else thresholdIndex.set(name, i);
  });
  const numIdx = Int32Array.from(pt.ov.map((_, v) => v).filter((v) => stats.numeric[v] === 1));
  return stats.groups.map((g, k) => ({
    wlsObs: g.wlsObs, weights: g.wlsVdiag, nth, thresholdVar,
    ...thresholdScaleSlots(pt, k + 1, g.wlsObs, nth, thresholdIndex, ovIndex, stats.numeric),
    scale: (g.nobs - 1) / (N - G), meanEntry, numIdx,
  }));
}
