import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { labelOf } from "./labelOf.ts";
import { formatCoef } from "./formatCoef.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** A loadings matrix: items × factors (EFA pattern loadings or CFA standardized loadings). */
export interface LoadingsInput {
  readonly items: readonly string[];
  readonly factors: readonly string[];
  /** loadings[i][j] = loading of item i on factor j (0 or NaN where a CFA item does not load). */
  readonly loadings: readonly (readonly number[])[];
}

/** Options of the loadings heatmap. */
export interface LoadingsHeatmapOptions extends ChartOptions {
  /** |loading| at or above which a value is salient (printed bold); an item salient on 2+ factors is a cross-loading (default .30). */
  readonly threshold?: number;
  /** Sort items by their primary factor, then by loading size (default false: input order). */
  readonly sort?: boolean;
}

/** The accepted keys of `loadingsHeatmap()` options. */
export const LOADINGS_HEATMAP_OPTION_KEYS = optionKeys<LoadingsHeatmapOptions>({
  threshold: true, sort: true, title: true, width: true, height: true, locale: true, labels: true,
});

/**
 * Loadings heatmap: items × factors coloured on a diverging scale from −1 to 1, every value printed; salient
 * loadings (|λ| ≥ threshold) in full ink and the rest faded, and cross-loadings (an item salient on two or more factors) outlined in red.
 * @param input items, factors and the loadings matrix
 * @param options threshold (.30), sort, title, width, height, labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when the matrix does not match items × factors; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example loadingsHeatmap({ items, factors: ["MR1", "MR2"], loadings }, { threshold: 0.3 })
 * Source: salience cutoff |λ| ≥ .30 (Tabachnick & Fidell, 2013, ch. 13); cross-loadings as in Costello & Osborne (2005).
 */
export function loadingsHeatmap(input: LoadingsInput, options: LoadingsHeatmapOptions = {}): ChartSpec {
  checkShape("loadingsHeatmap", "input", input, { items: "names", factors: "names", loadings: "matrix" });
  checkOptionsObject("loadingsHeatmap", options);
  options = checkOptionKeys("loadingsHeatmap", options, LOADINGS_HEATMAP_OPTION_KEYS);
  const thr = options.threshold ?? 0.3;
  const { items, factors, loadings } = input;
  if (items.length === 0 || factors.length === 0) throw new OptionError(message.chartEmpty("loadingsHeatmap", "no items or factors"));
  if (loadings.length !== items.length) throw new OptionError(message.chartLengthMismatch("loadingsHeatmap", "loadings", loadings.length, items.length));
  loadings.forEach((row) => {
    if (row.length !== factors.length) throw new OptionError(message.chartLengthMismatch("loadingsHeatmap", "a loadings row", row.length, factors.length));
  });
  let order = items.map((_, i) => i);
  if (options.sort) {
    const primary = loadings.map((row) => row.reduce((b, v, j) => (Math.abs(v) > Math.abs(row[b]!) ? j : b), 0));
    order = order.sort((a, b) => primary[a]! - primary[b]! || Math.abs(loadings[b]![primary[b]!]!) - Math.abs(loadings[a]![primary[a]!]!));
  }
  const values = order.flatMap((i, rank) => {
    const row = loadings[i]!;
    const salient = row.filter((v) => Math.abs(v) >= thr).length;
    return factors.map((f, j) => {
      const v = row[j]!;
      const ok = Number.isFinite(v) && v !== 0;
      return {
        item: labelOf(items[i]!, options), factor: labelOf(f, options), rank, col: j,
        loading: ok ? v : null, text: ok ? formatCoef(v, true) : "",
        salient: ok && Math.abs(v) >= thr, cross: ok && Math.abs(v) >= thr && salient >= 2,
      };
    });
  });
  const loc = options.locale ?? "en";
  const x = { field: "factor", type: "nominal", sort: { field: "col" }, title: t("factor", loc), axis: { orient: "top", labelAngle: 0 } };
  const y = { field: "item", type: "nominal", sort: { field: "rank" }, title: t("item", loc) };
  return {
    ...baseSpec(options),
    description: `Loadings heatmap: ${items.length} items × ${factors.length} factors, salient at |loading| ≥ ${thr}`,
    data: { values },
    width: options.width ?? Math.max(160, 52 * factors.length),
    height: options.height ?? 20 * items.length,
    layer: [
      { mark: { type: "rect", stroke: "white", strokeWidth: 1 },
        encoding: { x, y, color: { field: "loading", type: "quantitative", title: t("loading", loc), scale: { scheme: "redblue", domain: [-1, 1], reverse: true }, legend: { gradientLength: 140 } } } },
      { transform: [{ filter: "datum.cross" }], mark: { type: "rect", fill: null, stroke: COLORS.red, strokeWidth: 2.5 }, encoding: { x, y } },
      { mark: { type: "text", fontSize: 10.5, baseline: "middle" },
        encoding: { x, y, text: { field: "text" },
          color: { condition: { test: "abs(datum.loading) >= 0.7", value: "white" }, value: COLORS.ink },
          opacity: { condition: { test: "datum.salient", value: 1 }, value: 0.45 } } },
    ],
  } as unknown as ChartSpec;
}
