import type { PlsSpec } from "./types.ts";
import type { PlsCore } from "./plsCore.ts";
import type { PlsLayout } from "./plsLayout.ts";
import type { InnerScheme } from "./innerSchemes.ts";
import type { PlsSettings } from "./plsSettings.ts";
export type { PlsSettings } from "./plsSettings.ts";
import type { Standardized } from "./standardizeColumns.ts";
import { plsCore } from "./plsCore.ts";
import { plsCoreSettings } from "./plsCoreSettings.ts";
import { plsLayout } from "./plsLayout.ts";
import { standardizeColumns } from "./standardizeColumns.ts";


/** A full estimation: layout, standardized item data (incl. generated interaction items) and the core estimates. */
export interface PlsEstimate {
  readonly layout: PlsLayout;
  readonly data: Standardized;
  readonly core: PlsCore;
}

/**
 * Estimate a PLS model from raw item data: build the interaction items (two-stage: the product of the
 * first-stage scores of X and Z, estimated without the interaction terms; product indicators: the products of
 * the standardized items of the two blocks), standardize everything, run the PLS algorithm and the structural
 * model. With `interactionScale: "raw"`, an interaction score is rescaled by the SD of its raw product
 * indicator(s) weighted by |loading|, as seminr does; by default it keeps unit SD (SmartPLS).
 * Source: seminr 2.3.2 `R/specify_interactions.R` (`two_stage`, `product_indicator`), `R/library.R`
 * (`adjust_interaction`); Henseler & Chin (2010), Structural Equation Modeling 17(1).
 * @param x - row-major n × q raw data of the base items
 * @param n - rows
 * @param baseItems - the q base item names, in x's column order
 * @param spec - the model
 * @param settings - algorithm settings
 * @returns the estimate, or null when the algorithm meets a singular matrix
 * @throws DataError for a zero-variance item
 * @example
 * const est = estimatePls(x, 250, items, spec, settings);
 */
export function estimatePls(x: Float64Array, n: number, baseItems: readonly string[], spec: PlsSpec, settings: PlsSettings): PlsEstimate | null {
  const layout = plsLayout(spec);
  const q = baseItems.length;
  const col = new Map(baseItems.map((it, j) => [it, j]));
  const p = layout.p;
  const full = new Float64Array(n * p);
  const interactions = spec.constructs.filter((c) => c.interaction !== undefined);
  let firstScores: Map<string, Float64Array> | null = null;
  if (interactions.length > 0 && settings.interaction === "twoStage") {
    firstScores = firstStageScores(x, n, baseItems, spec, settings);
    if (firstScores === null) return null;
  }
  let zBase: Float64Array | null = null;
  if (interactions.length > 0 && settings.interaction === "productIndicator") zBase = standardizeColumns(x, n, q, baseItems).z;
  layout.items.forEach((item, a) => {
    const j = col.get(item);
    if (j !== undefined) {
      for (let i = 0; i < n; i++) full[i * p + a] = x[i * q + j] as number;
      return;
    }
    const c = spec.constructs[layout.owner[a] as number];
    const pair = c?.interaction as readonly [string, string];
    if (firstScores !== null) {
      const sx = firstScores.get(pair[0]) as Float64Array, sz = firstScores.get(pair[1]) as Float64Array;
      for (let i = 0; i < n; i++) full[i * p + a] = (sx[i] as number) * (sz[i] as number);
    } else {
      const [ia, ib] = item.split(":") as [string, string];
      const ja = col.get(ia) as number, jb = col.get(ib) as number;
      const zb = zBase as Float64Array;
      for (let i = 0; i < n; i++) full[i * p + a] = (zb[ja * n + i] as number) * (zb[jb * n + i] as number);
    }
  });
  const data = standardizeColumns(full, n, p, layout.items);
  const core = plsCore(data.r, layout, plsCoreSettings(spec, layout, settings, n, data.sd));
  if (core === null) return null;
  return { layout, data, core };
}

/** First stage of the two-stage approach: scores of the model without interaction terms. */
function firstStageScores(x: Float64Array, n: number, baseItems: readonly string[], spec: PlsSpec, settings: PlsSettings): Map<string, Float64Array> | null {
  const paths = spec.paths.filter((p) => !p.from.includes(":"));
  const used = new Set(paths.flatMap((p) => [p.from, p.to]));
  const reduced: PlsSpec = { constructs: spec.constructs.filter((c) => c.interaction === undefined && used.has(c.name)), paths };
  const est = estimatePls(x, n, baseItems, reduced, { ...settings, consistent: false });
  if (est === null) return null;
  const { layout, data, core } = est;
  const out = new Map<string, Float64Array>();
  layout.constructs.forEach((name, k) => {
    const s = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let a = layout.blockStart[k] as number; a < (layout.blockStart[k + 1] as number); a++) v += (data.z[a * n + i] as number) * (core.w[a] as number);
      s[i] = v;
    }
    out.set(name, s);
  });
  return out;
}
