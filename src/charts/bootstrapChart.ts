import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Bootstrap draws of one effect with its point estimate and intervals. */
export interface BootstrapInput {
  readonly draws: readonly number[];
  readonly estimate: number;
  /** Percentile interval [lower, upper]. */
  readonly percentile?: readonly [number, number];
  /** Bias-corrected and accelerated interval [lower, upper]. */
  readonly bca?: readonly [number, number];
}

/** Options of the bootstrap chart. */
export interface BootstrapChartOptions extends ChartOptions {
  /** Number of histogram bins (default 40). */
  readonly bins?: number;
  /** Name of the effect for the x axis (default "Indirect effect"). */
  readonly effect?: string;
}

/** The accepted keys of `bootstrapChart()` options. */
export const BOOTSTRAP_CHART_OPTION_KEYS = optionKeys<BootstrapChartOptions>({
  bins: true, effect: true, title: true, width: true, height: true, locale: true, labels: true,
});

/**
 * Bootstrap distribution of an effect (e.g. an indirect effect a·b): histogram of the draws, the estimate, zero,
 * and the percentile and BCa intervals as labelled bars under the histogram.
 * @param input draws, estimate, percentile, bca
 * @param options bins, effect, title, width, height, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when there are no finite draws; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example bootstrapChart({ draws, estimate: 0.14, percentile: [0.07, 0.22], bca: [0.08, 0.23] })
 * Source: Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 13–14 (percentile, BCa);
 * indirect effects after Preacher & Hayes (2008).
 */
export function bootstrapChart(input: BootstrapInput, options: BootstrapChartOptions = {}): ChartSpec {
  checkShape("bootstrapChart", "input", input, { draws: "array", estimate: "number", percentile: "array?", bca: "array?" });
  checkOptionsObject("bootstrapChart", options);
  options = checkOptionKeys("bootstrapChart", options, BOOTSTRAP_CHART_OPTION_KEYS);
  const draws = input.draws.filter((d) => Number.isFinite(d));
  if (draws.length === 0) throw new OptionError(message.chartEmpty("bootstrapChart", "no finite bootstrap draws"));
  const loc = options.locale ?? "en";
  const bins = options.bins ?? 40;
  let lo = Math.min(...draws, 0), hi = Math.max(...draws, 0);
  if (hi === lo) { lo -= 1; hi += 1; }
  const step = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const d of draws) counts[Math.min(bins - 1, Math.floor((d - lo) / step))]!++;
  const hist = counts.map((c, i) => ({ x0: lo + i * step, x1: lo + (i + 1) * step, count: c, base: 0 }));
  const top = Math.max(...counts);
  const intervals: Record<string, unknown>[] = [];
  const fmt = (v: number): string => v.toFixed(3).replace("-", "\u2212");
  if (input.percentile) intervals.push({ name: t("percentileCi", loc), lower: input.percentile[0], upper: input.percentile[1], y: -0.12 * top, text: `${t("percentileCi", loc)} [${fmt(input.percentile[0])}, ${fmt(input.percentile[1])}]` });
  if (input.bca) intervals.push({ name: t("bcaCi", loc), lower: input.bca[0], upper: input.bca[1], y: -0.32 * top, text: `${t("bcaCi", loc)} [${fmt(input.bca[0])}, ${fmt(input.bca[1])}]` });
  const x = { type: "quantitative", title: options.effect ?? t("effect", loc), scale: { domain: [lo, hi], nice: false } };
  const y = { type: "quantitative", title: t("count", loc), scale: { domain: [-0.38 * top, top * 1.08], nice: false }, axis: { values: [0, Math.round(top / 2), top] } };
  const color = { field: "name", type: "nominal", title: t("interval", loc), scale: { domain: [t("percentileCi", loc), t("bcaCi", loc)], range: [COLORS.blue, COLORS.red] }, legend: null };
  return {
    ...baseSpec(options),
    description: `Bootstrap distribution of ${draws.length} draws, estimate ${fmt(input.estimate)}`,
    width: options.width ?? 460,
    height: options.height ?? 240,
    layer: [
      { data: { values: hist }, mark: { type: "rect", color: "#B8C7D6", stroke: "white", strokeWidth: 0.5 }, encoding: { x: { field: "x0", ...x }, x2: { field: "x1" }, y: { field: "count", ...y }, y2: { field: "base" } } },
      { data: { values: [{ v: 0 }] }, mark: { type: "rule", color: COLORS.grey, strokeDash: [4, 3] }, encoding: { x: { field: "v", ...x } } },
      { data: { values: [{ v: input.estimate, y0: 0, y1: top * 1.08 }] }, mark: { type: "rule", color: COLORS.ink, strokeWidth: 2 }, encoding: { x: { field: "v", ...x }, y: { field: "y0", ...y }, y2: { field: "y1" } } },
      { data: { values: intervals }, mark: { type: "rule", strokeWidth: 4 }, encoding: { x: { field: "lower", ...x }, x2: { field: "upper" }, y: { field: "y", ...y }, color } },
      // Interval labels sit just above their bars, starting where the bar starts.
      { data: { values: intervals }, mark: { type: "text", align: "left", dy: -10, fontSize: 10, baseline: "middle" }, encoding: { x: { field: "lower", ...x }, y: { field: "y", ...y }, text: { field: "text" }, color } },
      { data: { values: [{ v: input.estimate, c: top * 1.04, text: fmt(input.estimate) }] }, mark: { type: "text", align: "left", dx: 4, fontSize: 11, fontWeight: "bold" }, encoding: { x: { field: "v", ...x }, y: { field: "c", ...y }, text: { field: "text" } } },
    ],
  } as unknown as ChartSpec;
}
