import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { labelOf } from "./labelOf.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** One item's response counts (e.g. describe().items[k]: name and frequencies). */
export interface LikertItem {
  readonly name: string;
  readonly frequencies: readonly { readonly value: number; readonly count: number }[];
}

/** A construct and its items. */
export interface LikertGroup {
  readonly construct: string;
  readonly items: readonly LikertItem[];
}

/** Options of the Likert chart. */
export interface LikertChartOptions extends ChartOptions {
  /** Labels of the response categories, lowest first (default: the category values). */
  readonly categories?: readonly string[];
}

/** The accepted keys of `likertChart()` options. */
export const LIKERT_CHART_OPTION_KEYS = optionKeys<LikertChartOptions>({
  categories: true, title: true, width: true, height: true, locale: true, labels: true,
});

const PALETTES: Record<number, string[]> = {
  2: ["#E66101", "#5E3C99"],
  3: ["#E66101", "#D9D9D9", "#5E3C99"],
  4: ["#CA0020", "#F4A582", "#92C5DE", "#0571B0"],
  5: ["#CA0020", "#F4A582", "#D9D9D9", "#92C5DE", "#0571B0"],
  6: ["#B2182B", "#EF8A62", "#FDDBC7", "#D1E5F0", "#67A9CF", "#2166AC"],
  7: ["#B2182B", "#EF8A62", "#FDDBC7", "#D9D9D9", "#D1E5F0", "#67A9CF", "#2166AC"],
};

/**
 * Likert item distributions as diverging stacked bars: per item the percentage in each response category, the
 * disagreeing categories left of zero and the agreeing right, the neutral middle category split across zero;
 * one panel per construct.
 * @param groups constructs with their items' category counts
 * @param options categories (labels), title, width, labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when there are no items; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example likertChart([{ construct: "SAT", items: describe(ds, "sat*", { scale: { min: 1, max: 5 } }).items }])
 * Source: diverging stacked bar charts (Robbins & Heiberger, 2011, JSM Proceedings; Heiberger & Robbins, 2014, J. Stat. Softw. 57(5)).
 */
export function likertChart(groups: readonly LikertGroup[], options: LikertChartOptions = {}): ChartSpec {
  checkShape("likertChart", "groups", groups, [{ construct: "string", items: [{ name: "string", frequencies: [{ value: "number", count: "number" }] }] }]);
  checkOptionsObject("likertChart", options);
  options = checkOptionKeys("likertChart", options, LIKERT_CHART_OPTION_KEYS);
  const all = groups.flatMap((g) => g.items);
  if (all.length === 0) throw new OptionError(message.chartEmpty("likertChart", "no items"));
  const cats = [...new Set(all.flatMap((i) => i.frequencies.map((f) => f.value)))].sort((a, b) => a - b);
  const k = cats.length;
  const labels = options.categories ?? cats.map(String);
  if (labels.length !== k) throw new OptionError(message.chartLengthMismatch("likertChart", "categories", labels.length, k));
  const mid = (k - 1) / 2;
  const values: Record<string, unknown>[] = [];
  let order = 0;
  for (const g of groups) for (const item of g.items) {
    const total = item.frequencies.reduce((s, f) => s + f.count, 0) || 1;
    const pct = cats.map((c) => (100 * (item.frequencies.find((f) => f.value === c)?.count ?? 0)) / total);
    // Start left of zero by the disagreeing share plus half the neutral share.
    let x = -pct.reduce((s, v, j) => s + (j < mid ? v : j === mid ? v / 2 : 0), 0);
    pct.forEach((v, j) => {
      values.push({ construct: labelOf(g.construct, options), item: labelOf(item.name, options), order, category: labels[j], cat: j, x0: x, x1: x + v, pct: v, text: v >= 7 ? `${Math.round(v)}` : "" });
      x += v;
    });
    order++;
  }
  const loc = options.locale ?? "en";
  const x = { field: "x0", type: "quantitative", title: t("percent", loc), scale: { domain: [-100, 100] }, axis: { labelExpr: "abs(datum.value) + '%'", values: [-100, -75, -50, -25, 0, 25, 50, 75, 100] } };
  const y = { field: "item", type: "nominal", title: null, sort: null };
  return {
    ...baseSpec(options),
    description: `Likert distributions of ${all.length} items in ${groups.length} constructs`,
    data: { values },
    facet: { row: { field: "construct", type: "nominal", title: null, sort: { field: "order", op: "min" }, header: { labelAngle: 0, labelAlign: "left", labelFontWeight: "bold" } } },
    resolve: { scale: { y: "independent" } },
    spacing: 8,
    spec: {
      width: options.width ?? 460,
      height: { step: options.height ?? 20 },
      layer: [
        { mark: { type: "bar", stroke: "white", strokeWidth: 0.5 },
          encoding: { x, x2: { field: "x1" }, y,
            color: { field: "category", type: "ordinal", title: t("response", loc), sort: labels, scale: PALETTES[k] ? { domain: labels, range: PALETTES[k] } : { domain: labels, scheme: "redblue" }, legend: { orient: "bottom", direction: "horizontal" } },
            order: { field: "cat" } } },
        { mark: { type: "rule", color: "#444444" }, encoding: { x: { datum: 0 } } },
        { mark: { type: "text", fontSize: 9, baseline: "middle", color: "#222222" },
          transform: [{ calculate: "(datum.x0 + datum.x1) / 2", as: "xm" }],
          encoding: { x: { field: "xm", type: "quantitative" }, y, text: { field: "text" } } },
      ],
    },
  } as unknown as ChartSpec;
}
