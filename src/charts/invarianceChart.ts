import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** One step of a measurement-invariance sequence with its fit (e.g. configural, metric, scalar, strict). */
export interface InvarianceStep {
  readonly step: string;
  readonly cfi: number;
  readonly rmsea: number;
}

/** Options of the invariance ladder. */
export interface InvarianceChartOptions extends ChartOptions {
  /** Largest acceptable drop in CFI (default .01). */
  readonly cfiCutoff?: number;
  /** Largest acceptable rise in RMSEA (default .015). */
  readonly rmseaCutoff?: number;
}

/** The accepted keys of `invarianceChart()` options. */
export const INVARIANCE_CHART_OPTION_KEYS = optionKeys<InvarianceChartOptions>({
  cfiCutoff: true, rmseaCutoff: true, title: true, width: true, height: true, locale: true, labels: true,
});

/**
 * Invariance ladder: ΔCFI and ΔRMSEA of each step against the previous one, as bars against the cutoffs
 * (ΔCFI ≥ −.01, ΔRMSEA ≤ .015), coloured by whether the step holds.
 * @param steps the fitted steps in order (first = configural, the baseline)
 * @param options cfiCutoff, rmseaCutoff, title, width, height, labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when fewer than two steps are given; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example invarianceChart([{ step: "configural", cfi: .96, rmsea: .05 }, { step: "metric", cfi: .955, rmsea: .05 }])
 * Source: Cheung & Rensvold (2002), Struct. Equ. Modeling 9(2):233–255 (ΔCFI ≤ .01); Chen (2007), 14(3):464–504 (ΔRMSEA ≤ .015).
 */
export function invarianceChart(steps: readonly InvarianceStep[], options: InvarianceChartOptions = {}): ChartSpec {
  checkShape("invarianceChart", "steps", steps, [{ step: "string", cfi: "number", rmsea: "number" }]);
  checkOptionsObject("invarianceChart", options);
  options = checkOptionKeys("invarianceChart", options, INVARIANCE_CHART_OPTION_KEYS);
  // the standard steps in the chart's language unless `labels` names them
  const stepName = (name: string): string =>
    options.labels?.[name] ?? (name === "configural" || name === "metric" || name === "scalar" || name === "strict" ? t(name, options.locale ?? "en") : name);
  if (steps.length < 2) throw new OptionError(message.chartEmpty("invarianceChart", "need at least two steps (a baseline and one constrained model)"));
  const cfiCut = options.cfiCutoff ?? 0.01, rmseaCut = options.rmseaCutoff ?? 0.015;
  const loc = options.locale ?? "en";
  const values: Record<string, unknown>[] = [];
  for (let i = 1; i < steps.length; i++) {
    const s = steps[i]!, p = steps[i - 1]!;
    const dCfi = s.cfi - p.cfi, dRmsea = s.rmsea - p.rmsea;
    const step = `${stepName(p.step)} → ${stepName(s.step)}`;
    const f = (v: number): string => (v >= 0 ? "+" : "\u2212") + Math.abs(v).toFixed(4);
    values.push({ measure: "ΔCFI", step, order: i, delta: dCfi, cutoff: -cfiCut, holds: dCfi >= -cfiCut, text: f(dCfi) });
    values.push({ measure: "ΔRMSEA", step, order: i, delta: dRmsea, cutoff: rmseaCut, holds: dRmsea <= rmseaCut, text: f(dRmsea) });
  }
  const y = { field: "step", type: "nominal", title: t("step", loc), sort: null, axis: { labelLimit: 220 } };
  const x = { type: "quantitative", title: t("change", loc) };
  return {
    ...baseSpec(options),
    description: `Invariance ladder of ${steps.length} steps`,
    data: { values },
    facet: { column: { field: "measure", type: "nominal", title: null, sort: ["ΔCFI", "ΔRMSEA"], header: { labelFontWeight: "bold", labelFontSize: 12 } } },
    resolve: { scale: { x: "independent" } },
    spec: {
      width: options.width ?? 230,
      height: { step: options.height ?? 30 },
      layer: [
        { mark: { type: "bar", height: { band: 0.6 } }, encoding: { x: { field: "delta", ...x, scale: { zero: true } }, y,
          color: { field: "holds", type: "nominal", title: null, scale: { domain: [true, false], range: [COLORS.green, COLORS.red] },
            legend: { orient: "bottom", labelExpr: `datum.value ? '${t("pass", loc)}' : '${t("fail", loc)}'` } } } },
        { mark: { type: "rule", color: COLORS.ink, strokeDash: [5, 3], strokeWidth: 1.5 }, encoding: { x: { aggregate: "max", field: "cutoff", ...x } } },
        { mark: { type: "rule", color: COLORS.grey }, encoding: { x: { datum: 0, ...x } } },
        { transform: [{ filter: "datum.delta >= 0" }], mark: { type: "text", align: "left", dx: 4, baseline: "middle", fontSize: 10 }, encoding: { x: { field: "delta", ...x }, y, text: { field: "text" } } },
        { transform: [{ filter: "datum.delta < 0" }], mark: { type: "text", align: "right", dx: -4, baseline: "middle", fontSize: 10 }, encoding: { x: { field: "delta", ...x }, y, text: { field: "text" } } },
      ],
    },
  } as unknown as ChartSpec;
}
