import type { PlsSpec, PlsBootstrap } from "./types.ts";
import type { PlsEstimate, PlsSettings } from "./estimatePls.ts";
import type { BootstrapInterval } from "../bootstrap/bootstrapIntervals.ts";
import { estimatePls } from "./estimatePls.ts";
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
  const original = plsStatistics(full);
  const s = original.keys.length;
  const { draws, failed } = plsDraws(x, n, baseItems, spec, settings, boot.seed, 0, boot.draws, s);
  // jackknife for the BCa acceleration
  const q = baseItems.length;
  const jack = new Float64Array(n * s).fill(Number.NaN);
  const xj = new Float64Array((n - 1) * q);
  for (let leave = 0; leave < n; leave++) {
    let r = 0;
    for (let i = 0; i < n; i++) {
      if (i === leave) continue;
      xj.set(x.subarray(i * q, (i + 1) * q), r * q);
      r++;
    }
    let est: PlsEstimate | null = null;
    try { est = estimatePls(xj, n - 1, baseItems, spec, settings); } catch { est = null; }
    if (est !== null) jack.set(plsStatistics(est).values, leave * s);
  }
  const stats = new Map<string, BootstrapInterval>();
  const col = new Float64Array(boot.draws);
  const jcol = new Float64Array(n);
  original.keys.forEach((key, t) => {
    for (let d = 0; d < boot.draws; d++) col[d] = draws[d * s + t] as number;
    for (let i = 0; i < n; i++) jcol[i] = jack[i * s + t] as number;
    stats.set(key, bootstrapInterval(col, original.values[t] as number, boot.level, jackknifeAcceleration(jcol)));
  });
  return { draws: boot.draws, failed, seed: boot.seed, level: boot.level, stats };
}
