import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { labelOf } from "./labelOf.ts";
import { formatCoef } from "./formatCoef.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { CHART_OPTION_KEYS } from "./types.ts";

/** A scale's α and α-if-item-dropped values (e.g. from `alpha()`: total.rawAlpha and alphaDrop[].rawAlpha). */
export interface AlphaDropInput {
  readonly scale: string;
  readonly alpha: number;
  readonly items: readonly { readonly item: string; readonly alphaIfDropped: number }[];
}

/**
 * Alpha-if-item-dropped bars, one panel per scale, with a line at the scale's α: an item whose bar passes the
 * line raises α when dropped and is coloured orange.
 * @param scales scales with α and α if each item is dropped
 * @param options title, width, height, labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when there are no items; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example alphaDropChart([{ scale: "SAT", alpha: r.total.rawAlpha, items: r.alphaDrop.map((d) => ({ item: d.item, alphaIfDropped: d.rawAlpha })) }])
 * Source: Cronbach (1951) α; "alpha if item deleted" as psych::alpha alpha.drop (Revelle, 2022).
 */
export function alphaDropChart(scales: readonly AlphaDropInput[], options: ChartOptions = {}): ChartSpec {
  checkShape("alphaDropChart", "scales", scales, [{ scale: "string", alpha: "number", items: [{ item: "string", alphaIfDropped: "number" }] }]);
  checkOptionsObject("alphaDropChart", options);
  options = checkOptionKeys("alphaDropChart", options, CHART_OPTION_KEYS);
  if (scales.every((s) => s.items.length === 0)) throw new OptionError(message.chartEmpty("alphaDropChart", "no items"));
  const values: Record<string, unknown>[] = [];
  let order = 0;
  for (const s of scales) for (const it of s.items) {
    values.push({ scale: `${labelOf(s.scale, options)} (α = ${formatCoef(s.alpha, true, 3)})`, item: labelOf(it.item, options), order: order++, value: it.alphaIfDropped, alpha: s.alpha, raises: it.alphaIfDropped > s.alpha, text: formatCoef(it.alphaIfDropped, true, 3) });
  }
  const loc = options.locale ?? "en";
  const lo = Math.max(0, Math.floor((Math.min(...values.map((v) => v.value as number), ...scales.map((s) => s.alpha)) - 0.1) * 10) / 10);
  const x = { type: "quantitative", title: t("alphaIfDropped", loc), scale: { domain: [lo, 1], nice: false, zero: false } };
  for (const v of values) v.base = lo;
  const y = { field: "item", type: "nominal", title: null, sort: null };
  return {
    ...baseSpec(options),
    description: `Alpha if item dropped for ${scales.length} scales`,
    data: { values },
    facet: { row: { field: "scale", type: "nominal", title: null, sort: { field: "order", op: "min" }, header: { labelAngle: 0, labelAlign: "left", labelFontWeight: "bold" } } },
    resolve: { scale: { y: "independent" } },
    spacing: 8,
    spec: {
      width: options.width ?? 380,
      height: { step: options.height ?? 18 },
      layer: [
        { mark: { type: "bar", height: { band: 0.7 } }, encoding: { x: { field: "base", ...x }, x2: { field: "value" }, y, color: { field: "raises", type: "nominal", scale: { domain: [false, true], range: [COLORS.sky, COLORS.orange] }, legend: null } } },
        { mark: { type: "text", align: "right", dx: -3, fontSize: 9.5, color: COLORS.ink }, encoding: { x: { field: "value", ...x }, y, text: { field: "text" } } },
        { mark: { type: "rule", color: COLORS.red, strokeWidth: 2 }, encoding: { x: { aggregate: "max", field: "alpha", ...x } } },
      ],
    },
  } as unknown as ChartSpec;
}
