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

/** A symmetric matrix with its variable names (correlations, or residual correlations). */
export interface HeatmapMatrixInput {
  readonly names: readonly string[];
  /** p×p nested arrays. */
  readonly matrix: readonly (readonly number[])[];
}

/** Options of the correlation heatmap. */
export interface CorrelationHeatmapOptions extends ChartOptions {
  /** Residual-correlation mode: colour range ±.2 and cells with |r| > threshold outlined and bold (default false). */
  readonly residual?: boolean;
  /** Highlight threshold for residual correlations (default .10). */
  readonly threshold?: number;
  /** Print the values in the cells (default true up to 30 variables). */
  readonly values?: boolean;
}

/** The accepted keys of `correlationHeatmap()` options. */
export const CORRELATION_HEATMAP_OPTION_KEYS = optionKeys<CorrelationHeatmapOptions>({
  residual: true, threshold: true, values: true, title: true, width: true, height: true, locale: true, labels: true,
});

/**
 * Correlation or residual-correlation heatmap (lower triangle with diagonal): diverging colours, values printed,
 * and in residual mode every |residual| > .10 outlined in red — the usual flag for local misfit.
 * @param input names and the p×p matrix (e.g. residuals("cor")[0].cov with its names)
 * @param options residual, threshold (.10), values, title, width, labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when the matrix is not p×p; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example correlationHeatmap({ names, matrix: fit.residuals("cor")[0].cov }, { residual: true })
 * Source: residual correlations above .10 signal misfit (Kline, 2016, ch. 12; McDonald & Ho, 2002).
 */
export function correlationHeatmap(input: HeatmapMatrixInput, options: CorrelationHeatmapOptions = {}): ChartSpec {
  checkShape("correlationHeatmap", "input", input, { names: "names", matrix: "matrix" });
  checkOptionsObject("correlationHeatmap", options);
  options = checkOptionKeys("correlationHeatmap", options, CORRELATION_HEATMAP_OPTION_KEYS);
  const p = input.names.length;
  if (p === 0) throw new OptionError(message.chartEmpty("correlationHeatmap", "no variables"));
  if (input.matrix.length !== p) throw new OptionError(message.chartLengthMismatch("correlationHeatmap", "matrix", input.matrix.length, p));
  const residual = options.residual ?? false;
  const thr = options.threshold ?? 0.1;
  const showValues = options.values ?? p <= 30;
  const values: Record<string, unknown>[] = [];
  for (let i = 0; i < p; i++) {
    const row = input.matrix[i]!;
    if (row.length !== p) throw new OptionError(message.chartLengthMismatch("correlationHeatmap", `matrix row ${i + 1}`, row.length, p));
    for (let j = 0; j <= i; j++) {
      const v = row[j]!;
      values.push({
        row: labelOf(input.names[i]!, options), col: labelOf(input.names[j]!, options), i, j, value: v,
        text: i === j ? "" : formatCoef(v, true), flag: residual && i !== j && Math.abs(v) > thr,
      });
    }
  }
  const loc = options.locale ?? "en";
  const domain = residual ? [-0.2, 0.2] : [-1, 1];
  const cell = options.width !== undefined ? options.width / p : p > 20 ? 22 : 30;
  const x = { field: "col", type: "nominal", sort: { field: "j" }, title: null, axis: { labelAngle: -90, orient: "bottom" } };
  const y = { field: "row", type: "nominal", sort: { field: "i" }, title: null };
  const layer: Record<string, unknown>[] = [
    { mark: { type: "rect", stroke: "white", strokeWidth: 0.5 },
      encoding: { x, y, color: { field: "value", type: "quantitative", title: t(residual ? "residual" : "correlation", loc), scale: { scheme: "redblue", domain, reverse: true, clamp: true }, legend: { gradientLength: 140, titleLimit: 300 } } } },
    { transform: [{ filter: "datum.flag" }], mark: { type: "rect", fill: null, stroke: COLORS.red, strokeWidth: 2 }, encoding: { x, y } },
  ];
  if (showValues) layer.push({ mark: { type: "text", fontSize: p > 20 ? 7.5 : 9.5, baseline: "middle" },
    encoding: { x, y, text: { field: "text" }, color: { condition: { test: `abs(datum.value) >= ${domain[1]! * 0.7}`, value: "white" }, value: COLORS.ink },
      opacity: residual ? { condition: { test: "datum.flag", value: 1 }, value: 0.55 } : { value: 1 } } });
  const flagged = values.filter((v) => v.flag).length;
  return {
    ...baseSpec(options),
    description: residual ? `Residual correlations of ${p} variables, ${flagged} with |r| > ${thr}` : `Correlations of ${p} variables`,
    data: { values },
    width: cell * p, height: cell * p,
    layer,
  } as unknown as ChartSpec;
}
