import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { labelOf } from "./labelOf.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { CHART_OPTION_KEYS } from "./types.ts";

/** Power per sample size and target, as `power()` reports it (rows[].n, rows[].targets[].power). */
export interface PowerCurveInput {
  readonly rows: readonly { readonly n: number; readonly targets: readonly { readonly name: string; readonly power: number }[] }[];
  /** The requested power, drawn as a horizontal line (default 0.80). */
  readonly power?: number;
}

/**
 * Monte Carlo power curve: power against sample size, one line per target parameter, with a line at the
 * requested power (Cohen 1988's conventional .80 by default), so the smallest adequate n can be read off.
 * Source: Muthén & Muthén (2002), "How to use a Monte Carlo study to decide on sample size and determine power".
 * @param input power rows (e.g. the result of `power()`)
 * @param options title, width, height, labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when there are no rows; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example powerCurve(power(population, analysis, { n: [100, 200, 300], reps: 500, seed: 1 }))
 */
export function powerCurve(input: PowerCurveInput, options: ChartOptions = {}): ChartSpec {
  checkShape("powerCurve", "input", input, { rows: [{ n: "number", targets: [{ name: "string", power: "number" }] }], power: "number?" });
  checkOptionsObject("powerCurve", options);
  options = checkOptionKeys("powerCurve", options, CHART_OPTION_KEYS);
  if (input.rows.length === 0) throw new OptionError(message.chartEmpty("powerCurve", "no sample sizes"));
  const loc = options.locale ?? "en";
  const values = input.rows.flatMap((r) => r.targets.map((tg) => ({ n: r.n, target: labelOf(tg.name, options), power: tg.power })));
  const x = { field: "n", type: "quantitative", title: t("sampleSize", loc), scale: { zero: false } };
  const y = { field: "power", type: "quantitative", title: t("power", loc), scale: { domain: [0, 1] }, axis: { format: ".0%" } };
  return {
    ...baseSpec(options),
    description: `Power curve over ${input.rows.length} sample sizes`,
    width: options.width ?? 420,
    height: options.height ?? 260,
    layer: [
      { data: { values }, mark: { type: "line", point: true, strokeWidth: 2 }, encoding: { x, y, color: { field: "target", type: "nominal", title: t("target", loc) } } },
      { data: { values: [{ power: input.power ?? 0.8 }] }, mark: { type: "rule", color: COLORS.red, strokeDash: [5, 3] }, encoding: { y: { field: "power", type: "quantitative" } } },
    ],
  } as unknown as ChartSpec;
}
