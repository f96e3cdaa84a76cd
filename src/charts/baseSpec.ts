import type { ChartOptions } from "./types.ts";
import { VEGA_LITE_V5_SCHEMA } from "./types.ts";

/** Font stack: DejaVu Sans (Debian fonts-dejavu-core) first, CJK fallbacks for zh-CN labels. */
export const FONT = "DejaVu Sans, Noto Sans CJK SC, Droid Sans Fallback, Arial, sans-serif";

/** The palette used across semkit charts (colour-blind safe, Okabe–Ito). */
export const COLORS = {
  blue: "#0072B2", orange: "#E69F00", green: "#009E73", red: "#D55E00", purple: "#CC79A7",
  sky: "#56B4E9", yellow: "#F0E442", grey: "#777777", light: "#DDDDDD", ink: "#222222",
} as const;

/**
 * The top-level fields every semkit chart shares: v5 `$schema`, title, white background, fonts.
 * @param options chart options (title used)
 * @returns an object to spread into a top-level spec
 * @example ({ ...baseSpec({ title: "Fit" }), mark: "bar" })
 */
export function baseSpec(options: ChartOptions): Record<string, unknown> {
  const base: Record<string, unknown> = {
    $schema: VEGA_LITE_V5_SCHEMA,
    background: "white",
    padding: 8,
    config: {
      font: FONT,
      view: { stroke: null },
      mark: { invalid: null },
      axis: { labelFontSize: 11, titleFontSize: 12, labelColor: COLORS.ink, titleColor: COLORS.ink, grid: false },
      legend: { labelFontSize: 11, titleFontSize: 12 },
      title: { fontSize: 14, anchor: "start", color: COLORS.ink },
      header: { labelFontSize: 12, titleFontSize: 12 },
    },
  };
  if (options.title !== undefined) base.title = options.title;
  return base;
}
