import type { PlsSpec } from "./types.ts";
import type { PlsEstimate, PlsSettings } from "./estimatePls.ts";
import { estimatePls } from "./estimatePls.ts";
import { plsStatistics } from "./plsStatistics.ts";
import { plsLayout } from "./plsLayout.ts";
import { plsCore } from "./plsCore.ts";
import { plsCoreSettings } from "./plsCoreSettings.ts";
import { resampleCorrelation } from "./resampleCorrelation.ts";
import { createRng } from "../random/rng.ts";
import { meanReplace } from "./meanReplace.ts";

/**
 * Run bootstrap draws first .. first+count−1 of a PLS model. Draw i resamples rows with the generator stream
 * (seed, i) only, so any split of the draws over workers gives the same numbers. Without interaction terms the
 * draw's correlation matrix comes straight from the row counts (see resampleCorrelation); with them the whole
 * two-stage / product-indicator pipeline is re-run on the resampled rows. A draw fails (NaN) when a matrix is
 * singular, an item has no variance, or the algorithm does not converge.
 * @param x - raw item data, n × q row-major
 * @param n - rows
 * @param baseItems - item names of x
 * @param spec - the model
 * @param settings - estimation settings
 * @param seed - bootstrap seed
 * @param first - index of the first draw
 * @param count - number of draws
 * @param jackknife - run leave-one-out samples first .. first+count−1 instead of bootstrap draws (for BCa)
 * @param raw - the data before mean replacement (NaN = missing), or null: when given, each draw resamples these rows
 *   and replaces missing values by the draw's own item means (seminr resamples its raw data the same way)
 * @returns the statistics of each draw (count × s row-major, NaN rows for failed draws) and the failure count
 * @throws nothing
 * @example
 * plsDraws(x, n, items, spec, settings, 123, 0, 100).failed; // 0
 */
export function plsDraws(
  x: Float64Array, n: number, baseItems: readonly string[], spec: PlsSpec, settings: PlsSettings,
  seed: number, first: number, count: number, jackknife = false, raw: Float64Array | null = null,
): { draws: Float64Array; failed: number; s: number } {
  const q = baseItems.length;
  const layout = plsLayout(spec);
  const direct = raw === null && spec.constructs.every((c) => c.interaction === undefined);
  const source = raw ?? x;
  let z: Float64Array | null = null;
  if (direct) {
    z = new Float64Array(n * q);
    for (let j = 0; j < q; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += x[i * q + j] as number;
      const mean = s / n;
      let ss = 0;
      for (let i = 0; i < n; i++) ss += ((x[i * q + j] as number) - mean) ** 2;
      const sd = Math.sqrt(ss / (n - 1)) || 1;
      for (let i = 0; i < n; i++) z[i * q + j] = ((x[i * q + j] as number) - mean) / sd;
    }
  }
  const coreSettings = plsCoreSettings(spec, layout, settings, jackknife ? n - 1 : n, null);
  const counts = new Int32Array(n);
  const r = new Float64Array(q * q);
  const xb = new Float64Array(n * q);
  let out: Float64Array | null = null;
  let s = 0;
  let failed = 0;
  for (let d = 0; d < count; d++) {
    if (jackknife) {
      counts.fill(1);
      counts[first + d] = 0;
    } else {
      const rng = createRng(seed, first + d);
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[rng.int(n)]++;
    }
    const rows = jackknife ? n - 1 : n;
    let values: Float64Array | null = null;
    if (z !== null) {
      if (resampleCorrelation(z, n, q, counts, r)) {
        const core = plsCore(r, layout, coreSettings);
        if (core !== null && core.converged) values = plsStatistics(layout, core, r, false).values;
      }
    } else {
      let row = 0;
      for (let i = 0; i < n; i++) for (let c = counts[i] as number; c > 0; c--) { xb.set(source.subarray(i * q, (i + 1) * q), row * q); row++; }
      if (raw !== null) meanReplace(xb, rows, q);
      let est: PlsEstimate | null = null;
      try { est = estimatePls(xb, rows, baseItems, spec, settings); } catch { est = null; }
      if (est !== null && est.core.converged) values = plsStatistics(est.layout, est.core, est.data.r, false).values;
    }
    if (values === null) { failed++; continue; }
    if (out === null) { s = values.length; out = new Float64Array(count * s).fill(Number.NaN); }
    out.set(values, d * s);
  }
  return { draws: out ?? new Float64Array(0), failed, s };
}

