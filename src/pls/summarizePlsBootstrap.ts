import type { PlsBootstrap } from "./types.ts";
import type { PlsEstimate } from "./estimatePls.ts";
import type { BootstrapInterval } from "../inference/resampling/bootstrapIntervals.ts";
import { plsStatistics } from "./plsStatistics.ts";
import { bootstrapInterval } from "../inference/resampling/bootstrapIntervals.ts";
import { jackknifeAcceleration } from "../inference/resampling/jackknifeAcceleration.ts";

/** Draws of a PLS bootstrap run: count × s values (NaN rows for failures). */
export interface PlsDrawSet {
  readonly draws: Float64Array;
  readonly failed: number;
  readonly s: number;
}

/**
 * Summarize PLS bootstrap draws: mean, SE (SD of the draws), percentile, BC and BCa intervals of every
 * statistic, the BCa acceleration from the jackknife estimates.
 * @param full - the full-sample estimate (original values and keys)
 * @param run - the bootstrap draws
 * @param jk - the leave-one-out estimates
 * @param boot - draws, seed and level
 * @returns the bootstrap summary
 * @throws nothing
 * @example
 * summarizePlsBootstrap(est, run, jk, { draws: 2000, seed: 1, level: 0.95 });
 */
export function summarizePlsBootstrap(full: PlsEstimate, run: PlsDrawSet, jk: PlsDrawSet, boot: { draws: number; seed: number; level: number }): PlsBootstrap {
  const original = plsStatistics(full.layout, full.core, full.data.r);
  const s = original.keys.length;
  const nj = jk.draws.length / Math.max(jk.s, 1);
  const draws = run.s === s ? run.draws : new Float64Array(boot.draws * s).fill(Number.NaN);
  const jack = jk.s === s ? jk.draws : new Float64Array(nj * s).fill(Number.NaN);
  const stats = new Map<string, BootstrapInterval>();
  const raw = new Map<string, Float64Array>();
  const jcol = new Float64Array(nj);
  original.keys.forEach((key, t) => {
    const col = new Float64Array(boot.draws);
    for (let d = 0; d < boot.draws; d++) col[d] = draws[d * s + t] as number;
    raw.set(key, col);
    for (let i = 0; i < nj; i++) jcol[i] = jack[i * s + t] as number;
    stats.set(key, bootstrapInterval(col, original.values[t] as number, boot.level, jackknifeAcceleration(jcol)));
  });
  return { draws: boot.draws, failed: run.failed, seed: boot.seed, level: boot.level, stats, raw };
}
