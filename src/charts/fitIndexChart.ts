import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import { t } from "./locale.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg, checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { CHART_OPTION_KEYS } from "./types.ts";

/** A fit index with its conventional cutoffs: `good` and `ok` bounds, `higher` = larger is better. */
interface Cutoff { readonly key: string; readonly name: string; readonly good: number; readonly ok: number; readonly higher: boolean; readonly lo: number; readonly hi: number }

/**
 * Conventional cutoffs: CFI/TLI ≥ .95 good, ≥ .90 acceptable; RMSEA ≤ .06 good, ≤ .08 acceptable; SRMR ≤ .08
 * good, ≤ .10 acceptable (Hu & Bentler, 1999); χ²/df < 3 good, < 5 acceptable (Kline, 2016); GFI ≥ .90 good,
 * ≥ .85 acceptable; AGFI ≥ .90 good, ≥ .80 acceptable (Jöreskog & Sörbom, 1984; Schermelleh-Engel et al., 2003).
 */
export const FIT_CUTOFFS: readonly Cutoff[] = [
  { key: "cmin_df", name: "χ²/df", good: 3, ok: 5, higher: false, lo: 0, hi: 6 },
  { key: "cfi", name: "CFI", good: 0.95, ok: 0.9, higher: true, lo: 0.8, hi: 1 },
  { key: "tli", name: "TLI", good: 0.95, ok: 0.9, higher: true, lo: 0.8, hi: 1 },
  { key: "rmsea", name: "RMSEA", good: 0.06, ok: 0.08, higher: false, lo: 0, hi: 0.12 },
  { key: "srmr", name: "SRMR", good: 0.08, ok: 0.1, higher: false, lo: 0, hi: 0.12 },
  { key: "gfi", name: "GFI", good: 0.9, ok: 0.85, higher: true, lo: 0.7, hi: 1 },
  { key: "agfi", name: "AGFI", good: 0.9, ok: 0.8, higher: true, lo: 0.7, hi: 1 },
];

/**
 * Verdict of one fit index against its cutoffs.
 * @param c cutoffs: good and acceptable bounds, and whether higher is better
 * @param v the index value
 * @returns "pass" (good), "acceptable" or "fail"
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example fitVerdict({ good: 0.95, ok: 0.9, higher: true }, 0.93) // "acceptable"
 * Source: Hu & Bentler (1999), cutoff criteria for fit indexes.
 */
export function fitVerdict(c: { good: number; ok: number; higher: boolean }, v: number): "pass" | "acceptable" | "fail" {
  checkShape("fitVerdict", "cutoff", c, { good: "number", ok: "number", higher: "boolean" });
  if (c.higher) return v >= c.good ? "pass" : v >= c.ok ? "acceptable" : "fail";
  return v <= c.good ? "pass" : v <= c.ok ? "acceptable" : "fail";
}

/**
 * Fit-index chart: χ²/df, CFI, TLI, RMSEA (with its 90% CI), SRMR, GFI and AGFI, each drawn on its own scale
 * against shaded cutoff bands (good / acceptable / poor) with the value and its verdict printed.
 * @param fit fitMeasures() record (lavaan names: chisq, df, cmin_df, cfi, tli, rmsea, rmsea.ci.lower, rmsea.ci.upper, srmr, gfi, agfi)
 * @param options title, width, locale
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when none of the indices is present; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example fitIndexChart(fit.fitMeasures())
 * Source: Hu & Bentler (1999), Struct. Equ. Modeling 6(1):1–55, cutoffs for CFI/TLI/RMSEA/SRMR; CMIN/DF < 3 (Kline, 2016).
 */
export function fitIndexChart(fit: Readonly<Record<string, number>>, options: ChartOptions = {}): ChartSpec {
  checkArg("fitIndexChart", "fit", fit, "object");
  checkOptionsObject("fitIndexChart", options);
  options = checkOptionKeys("fitIndexChart", options, CHART_OPTION_KEYS);
  const loc = options.locale ?? "en";
  const get = (k: string): number | undefined => {
    if (k === "cmin_df" && fit.cmin_df === undefined && fit.chisq !== undefined && fit.df) return fit.chisq / fit.df;
    const v = fit[k];
    return v !== undefined && Number.isFinite(v) ? v : undefined;
  };
  const bands: Record<string, unknown>[] = [], points: Record<string, unknown>[] = [];
  const verdictText = { pass: t("pass", loc), acceptable: t("acceptable", loc), fail: t("fail", loc) };
  for (const c of FIT_CUTOFFS) {
    const v = get(c.key);
    if (v === undefined) continue;
    const ciHi = c.key === "rmsea" ? get("rmsea.ci.upper") : undefined;
    const lo = Math.min(c.lo, v), hi = Math.max(c.hi, v, ciHi ?? -Infinity);
    const edges = c.higher ? [lo, c.ok, c.good, hi] : [lo, c.good, c.ok, hi];
    const zones = c.higher ? ["fail", "acceptable", "pass"] : ["pass", "acceptable", "fail"];
    zones.forEach((z, i) => bands.push({ index: c.name, x: edges[i]!, x2: edges[i + 1]!, zone: z }));
    const verdict = fitVerdict(c, v);
    const ci = c.key === "rmsea" && ciHi !== undefined ? get("rmsea.ci.lower") : undefined;
    const digits = c.key === "cmin_df" ? 2 : 3;
    points.push({
      index: c.name, value: v, verdict, lower: ci ?? v, upper: ci !== undefined ? ciHi! : v, hi,
      text: `${v.toFixed(digits)}${ci !== undefined ? ` [${ci.toFixed(3)}, ${ciHi!.toFixed(3)}]` : ""}  ${verdictText[verdict]}`,
    });
  }
  if (points.length === 0) throw new OptionError(message.chartEmpty("fitIndexChart", "no known fit index in the record"));
  const order = FIT_CUTOFFS.map((c) => c.name);
  const x = { type: "quantitative", title: null, scale: { nice: false, zero: false }, axis: { tickCount: 5, labelFontSize: 10 } };
  const zoneColor = { field: "zone", type: "nominal", title: t("verdict", loc),
    scale: { domain: ["pass", "acceptable", "fail"], range: ["#CDEBD9", "#FBE8B5", "#F6C9C0"] },
    legend: { orient: "bottom", labelExpr: `{pass: '${verdictText.pass}', acceptable: '${verdictText.acceptable}', fail: '${verdictText.fail}'}[datum.label]` } };
  const data = [...bands.map((b) => ({ ...b, kind: "band" })), ...points.map((p) => ({ ...p, kind: "value" }))];
  return {
    ...baseSpec(options),
    description: `Fit indices against cutoffs: ${points.map((p) => `${p.index} ${p.verdict}`).join(", ")}`,
    data: { values: data },
    facet: { row: { field: "index", type: "nominal", title: null, sort: order, header: { labelAngle: 0, labelAlign: "right", labelFontWeight: "bold", labelFontSize: 12 } } },
    resolve: { scale: { x: "independent" } },
    spacing: 6,
    spec: {
      width: options.width ?? 360,
      height: options.height ?? 22,
      layer: [
        { transform: [{ filter: "datum.kind === 'band'" }], mark: { type: "rect" }, encoding: { x: { field: "x", ...x }, x2: { field: "x2" }, color: zoneColor } },
        { transform: [{ filter: "datum.kind === 'value'" }], mark: { type: "rule", strokeWidth: 2, color: COLORS.ink }, encoding: { x: { field: "lower", ...x }, x2: { field: "upper" } } },
        { transform: [{ filter: "datum.kind === 'value'" }], mark: { type: "point", filled: true, size: 70, shape: "diamond", color: COLORS.ink, opacity: 1 }, encoding: { x: { field: "value", ...x } } },
        { transform: [{ filter: "datum.kind === 'value'" }], mark: { type: "text", align: "left", dx: 10, fontSize: 11, color: COLORS.ink }, encoding: { x: { field: "hi", ...x }, text: { field: "text" } } },
      ],
    },
  } as unknown as ChartSpec;
}
