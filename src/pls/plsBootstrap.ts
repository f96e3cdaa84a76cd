import type { PlsBootstrap } from "./types.ts";
import type { PlsEstimate } from "./estimatePls.ts";
import type { PlsSetup } from "./plsSetup.ts";
import { plsDraws } from "./plsDraws.ts";
import { summarizePlsBootstrap } from "./summarizePlsBootstrap.ts";

/**
 * Bootstrap a PLS model in the calling thread: draw i resamples the n rows with replacement using the seeded
 * generator stream (seed, i) and re-estimates the whole model (interactions and PLSc included; with mean
 * replacement, missing values are replaced again within each draw, as seminr resamples its raw data); the n
 * leave-one-out estimates give the BCa acceleration. Draws depend only on (seed, i), so the worker version
 * (`plsParallel` in semkit/node) gives the same bits.
 * Source: Efron & Tibshirani (1993), ch. 13–14; seminr 2.3.2 `R/estimate_bootstrap.R` (SE = SD of the draws).
 * @param setup - the prepared problem
 * @param full - the full-sample estimate
 * @param boot - draws, seed and confidence level
 * @returns the interval summary of every statistic
 * @throws nothing (failed draws are counted)
 * @example
 * plsBootstrap(setup, est, { draws: 2000, seed: 123, level: 0.95 }).stats.get("Loyalty~Image")?.se;
 */
export function plsBootstrap(setup: PlsSetup, full: PlsEstimate, boot: { draws: number; seed: number; level: number }): PlsBootstrap {
  const { data, baseItems, spec, settings } = setup;
  const run = plsDraws(data.x, data.n, baseItems, spec, settings, boot.seed, 0, boot.draws, false, data.raw);
  const jk = plsDraws(data.x, data.n, baseItems, spec, settings, boot.seed, 0, data.n, true, data.raw);
  return summarizePlsBootstrap(full, run, jk, boot);
}
