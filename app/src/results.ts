import { FIT_CUTOFFS, fitVerdict } from "../../src/index.ts";
import type { Lang, ParameterEstimate } from "../../src/index.ts";
import { chartFigure } from "./charts.ts";
import { fmt, h, table } from "./dom.ts";
import { t } from "./i18n.ts";
import type { DocBlock, RunResult } from "./protocol.ts";

/**
 * The fit table: χ² (3 decimals), df and p, then each index with its conventional cutoffs and verdict
 * (Hu & Bentler, 1999; Kline, 2016, as `FIT_CUTOFFS`), then AIC and BIC. Robust (scaled) values are added
 * when the estimator has them.
 * @param fm the fit measures (lavaan names)
 * @param lang interface language
 * @returns the table element (data-testid "fit-table")
 * @example fitTable(result.fitMeasures, "en")
 */
export function fitTable(fm: Readonly<Record<string, number>>, lang: Lang): HTMLTableElement {
  const rows: (string | number | null)[][] = [];
  const classes: string[] = [];
  const add = (name: string, key: string, digits = 3): void => { if (fm[key] !== undefined) { rows.push([name, fmt(fm[key], digits), "", ""]); classes.push(""); } };
  add("χ²", "chisq");
  add("df", "df", 0);
  add("p (χ²)", "pvalue");
  add("χ² (scaled)", "chisq.scaled");
  add("p (scaled)", "pvalue.scaled");
  for (const c of FIT_CUTOFFS) {
    const v = fm[c.key];
    if (v === undefined || !Number.isFinite(v)) continue;
    const cut = c.higher ? `≥ ${c.good} (≥ ${c.ok})` : `≤ ${c.good} (≤ ${c.ok})`;
    const verdict = fitVerdict(c, v);
    rows.push([c.name, fmt(v), cut, t(verdict, lang)]);
    classes.push(`v-${verdict}`);
    if (c.key === "rmsea" && fm["rmsea.ci.lower"] !== undefined) { rows.push(["RMSEA 90% CI", `[${fmt(fm["rmsea.ci.lower"])}, ${fmt(fm["rmsea.ci.upper"])}]`, "", ""]); classes.push(""); }
  }
  add("CFI (robust)", "cfi.robust");
  add("RMSEA (robust)", "rmsea.robust");
  add("AIC", "aic", 2);
  add("BIC", "bic", 2);
  const el = table([t("index", lang), t("value", lang), t("cutoff", lang), t("verdict", lang)], rows, { "data-testid": "fit-table" });
  el.querySelectorAll("tbody tr").forEach((tr, i) => {
    tr.setAttribute("data-index", String(rows[i]![0]));
    if (classes[i] !== "") tr.classList.add(classes[i]!);
  });
  return el;
}

const SECTIONS: readonly { op: string; name: string }[] = [
  { op: "=~", name: "Latent Variables" }, { op: "~", name: "Regressions" }, { op: "~~", name: "Covariances / Variances" },
  { op: "~1", name: "Intercepts" }, { op: ":=", name: "Defined Parameters" }, { op: "r2", name: "R-Square" },
];

/**
 * Parameter estimates in lavaan's order and column names, in sections as lavaan's summary prints them.
 * @param est parameterEstimates() rows
 * @returns the table element
 * @example estimatesTable(result.estimates)
 */
export function estimatesTable(est: readonly ParameterEstimate[]): HTMLTableElement {
  const head = ["lhs", "op", "rhs", "label", "est", "se", "z", "pvalue", "ci.lower", "ci.upper", "std.all"];
  const el = table(head, []);
  const body = el.tBodies[0]!;
  for (const s of SECTIONS) {
    const rows = est.filter((r) => r.op === s.op);
    if (rows.length === 0) continue;
    body.append(h("tr", { class: "section" }, h("td", { colspan: head.length }, s.name)));
    for (const r of rows) {
      body.append(h("tr", {}, ...[r.lhs, r.op, r.rhs, r.label].map((c) => h("td", {}, c)),
        ...[r.est, r.se, r.z, r.pvalue, r["ci.lower"], r["ci.upper"], r["std.all"]].map((v) => h("td", { class: "num" }, fmt(v)))));
    }
  }
  return el;
}

/**
 * Draw the report document's blocks (headings, paragraphs, APA tables, figures) into the page.
 * @param blocks the document blocks from the worker
 * @returns the elements
 * @example root.append(...docBlocks(result.doc.blocks));
 */
export function docBlocks(blocks: readonly DocBlock[]): HTMLElement[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case "heading": return h(b.level === 1 ? "h3" : "h4", {}, b.text);
      case "paragraph": return h("p", {}, b.text);
      case "list": return h("ul", {}, ...b.items.map((i) => h("li", {}, i)));
      case "code": return h("pre", {}, b.text);
      case "table": { const d = h("div", { class: "apa scroll", "data-table": b.id }); d.innerHTML = b.html; return d; }
      case "figure": return chartFigure(`fig-${b.id}`, b.spec, `${b.number}. ${b.caption}`);
    }
  });
}

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
