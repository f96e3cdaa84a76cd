import type { TopLevelSpec } from "vega-lite";
import type { Lang } from "../i18n/labels.ts";
import { optionKeys } from "../options/optionKeys.ts";

/** A Vega-Lite v5 top-level specification (what every chart builder returns). */
export type ChartSpec = TopLevelSpec;

/** Axis-title language of a chart: the report languages (one list, in src/i18n/labels.ts). */
export type ChartLocale = Lang;

/** Options every chart builder accepts. */
export interface ChartOptions {
  /** Chart title; omitted when absent. */
  readonly title?: string;
  /** Width of the plotting area in pixels (builders choose a default). */
  readonly width?: number;
  /** Height of the plotting area in pixels (builders choose a default). */
  readonly height?: number;
  /** Language of axis titles and legends: "en" (default) or "zh-CN". */
  readonly locale?: ChartLocale;
  /** Display names for variables/items/constructs, e.g. { SAT: "Satisfaction" }. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The accepted keys of `ChartOptions` (fitIndexChart, powerCurve, alphaDropChart). */
export const CHART_OPTION_KEYS = optionKeys<ChartOptions>({
  title: true, width: true, height: true, locale: true, labels: true,
});

/** The Vega-Lite v5 schema URL every spec declares (JupyterLab renders v5 only). */
export const VEGA_LITE_V5_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
