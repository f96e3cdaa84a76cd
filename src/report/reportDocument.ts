import type { Lang } from "../i18n/labels.ts";
import { label } from "../i18n/labels.ts";
import type { ApaTable } from "./table.ts";
import type { ReportFigure } from "./thesisFigures.ts";
import { escapeMarkdown, tableToMarkdown } from "./renderMarkdownTable.ts";
import { escapeHtml, tableToHtml } from "./renderHtmlTable.ts";
import { checkArg, checkShape, type Shape } from "../options/checkArg.ts";

/** One block of a report. */
export type ReportBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "code"; readonly text: string }
  | { readonly kind: "table"; readonly table: ApaTable }
  | { readonly kind: "figure"; readonly figure: ReportFigure; readonly number: number };

/** What documentToMarkdown/documentToHtml read of a ReportDocument (for JavaScript callers). */
const DOC: Shape = { title: "string", lang: "string", blocks: [{ kind: "string" }] };

/** A report: title, language and blocks in order. */
export interface ReportDocument {
  readonly title: string;
  readonly lang: Lang;
  readonly blocks: readonly ReportBlock[];
}

/**
 * Render a report as Markdown: headings, paragraphs (escaped), lists, fenced code, APA tables, and figures as
 * images (`figurePath(figure)` gives the link, e.g. "figures/path.svg") under "**Figure n**" and an italic caption.
 * @param doc the report
 * @param figurePath link of each figure's image
 * @returns Markdown text
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example documentToMarkdown(doc, (f) => `figures/${f.id}.svg`);
 */
export function documentToMarkdown(doc: ReportDocument, figurePath: (f: ReportFigure) => string): string {
  checkShape("documentToMarkdown", "doc", doc, DOC);
  checkArg("documentToMarkdown", "figurePath", figurePath, "function");
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ""];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case "heading": out.push(`${"#".repeat(b.level + 1)} ${escapeMarkdown(b.text)}`, ""); break;
      case "paragraph": out.push(escapeMarkdown(b.text), ""); break;
      case "list": out.push(...b.items.map((i) => `- ${escapeMarkdown(i)}`), ""); break;
      case "code": out.push("```", b.text.replace(/```/g, "``\u200b`"), "```", ""); break;
      case "table": out.push(tableToMarkdown(b.table, doc.lang)); break;
      case "figure": out.push(`**${label("figure", doc.lang)} ${b.number}**`, "", `*${escapeMarkdown(b.figure.caption)}*`, "",
        `![${escapeMarkdown(b.figure.caption)}](${encodeURI(figurePath(b.figure))})`, ""); break;
    }
  }
  return out.join("\n");
}

const CSS = `body{font-family:"Times New Roman","Noto Serif CJK SC","Songti SC",serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #ccc}h3{font-size:1.1rem}
.apa-table{margin:1.5rem 0;overflow-x:auto}.apa-table p{margin:.2rem 0}.apa-table table{border-collapse:collapse;border-top:2px solid #000;border-bottom:2px solid #000;font-size:.9rem}
.apa-table th{border-bottom:1px solid #000;padding:.25rem .6rem;font-weight:normal}.apa-table td{padding:.15rem .6rem;white-space:nowrap}
.apa-table tr.section td{font-style:italic;padding-top:.5rem}.left{text-align:left}.right{text-align:right}.center{text-align:center}
.table-note{font-size:.85rem}figure{margin:1.5rem 0}figcaption{font-size:.95rem}.chart{overflow-x:auto}pre{background:#f6f6f6;padding:.6rem;overflow-x:auto}`;

/** Escape a script's text so that it cannot close its <script> element early. */
const scriptSafe = (js: string): string => js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

/**
 * Render a report as one self-contained HTML page: inline CSS, APA tables, and every figure drawn in the page by
 * vega-embed (SVG renderer) from its Vega-Lite spec embedded as JSON. The vega, vega-lite and vega-embed
 * builds are inlined from `scripts` (their UMD sources), so the page needs no network; without JavaScript each
 * figure falls back to `figurePath(figure)` as an image.
 * @param doc the report
 * @param scripts UMD sources of vega, vega-lite and vega-embed, in that order
 * @param figurePath fallback image link of each figure
 * @returns the HTML document
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example documentToHtml(doc, [vegaJs, vegaLiteJs, vegaEmbedJs], (f) => `figures/${f.id}.svg`);
 */
export function documentToHtml(doc: ReportDocument, scripts: readonly string[], figurePath: (f: ReportFigure) => string): string {
  checkShape("documentToHtml", "doc", doc, DOC);
  checkArg("documentToHtml", "scripts", scripts, "names");
  checkArg("documentToHtml", "figurePath", figurePath, "function");
  const body: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`];
  const specs: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case "heading": body.push(`<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`); break;
      case "paragraph": body.push(`<p>${escapeHtml(b.text)}</p>`); break;
      case "list": body.push("<ul>", ...b.items.map((i) => `<li>${escapeHtml(i)}</li>`), "</ul>"); break;
      case "code": body.push(`<pre><code>${escapeHtml(b.text)}</code></pre>`); break;
      case "table": body.push(tableToHtml(b.table, doc.lang)); break;
      case "figure": {
        const id = `figure-${b.figure.id}`;
        body.push(`<figure id="${escapeHtml(id)}"><p><strong>${escapeHtml(label("figure", doc.lang))} ${b.number}</strong></p>`,
          `<figcaption><em>${escapeHtml(b.figure.caption)}</em></figcaption>`,
          `<div class="chart" data-spec="spec-${escapeHtml(b.figure.id)}"><noscript><img src="${escapeHtml(encodeURI(figurePath(b.figure)))}" alt="${escapeHtml(b.figure.caption)}"></noscript></div></figure>`);
        specs.push(`<script type="application/json" id="spec-${escapeHtml(b.figure.id)}">${JSON.stringify(b.figure.spec).replace(/</g, "\\u003c")}</script>`);
        break;
      }
    }
  }
  const boot = `document.querySelectorAll("div.chart[data-spec]").forEach(function (el) {
  var spec = JSON.parse(document.getElementById(el.getAttribute("data-spec")).textContent);
  vegaEmbed(el, spec, { renderer: "svg", actions: false }).catch(function (e) { el.textContent = String(e); console.error(e); });
});`;
  return [
    "<!DOCTYPE html>", `<html lang="${doc.lang}">`, "<head>", '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`, `<style>${CSS}</style>`,
    ...scripts.map((s) => `<script>${scriptSafe(s)}</script>`), "</head>", "<body>", ...body, ...specs, `<script>${boot}</script>`, "</body>", "</html>", "",
  ].join("\n");
}
