import type { ChartSpec } from "./types.ts";
import type { PathDiagramOptions } from "./pathDiagram.ts";
import type { PathEstimate } from "./pathModel.ts";
import type { PlsResult } from "../pls/types.ts";
import { pathDiagram, PATH_DIAGRAM_OPTION_KEYS } from "./pathDiagram.ts";
import { normalCdf } from "../distributions/normalCdf.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkShape } from "../options/checkArg.ts";
import { PLS_RESULT_SHAPE } from "../pls/plsResultShape.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

const NOTE = {
  en: "PLS-SEM: outer loadings (mode A) and weights (mode B), path coefficients, R² in the constructs.",
  "zh-CN": "PLS-SEM：外部载荷（模式 A）与权重（模式 B）、路径系数，构念内为 R²。",
};
const BOOT_NOTE = {
  en: (a: string): string => ` Bootstrap: * p < .05, ** p < .01, *** p < .001; dashed: p ≥ ${a}.`,
  "zh-CN": (a: string): string => ` Bootstrap：* p < .05，** p < .01，*** p < .001；虚线：p ≥ ${a}。`,
};

/**
 * Path diagram of a PLS-SEM result in the SmartPLS style: constructs as ellipses with their R², indicators
 * labelled with outer loadings (mode A) or outer weights (mode B), paths with their coefficients; after a
 * bootstrap, stars from the bootstrap t = est/se (normal approximation) and non-significant paths dashed.
 * @param fit - a pls() result
 * @param options - the path diagram's options (title, width, labels, locale, hideIndicators, alpha, note)
 * @returns a Vega-Lite v5 spec
 * @throws OptionError when fit is not a pls() result or options is not an object
 * @example
 * toSvg(plsPathDiagram(pls(model, csv, { bootstrap: 1000 }), { title: "ECSI" }));
 */
export function plsPathDiagram(fit: PlsResult, options: PathDiagramOptions = {}): ChartSpec {
  checkShape("plsPathDiagram", "fit", fit, PLS_RESULT_SHAPE);
  checkOptionsObject("plsPathDiagram", options);
  options = checkOptionKeys("plsPathDiagram", options, PATH_DIAGRAM_OPTION_KEYS);
  const p = (est: number, se: number | undefined): number | null => (se === undefined || !(se > 0) ? null : 2 * (1 - normalCdf(Math.abs(est / se))));
  const modeB = new Set(fit.spec.constructs.filter((c) => c.mode === "B").map((c) => c.name));
  const rows: PathEstimate[] = [];
  fit.loadings.forEach((l, i) => {
    const w = fit.weights[i];
    const shown = modeB.has(l.lhs) && w !== undefined ? w : l;
    rows.push({ lhs: l.lhs, op: "=~", rhs: l.rhs, est: shown.est, "std.all": shown.est, pvalue: p(shown.est, shown.se) });
  });
  for (const r of fit.paths) rows.push({ lhs: r.lhs, op: "~", rhs: r.rhs, est: r.est, "std.all": r.est, pvalue: p(r.est, r.se) });
  for (const [name, v] of Object.entries(fit.r2)) rows.push({ lhs: name, op: "r2", rhs: name, est: v });
  const spec = pathDiagram(rows, { ...options, standardized: true });
  if (options.note ?? true) {
    const locale = options.locale ?? "en";
    const text = NOTE[locale] + (fit.bootstrap !== undefined ? BOOT_NOTE[locale](String(options.alpha ?? 0.05).replace(/^0/, "")) : "");
    const layers = (spec as unknown as { layer: { data?: { values?: { text?: string }[] } }[] }).layer;
    const note = layers[layers.length - 1]?.data?.values?.[0];
    if (note !== undefined) note.text = text;
  }
  return spec;
}
