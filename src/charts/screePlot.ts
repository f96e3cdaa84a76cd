import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Scree input: observed eigenvalues, optionally the parallel-analysis eigenvalues and the suggested number. */
export interface ScreeInput {
  readonly eigenvalues: readonly number[];
  /** Mean (or quantile) eigenvalues of random data of the same size (parallel analysis). */
  readonly simulated?: readonly number[];
  /** Suggested number of factors (e.g. from parallel analysis). */
  readonly suggested?: number;
}

/** Options of the scree plot. */
export interface ScreePlotOptions extends ChartOptions {
  /** Draw the Kaiser line at eigenvalue 1 (default true). */
  readonly kaiser?: boolean;
  /** Show at most this many eigenvalues (default: all). */
  readonly maxFactors?: number;
}

/** The accepted keys of `screePlot()` options. */
export const SCREE_PLOT_OPTION_KEYS = optionKeys<ScreePlotOptions>({
  kaiser: true, maxFactors: true, title: true, width: true, height: true, locale: true, labels: true,
});

/**
 * Scree plot with the parallel-analysis curve: observed eigenvalues against factor number, the simulated
 * eigenvalues of random data as a dashed line, and the suggested number of factors marked.
 * @param input eigenvalues, simulated, suggested
 * @param options kaiser, maxFactors, title, width, height, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when there are no eigenvalues or the simulated curve has another length; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example screePlot({ eigenvalues, simulated, suggested: 7 })
 * Source: Cattell (1966) scree test; Horn (1965) parallel analysis, as psych::fa.parallel.
 */
export function screePlot(input: ScreeInput, options: ScreePlotOptions = {}): ChartSpec {
  checkShape("screePlot", "input", input, { eigenvalues: "array", simulated: "array?", suggested: "number?" });
  checkOptionsObject("screePlot", options);
  options = checkOptionKeys("screePlot", options, SCREE_PLOT_OPTION_KEYS);
  const loc = options.locale ?? "en";
  const k = Math.min(input.eigenvalues.length, options.maxFactors ?? Infinity);
  if (k === 0) throw new OptionError(message.chartEmpty("screePlot", "no eigenvalues"));
  if (input.simulated !== undefined && input.simulated.length !== input.eigenvalues.length)
    throw new OptionError(message.chartLengthMismatch("screePlot", "simulated", input.simulated.length, input.eigenvalues.length));
  const obs = t("observed", loc), sim = t("simulated", loc);
  const values: Record<string, unknown>[] = [];
  for (let i = 0; i < k; i++) {
    values.push({ factor: i + 1, eigenvalue: input.eigenvalues[i], series: obs });
    if (input.simulated) values.push({ factor: i + 1, eigenvalue: input.simulated[i], series: sim });
  }
  const x = { field: "factor", type: "quantitative", title: t("factorNumber", loc), scale: { domain: [0.5, k + 0.5], nice: false }, axis: { tickMinStep: 1, format: "d", grid: false } };
  const y = { field: "eigenvalue", type: "quantitative", title: t("eigenvalue", loc), scale: { zero: true } };
  const color = { field: "series", type: "nominal", title: null, scale: { domain: input.simulated ? [obs, sim] : [obs], range: [COLORS.blue, COLORS.red] }, legend: { orient: "top-right", labelLimit: 320 } };
  const layer: Record<string, unknown>[] = [
    { data: { values }, mark: { type: "line", strokeWidth: 2 }, encoding: { x, y, color, strokeDash: { field: "series", type: "nominal", scale: { domain: [obs, sim], range: [[1, 0], [6, 4]] } } } },
    { data: { values }, mark: { type: "point", filled: true, size: 40, opacity: 1 }, encoding: { x, y, color } },
  ];
  if (options.kaiser ?? true) layer.unshift({ data: { values: [{}] }, mark: { type: "rule", color: COLORS.grey, strokeDash: [2, 2] }, encoding: { y: { datum: 1, type: "quantitative" } } });
  if (input.suggested !== undefined && input.suggested >= 1 && input.suggested <= k) {
    const n = input.suggested, ev = input.eigenvalues[n - 1]!;
    layer.push(
      { data: { values: [{ factor: n, eigenvalue: ev }] }, mark: { type: "point", size: 260, shape: "circle", filled: false, strokeWidth: 2, color: COLORS.ink, opacity: 1 }, encoding: { x, y } },
      { data: { values: [{ factor: n, eigenvalue: ev, text: `${t("suggested", loc)}: ${n}` }] }, mark: { type: "text", dy: -22, fontSize: 12, fontWeight: "bold", color: COLORS.ink }, encoding: { x, y, text: { field: "text" } } },
    );
  }
  return {
    ...baseSpec(options),
    description: `Scree plot of ${k} eigenvalues${input.suggested !== undefined ? `, ${input.suggested} factors suggested` : ""}`,
    width: options.width ?? 420,
    height: options.height ?? 260,
    layer,
  } as unknown as ChartSpec;
}
