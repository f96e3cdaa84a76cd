import type { ParTable } from "../partable/types.ts";
import type { MixedSampleStatistics } from "../ordinal/mixedSampleStatistics.ts";
import type { MixedDwlsTarget } from "./mixedDwlsEvaluator.ts";

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
  const p = pt.ov.length;
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
  return stats.groups.map((g, k) => {
    const thresholdFree = new Int32Array(nth).fill(-1), thresholdFixed = new Float64Array(g.wlsObs.subarray(0, nth));
    const deltaFree = new Int32Array(p).fill(-1), deltaFixed = new Float64Array(p).fill(1);
    for (const r of pt.rows) {
      if (r.group !== k + 1) continue;
      if (r.op === "|") {
        const t = thresholdIndex.get(`${r.lhs}|${r.rhs}`);
        if (t === undefined) continue;
        if (r.free > 0) thresholdFree[t] = r.free - 1;
        else if (Number.isFinite(r.ustart)) thresholdFixed[t] = r.ustart;
      } else if (r.op === "~*~" && r.lhs === r.rhs) {
        const v = ovIndex.get(r.lhs);
        if (v === undefined || stats.numeric[v]) continue;
        if (r.free > 0) deltaFree[v] = r.free - 1;
        else if (Number.isFinite(r.ustart)) deltaFixed[v] = r.ustart;
      }
    }
    return {
      wlsObs: g.wlsObs, weights: g.wlsVdiag, nth, thresholdVar, thresholdFree, thresholdFixed,
      deltaFree, deltaFixed, scale: (g.nobs - 1) / (N - G), meanEntry, numIdx,
    };
  });
}
