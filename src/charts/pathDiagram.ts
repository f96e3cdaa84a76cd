import type { ChartOptions, ChartSpec } from "./types.ts";
import { baseSpec, COLORS } from "./baseSpec.ts";
import type { PathEstimate } from "./pathModel.ts";
import { pathModel } from "./pathModel.ts";
import { pathLayout, PATH_SIZES } from "./pathLayout.ts";
import { routeEdges } from "./pathEdges.ts";
import { formatCoef } from "./formatCoef.ts";
import { checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Anything with lavaan-style `parameterEstimates()` rows, such as a fit from `sem()` or `cfa()`. */
export interface FitWithEstimates {
  parameterEstimates(): readonly PathEstimate[];
}

function isFit(x: unknown): x is FitWithEstimates {
  return typeof x === "object" && x !== null && !Array.isArray(x) && typeof (x as { parameterEstimates?: unknown }).parameterEstimates === "function";
}

/** Options of the path diagram. */
export interface PathDiagramOptions extends ChartOptions {
  /** Label paths with standardized (std.all, default) or raw estimates. */
  readonly standardized?: boolean;
  /** Draw only the structural part (latent and observed variables, no indicators). */
  readonly hideIndicators?: boolean;
  /** Dash paths with p ≥ alpha (default true). */
  readonly dashNonSignificant?: boolean;
  /** Significance level for dashing (default .05). */
  readonly alpha?: number;
  /** Group number of a multiple-group fit (default: the first). */
  readonly group?: number;
  /** Print a note under the diagram explaining values, stars and dashes (default true). */
  readonly note?: boolean;
}

/** The accepted keys of `pathDiagram()` options. */
export const PATH_DIAGRAM_OPTION_KEYS = optionKeys<PathDiagramOptions>({
  standardized: true, hideIndicators: true, dashNonSignificant: true, alpha: true, group: true, note: true,
  title: true, width: true, height: true, locale: true, labels: true,
});

const NOTE = {
  en: (std: boolean, a: string): string =>
    `${std ? "Standardized" : "Unstandardized"} estimates. * p < .05, ** p < .01, *** p < .001; dashed: p ≥ ${a}.`,
  "zh-CN": (std: boolean, a: string): string =>
    `${std ? "标准化" : "非标准化"}估计值。* p < .05，** p < .01，*** p < .001；虚线：p ≥ ${a}。`,
};

/**
 * Path diagram of a fitted SEM/CFA as a Vega-Lite spec: latent variables as ellipses (R² inside endogenous
 * ones), observed variables as rectangles, directed paths labelled with (standardized) coefficients and
 * significance stars, curved double-headed covariances, non-significant paths dashed. The layout is computed here
 * (`pathLayout`, `routeEdges`); the spec only draws marks at fixed pixel positions.
 * @param fitOrEstimates a fit from `sem()`/`cfa()`, or its parameterEstimates() rows (lhs, op, rhs, est, pvalue,
 *   std.all; op "r2" rows give R²)
 * @param options standardized, hideIndicators, dashNonSignificant, alpha, group, note, title, width (scales the whole
 *   drawing; the height follows from the layout), labels, locale
 * @returns a Vega-Lite v5 spec
 * @throws nothing; an empty model gives an empty drawing; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example pathDiagram(fit, { title: "Loyalty model" }); // or pathDiagram(fit.parameterEstimates(), …)
 * Source: path-diagram conventions of McArdle (1980) and Kline (2016, ch. 7); layering after Sugiyama et al. (1981).
 */
export function pathDiagram(fitOrEstimates: readonly PathEstimate[] | FitWithEstimates, options: PathDiagramOptions = {}): ChartSpec {
  const estimates = isFit(fitOrEstimates) ? fitOrEstimates.parameterEstimates() : fitOrEstimates;
  checkShape("pathDiagram", "estimates", estimates, [{ lhs: "string", op: "string", rhs: "string", est: "number" }]);
  checkOptionsObject("pathDiagram", options);
  options = checkOptionKeys("pathDiagram", options, PATH_DIAGRAM_OPTION_KEYS);
  const standardized = options.standardized ?? true;
  const alpha = options.alpha ?? 0.05;
  const model = pathModel(estimates, options.group);
  const { nodes } = pathLayout(model, { labels: options.labels ?? {}, hideIndicators: options.hideIndicators ?? false });
  const edges = routeEdges(model, nodes, { standardized, alpha, dashNonSignificant: options.dashNonSignificant ?? true, showLoadings: true });
  // Bounding box of everything drawn, then translate to the margin and scale to the requested width.
  const xs: number[] = [], ys: number[] = [];
  for (const n of nodes) { xs.push(n.x - n.w / 2, n.x + n.w / 2); ys.push(n.y - n.h / 2, n.y + n.h / 2); }
  for (const e of edges) {
    for (const p of e.points) { xs.push(p[0]); ys.push(p[1]); }
    if (e.labelBox) { xs.push(e.labelBox.x - e.labelBox.w / 2, e.labelBox.x + e.labelBox.w / 2); ys.push(e.labelBox.y - e.labelBox.h / 2, e.labelBox.y + e.labelBox.h / 2); }
  }
  const m = PATH_SIZES.margin;
  const x0 = (xs.length ? Math.min(...xs) : 0) - m, y0 = (ys.length ? Math.min(...ys) : 0) - m;
  const naturalW = (xs.length ? Math.max(...xs) : 0) - x0 + m;
  const showNote = options.note ?? true;
  const naturalH = (ys.length ? Math.max(...ys) : 0) - y0 + m + (showNote ? 22 : 0);
  const s = options.width !== undefined ? options.width / naturalW : 1;
  const W = naturalW * s, H = naturalH * s;
  const X = (x: number): number => round((x - x0) * s), Y = (y: number): number => round((y - y0) * s);
  const enc = (xf: string, yf: string): Record<string, unknown> => ({
    x: { field: xf, type: "quantitative", scale: { domain: [0, W], nice: false, zero: false }, axis: null },
    y: { field: yf, type: "quantitative", scale: { domain: [0, H], nice: false, zero: false, reverse: true }, axis: null },
  });
  const rectEnc = { ...enc("x1", "y1"), x2: { field: "x2" }, y2: { field: "y2" } };
  const font = (f: number): number => round(f * s);
  const lines = edges.flatMap((e) => e.points.map((p, seq) => ({ id: e.id, seq, x: X(p[0]), y: Y(p[1]), dashed: e.dashed })));
  const heads = edges.flatMap((e) => e.heads.map((h) => ({ x: X(h.x), y: Y(h.y), angle: round(h.angle) })));
  const latent = nodes.filter((n) => n.role === "latent");
  const boxes = nodes.filter((n) => n.role !== "latent");
  const box = (n: { x: number; y: number; w: number; h: number }): Record<string, number> =>
    ({ x1: X(n.x - n.w / 2), x2: X(n.x + n.w / 2), y1: Y(n.y - n.h / 2), y2: Y(n.y + n.h / 2) });
  const named = nodes.filter((n) => n.role !== "indicator").map((n) => ({ x: X(n.x), y: Y(n.r2 !== null ? n.y - 7 : n.y), text: n.label }));
  const r2 = nodes.filter((n) => n.role !== "indicator" && n.r2 !== null)
    .map((n) => ({ x: X(n.x), y: Y(n.y + 9), text: `R² = ${formatCoef(n.r2!, true)}` }));
  const labels = edges.filter((e) => e.labelBox !== null && e.label !== "").map((e) => ({ ...box(e.labelBox!), x: X(e.labelBox!.x), y: Y(e.labelBox!.y), text: e.label }));
  const ink = COLORS.ink;
  const layer: Record<string, unknown>[] = [
    { data: { values: lines }, transform: [{ filter: "!datum.dashed" }], mark: { type: "line", color: ink, strokeWidth: 1.3 * s }, encoding: { ...enc("x", "y"), detail: { field: "id" }, order: { field: "seq" } } },
    { data: { values: lines }, transform: [{ filter: "datum.dashed" }], mark: { type: "line", color: COLORS.grey, strokeWidth: 1.3 * s, strokeDash: [5 * s, 4 * s] }, encoding: { ...enc("x", "y"), detail: { field: "id" }, order: { field: "seq" } } },
    { data: { values: heads }, mark: { type: "point", shape: "M1,0L-1,-0.8L-0.5,0L-1,0.8Z", size: round((9 * s) ** 2), filled: true, color: ink, opacity: 1 }, encoding: { ...enc("x", "y"), angle: { field: "angle", type: "quantitative", scale: null } } },
    { data: { values: latent.map((n) => ({ x: X(n.x), y: Y(n.y), size: round((n.w * s) ** 2), shape: `M-1,0A1,${round(n.h / n.w, 4)} 0 1,1 1,0A1,${round(n.h / n.w, 4)} 0 1,1 -1,0Z` })) },
      mark: { type: "point", filled: true, fill: "white", stroke: ink, strokeWidth: 1.5 * s, opacity: 1 },
      encoding: { ...enc("x", "y"), shape: { field: "shape", type: "nominal", scale: null }, size: { field: "size", type: "quantitative", scale: null } } },
    { data: { values: boxes.map((n) => ({ ...box(n), role: n.role })) }, mark: { type: "rect", fill: "white", stroke: ink, strokeWidth: 1.2 * s }, encoding: rectEnc },
    { data: { values: labels }, mark: { type: "rect", fill: "white", opacity: 0.92 }, encoding: rectEnc },
    { data: { values: labels }, mark: { type: "text", fontSize: font(PATH_SIZES.labelFont), color: ink, baseline: "middle", align: "center" }, encoding: { ...enc("x", "y"), text: { field: "text" } } },
    { data: { values: named }, mark: { type: "text", fontSize: font(PATH_SIZES.nameFont), fontWeight: "bold", color: ink, baseline: "middle", align: "center" }, encoding: { ...enc("x", "y"), text: { field: "text" } } },
    { data: { values: r2 }, mark: { type: "text", fontSize: font(PATH_SIZES.r2Font), color: ink, baseline: "middle", align: "center" }, encoding: { ...enc("x", "y"), text: { field: "text" } } },
    { data: { values: boxes.filter((n) => n.role === "indicator").map((n) => ({ x: X(n.x), y: Y(n.y), text: n.label })) }, mark: { type: "text", fontSize: font(PATH_SIZES.itemFont), color: ink, baseline: "middle", align: "center" }, encoding: { ...enc("x", "y"), text: { field: "text" } } },
  ];
  if (showNote) {
    const note = NOTE[options.locale ?? "en"](standardized, formatCoef(alpha, true));
    layer.push({ data: { values: [{ x: round(m * s), y: round(H - 8 * s), text: note }] }, mark: { type: "text", fontSize: font(10.5), color: "#444444", align: "left", baseline: "bottom" }, encoding: { ...enc("x", "y"), text: { field: "text" } } });
  }
  const description = `Path diagram: ${model.latent.length} latent, ${nodes.length - model.latent.length} observed variables, ${edges.length} paths`;
  return { ...baseSpec(options), description, width: round(W), height: round(H), layer } as unknown as ChartSpec;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
