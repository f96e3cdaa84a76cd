import type { PlsSpec } from "./types.ts";
import type { PlsEstimate, PlsSettings } from "./estimatePls.ts";
import { estimatePls } from "./estimatePls.ts";
import { plsStatistics } from "./plsStatistics.ts";
import { createRng } from "../random/rng.ts";

/**
 * Run bootstrap draws first .. first+count−1 of a PLS model. Draw i resamples rows with the generator stream
 * (seed, i) only, so any split of the draws over workers gives the same numbers.
 * @param x - raw item data, n × q row-major
 * @param n - rows
 * @param baseItems - item names of x
 * @param spec - the model
 * @param settings - estimation settings
 * @param seed - bootstrap seed
 * @param first - index of the first draw
 * @param count - number of draws
 * @param s - number of statistics per draw
 * @returns the draws (count × s row-major, NaN for a failed draw) and the number of failures
 * @throws nothing
 * @example
 * plsDraws(x, n, items, spec, settings, 123, 0, 100, 40).failed; // 0
 */
export function plsDraws(
  x: Float64Array, n: number, baseItems: readonly string[], spec: PlsSpec, settings: PlsSettings,
  seed: number, first: number, count: number, s: number,
): { draws: Float64Array; failed: number } {
  const q = baseItems.length;
  const out = new Float64Array(count * s).fill(Number.NaN);
  const xb = new Float64Array(n * q);
  let failed = 0;
  for (let d = 0; d < count; d++) {
    const rng = createRng(seed, first + d);
    for (let i = 0; i < n; i++) {
      const src = rng.int(n);
      for (let j = 0; j < q; j++) xb[i * q + j] = x[src * q + j] as number;
    }
    let est: PlsEstimate | null = null;
    try { est = estimatePls(xb, n, baseItems, spec, settings); } catch { est = null; }
    if (est === null || !est.core.converged) { failed++; continue; }
    out.set(plsStatistics(est).values, d * s);
  }
  return { draws: out, failed };
}
