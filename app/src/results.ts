import type { Lang } from "../../src/thesis.ts";
import { chartFigure } from "./charts.ts";
import { docBlocks } from "./docBlocks.ts";
import { h, table } from "./dom.ts";
import { estimatesTable } from "./estimatesTable.ts";
import { fitTable } from "./fitTable.ts";
import { t } from "./i18n.ts";
import type { RunResult } from "./protocol.ts";

/**
 * The results section of a finished run: status line, fit table, path diagram and fit chart, parameter table,
 * bootstrap table and chart, lavaan-style summary, warnings, and the further analyses.
 * @param r the run result
 * @param lang interface language
 * @returns the section's children
 * @example results.replaceChildren(...resultView(r, "en"));
 */
export function resultView(r: RunResult, lang: Lang): HTMLElement[] {
  const out: HTMLElement[] = [
    h("p", { class: r.converged ? "" : "bad" }, `${r.estimator}, n = ${r.ntotal} — ${r.converged ? t("converged", lang) : t("notConverged", lang)}. ${t("elapsed", lang)}: ${(r.ms / 1000).toFixed(2)} s`),
    h("div", { class: "two" },
      h("div", {}, h("h3", {}, t("fitIndices", lang)), fitTable(r.fitMeasures, lang)),
      h("div", {}, chartFigure("fit", r.fitSpec, t("fitChart", lang)))),
    h("h3", {}, t("pathDiagram", lang)),
    chartFigure("path", r.pathSpec, t("pathDiagram", lang), { "data-testid": "path-diagram" }),
    h("h3", {}, t("estimates", lang)),
    h("div", { class: "scroll" }, estimatesTable(r.estimates)),
  ];
  if (r.boot !== null) {
    out.push(h("h3", {}, `${t("bootstrapTable", lang)} (${r.boot.used}/${r.boot.draws}, ${r.boot.type})`),
      h("div", { class: "scroll" }, table(["lhs", "op", "rhs", "est", "se (boot)", "ci.lower", "ci.upper"],
        r.boot.rows.map((b) => [b.lhs, b.op, b.rhs, b.est, b.se, b.lower, b.upper]), { "data-testid": "bootstrap-table" })));
    if (r.boot.spec !== null) out.push(chartFigure("bootstrap", r.boot.spec, t("bootstrapChart", lang)));
  }
  if (r.warnings.length > 0) out.push(h("h3", {}, t("warnings", lang)), h("ul", {}, ...r.warnings.map((w) => h("li", {}, w))));
  out.push(h("details", {}, h("summary", {}, t("lavaanSummary", lang)), h("pre", { "data-testid": "summary" }, r.summary)));
  if (r.doc !== null) out.push(h("h3", { class: "thesis" }, t("thesisSections", lang)), h("div", { "data-testid": "thesis" }, ...docBlocks(r.doc.blocks)));
  else if (r.docError !== null) out.push(h("p", { class: "bad" }, `${t("thesisSections", lang)}: ${r.docError}`));
  return out;
}
