import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { labelOf } from "./labelOf.ts";
import { formatCoef, stars } from "./formatCoef.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** One simple slope: the outcome's intercept and slope on the predictor at one moderator level. */
export interface SimpleSlope {
  /** Moderator level in SD units (−1, 0, +1 by convention). */
  readonly level: number;
  readonly intercept: number;
  readonly slope: number;
  readonly pvalue?: number | null;
}

/** Simple-slopes input: names and the slopes at the moderator levels. */
export interface SimpleSlopesInput {
  readonly predictor: string;
  readonly moderator: string;
  readonly outcome: string;
  readonly slopes: readonly SimpleSlope[];
}

/** Options of the simple-slopes chart. */
export interface SimpleSlopesOptions extends ChartOptions {
  /** Predictor range in SD units (default [−2, 2]). */
  readonly range?: readonly [number, number];
}

/** The accepted keys of `simpleSlopesChart()` options. */
export const SIMPLE_SLOPES_OPTION_KEYS = optionKeys<SimpleSlopesOptions>({
  range: true, title: true, width: true, height: true, locale: true, labels: true,
});

/**
 * Simple slopes of a (latent) interaction: predicted outcome against the predictor (in SD units) at low (−1 SD),
 * mean and high (+1 SD) moderator, each line labelled with its slope and significance stars.
 * @param input predictor, moderator, outcome and the simple slopes
 * @param options range, title, width, height, labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when no slopes are given; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example simpleSlopesChart({ predictor: "SAT", moderator: "ALT", outcome: "LOY", slopes: [{ level: -1, intercept: 0.1, slope: 0.4 }, …] })
 * Source: Aiken & West (1991), Multiple Regression: Testing and Interpreting Interactions, ch. 2 (simple slopes at ±1 SD).
 */
export function simpleSlopesChart(input: SimpleSlopesInput, options: SimpleSlopesOptions = {}): ChartSpec {
  checkShape("simpleSlopesChart", "input", input, { predictor: "string", moderator: "string", outcome: "string", slopes: [{ level: "number", intercept: "number", slope: "number" }] });
  checkOptionsObject("simpleSlopesChart", options);
  options = checkOptionKeys("simpleSlopesChart", options, SIMPLE_SLOPES_OPTION_KEYS);
  if (input.slopes.length === 0) throw new OptionError(message.chartEmpty("simpleSlopesChart", "no slopes"));
  const loc = options.locale ?? "en";
  const [a, b] = options.range ?? [-2, 2];
  const levelName = (l: number): string => (l === -1 ? t("low", loc) : l === 0 ? t("mean", loc) : l === 1 ? t("high", loc) : `${l > 0 ? "+" : l < 0 ? "\u2212" : ""}${Math.abs(l)} SD`);
  const mod = labelOf(input.moderator, options);
  const sorted = [...input.slopes].sort((p, q) => p.level - q.level);
  const names = sorted.map((s) => `${mod} ${levelName(s.level)}: ${t("slope", loc)} ${formatCoef(s.slope, false)}${stars(s.pvalue)}`);
  const values = sorted.flatMap((s, i) => [a, b].map((x) => ({ x, y: s.intercept + s.slope * x, series: names[i], level: s.level })));
  const palette = sorted.length === 3 ? [COLORS.red, COLORS.grey, COLORS.blue] : undefined;
  return {
    ...baseSpec(options),
    description: `Simple slopes of ${input.predictor} on ${input.outcome} at ${sorted.length} levels of ${input.moderator}`,
    data: { values },
    width: options.width ?? 420,
    height: options.height ?? 280,
    mark: { type: "line", strokeWidth: 2.5, point: true },
    encoding: {
      x: { field: "x", type: "quantitative", title: `${labelOf(input.predictor, options)} (SD)`, scale: { domain: [a, b], nice: false } },
      y: { field: "y", type: "quantitative", title: `${t("predicted", loc)}: ${labelOf(input.outcome, options)}`, scale: { zero: false } },
      color: { field: "series", type: "nominal", title: `${t("moderator", loc)}: ${mod}`, sort: names, ...(palette ? { scale: { domain: names, range: palette } } : {}), legend: { orient: "top-left", labelLimit: 320 } },
      strokeDash: { field: "series", type: "nominal", sort: names },
    },
  } as unknown as ChartSpec;
}
