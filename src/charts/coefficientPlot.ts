import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { labelOf } from "./labelOf.ts";
import type { EstimateRowBase } from "./pathModel.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** A parameter row with a confidence interval (lavaan parameterEstimates() names; CIs delta-method or bootstrap). */
export interface CoefficientRow extends EstimateRowBase {
  readonly "ci.lower"?: number | null;
  readonly "ci.upper"?: number | null;
}

/** Options of the coefficient forest plot. */
export interface CoefficientPlotOptions extends ChartOptions {
  /** Operators to show (default ["~"]: regression paths; add ":=" for defined effects, "=~" for loadings). */
  readonly ops?: readonly string[];
  /** Group number (default: the first); defined parameters (group 0) show in every group. */
  readonly group?: number;
}

/** The accepted keys of `coefficientPlot()` options. */
export const COEFFICIENT_PLOT_OPTION_KEYS = optionKeys<CoefficientPlotOptions>({
  ops: true, group: true, title: true, width: true, height: true, locale: true, labels: true,
});

/**
 * Coefficient forest plot: each path's estimate with its 95% CI, one panel per outcome, with a zero line;
 * filled points where the CI excludes zero.
 * @param rows parameterEstimates() rows with ci.lower / ci.upper (delta-method or bootstrap)
 * @param options ops, group, title, width, height, labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when no row matches `ops`; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example coefficientPlot(fit.parameterEstimates(), { title: "Structural paths" })
 * Source: forest plot (Lewis & Clarke, 2001, BMJ 322:1479); intervals as lavaan parameterEstimates(level = .95).
 */
export function coefficientPlot(rows: readonly CoefficientRow[], options: CoefficientPlotOptions = {}): ChartSpec {
  checkShape("coefficientPlot", "rows", rows, [{ lhs: "string", op: "string", rhs: "string", est: "number" }]);
  checkOptionsObject("coefficientPlot", options);
  options = checkOptionKeys("coefficientPlot", options, COEFFICIENT_PLOT_OPTION_KEYS);
  const ops = options.ops ?? ["~"];
  // Defined parameters (:=) carry group 0 (lavaan): they belong to every group, and never choose the default.
  const groups = rows.map((r) => r.group ?? 1).filter((x) => x > 0);
  const g = options.group ?? (groups.length ? Math.min(...groups) : 1);
  const arrow = (r: CoefficientRow): string =>
    r.op === "~" ? `${labelOf(r.rhs, options)} → ${labelOf(r.lhs, options)}`
      : r.op === "=~" ? `${labelOf(r.lhs, options)} → ${labelOf(r.rhs, options)}`
        : r.op === ":=" ? labelOf(r.lhs, options) : `${labelOf(r.lhs, options)} ${r.op} ${labelOf(r.rhs, options)}`;
  const values = rows.filter((r) => ops.includes(r.op) && ((r.group ?? 1) === g || r.group === 0)).map((r, i) => {
    const lo = r["ci.lower"] ?? null, hi = r["ci.upper"] ?? null;
    return {
      order: i, path: arrow(r), outcome: r.op === "~" ? labelOf(r.lhs, options) : r.op === "=~" ? labelOf(r.lhs, options) : r.op,
      est: r.est, lower: lo ?? r.est, upper: hi ?? r.est,
      significant: lo !== null && hi !== null ? (lo > 0 || hi < 0) : (r.pvalue ?? 1) < 0.05,
      text: r.est.toFixed(2).replace("-", "\u2212") + (lo !== null && hi !== null ? ` [${lo.toFixed(2)}, ${hi.toFixed(2)}]`.replace(/-/g, "\u2212") : ""),
    };
  });
  if (values.length === 0) throw new OptionError(message.chartEmpty("coefficientPlot", `no parameters with op ${ops.join(", ")}`));
  const loc = options.locale ?? "en";
  const xEnc = { type: "quantitative", title: t("estimate", loc), scale: { zero: true, nice: true } };
  const y = { field: "path", type: "nominal", title: null, sort: null, axis: { labelLimit: 220 } };
  return {
    ...baseSpec(options),
    description: `Coefficient plot of ${values.length} parameters`,
    data: { values },
    facet: { row: { field: "outcome", type: "nominal", title: t("outcome", loc), sort: { field: "order", op: "min" }, header: { labelAngle: 0, labelAlign: "left", labelFontWeight: "bold" } } },
    resolve: { scale: { y: "independent" } },
    spec: {
      width: options.width ?? 420,
      height: { step: options.height ?? 24 },
      layer: [
        { mark: { type: "rule", color: COLORS.grey, strokeDash: [4, 3] }, encoding: { x: { datum: 0, ...xEnc } } },
        { mark: { type: "rule", strokeWidth: 2, color: COLORS.blue }, encoding: { x: { field: "lower", ...xEnc }, x2: { field: "upper" }, y } },
        { mark: { type: "point", size: 60, strokeWidth: 2, color: COLORS.blue, opacity: 1 },
          encoding: { x: { field: "est", ...xEnc }, y, fill: { condition: { test: "datum.significant", value: COLORS.blue }, value: "white" } } },
        { mark: { type: "text", align: "left", dx: 8, fontSize: 10, color: COLORS.ink }, encoding: { x: { field: "upper", ...xEnc }, y, text: { field: "text" } } },
      ],
    },
  } as unknown as ChartSpec;
}
