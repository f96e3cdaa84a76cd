import type { PlsSpec, PlsBootstrap } from "./types.ts";
import type { PlsEstimate, PlsSettings } from "./estimatePls.ts";
import type { BootstrapInterval } from "../bootstrap/bootstrapIntervals.ts";
import { plsStatistics } from "./plsStatistics.ts";
import { plsDraws } from "./plsDraws.ts";
import { bootstrapInterval } from "../bootstrap/bootstrapIntervals.ts";
import { jackknifeAcceleration } from "../bootstrap/jackknifeAcceleration.ts";

/**
 * Bootstrap a PLS model: draw i resamples the n rows with replacement using the seeded generator stream
 * (seed, i), re-estimates the whole model (interactions and PLSc included), and records every statistic of
 * {@link plsStatistics}. Draws depend only on (seed, i), so splitting them over workers cannot change a result.
 * Percentile and BCa intervals (jackknife acceleration from the n leave-one-out estimates) use the
 * bootstrap module's interval routine. Failed draws (singular matrices) are counted and left out.
 * Source: Efron & Tibshirani (1993), ch. 13–14; seminr 2.3.2 `R/estimate_bootstrap.R` (SE = SD of the draws).
 * @param x - raw item data, n × q row-major
 * @param n - rows
 * @param baseItems - item names of x
 * @param spec - the model
 * @param settings - estimation settings
 * @param full - the full-sample estimate
 * @param boot - draws, seed and confidence level
 * @returns the interval summary of every statistic
 * @throws nothing (failed draws are counted)
 * @example
 * plsBootstrap(x, n, items, spec, settings, est, { draws: 2000, seed: 123, level: 0.95 }).stats.get("Loyalty~Image")?.se;
 */
export function plsBootstrap(
  x: Float64Array, n: number, baseItems: readonly string[], spec: PlsSpec, settings: PlsSettings, full: PlsEstimate,
  boot: { draws: number; seed: number; level: number },
): PlsBootstrap {
  const original = plsStatistics(full.layout, full.core, full.data.r);
  const s = original.keys.length;
  const run = plsDraws(x, n, baseItems, spec, settings, boot.seed, 0, boot.draws);
  const failed = run.failed;
  const draws = run.s === s ? run.draws : new Float64Array(boot.draws * s).fill(Number.NaN);
  // jackknife (leave-one-out) estimates for the BCa acceleration
  const jk = plsDraws(x, n, baseItems, spec, settings, boot.seed, 0, n, true);
  const jack = jk.s === s ? jk.draws : new Float64Array(n * s).fill(Number.NaN);
  const stats = new Map<string, BootstrapInterval>();
  const raw = new Map<string, Float64Array>();
  const jcol = new Float64Array(n);
  original.keys.forEach((key, t) => {
    const col = new Float64Array(boot.draws);
    for (let d = 0; d < boot.draws; d++) col[d] = draws[d * s + t] as number;
    raw.set(key, col);
    for (let i = 0; i < n; i++) jcol[i] = jack[i * s + t] as number;
    stats.set(key, bootstrapInterval(col, original.values[t] as number, boot.level, jackknifeAcceleration(jcol)));
  });
  return { draws: boot.draws, failed, seed: boot.seed, level: boot.level, stats, raw };
}
