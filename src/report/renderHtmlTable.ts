import { TABLE_SHAPE, type ApaTable, type TableCell } from "./table.ts";
import { checkLang, label } from "../i18n/labels.ts";
import type { Lang } from "../i18n/labels.ts";
import { checkShape, checkArg } from "../options/checkArg.ts";

/**
 * Escape text for HTML element content and attribute values (& < > " ').
 * Source: HTML Living Standard, §13.1.2.6 (escaping a string).
 * @param text raw text
 * @returns escaped text
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example escapeHtml("<b> & \"q\""); // "&lt;b&gt; &amp; &quot;q&quot;"
 */
export function escapeHtml(text: string): string {
  checkArg("escapeHtml", "text", text, "string");
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const td = (c: TableCell, align: string): string => {
  const body = c.bold === true ? `<strong>${escapeHtml(c.text)}</strong>` : escapeHtml(c.text);
  return `<td class="${align}">${body}</td>`;
};

/**
 * Render an APA table as an HTML fragment: a `<div class="apa-table">` with the number, the italic title, a
 * `<table>` (head, body, section rows spanning all columns) and the notes.
 * @param table the table model
 * @param lang language of "Table" and "Note."
 * @returns HTML text
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example tableToHtml(t, "en").includes("<table");
 */
export function tableToHtml(table: ApaTable, lang: Lang = "en"): string {
  checkShape("tableToHtml", "table", table, TABLE_SHAPE);
  checkLang("tableToHtml", lang);
  const k = table.columns.length;
  const out = [`<div class="apa-table" id="table-${escapeHtml(table.id)}">`,
    `<p class="table-number"><strong>${escapeHtml(label("table", lang))} ${table.number}</strong></p>`,
    `<p class="table-title"><em>${escapeHtml(table.title)}</em></p>`, "<table>", "<thead><tr>",
    ...table.columns.map((c) => `<th class="${c.align}">${escapeHtml(c.label)}</th>`), "</tr></thead>", "<tbody>"];
  for (const row of table.rows) {
    if (row.kind === "section") out.push(`<tr class="section"><td colspan="${k}">${escapeHtml(row.label)}</td></tr>`);
    else out.push(`<tr>${row.cells.map((c, j) => td(c, table.columns[j]?.align ?? "left")).join("")}</tr>`);
  }
  out.push("</tbody>", "</table>");
  table.notes.forEach((note, i) => out.push(`<p class="table-note">${i === 0 ? `<em>${escapeHtml(label("note", lang))}</em> ` : ""}${escapeHtml(note)}</p>`));
  out.push("</div>");
  return out.join("\n") + "\n";
}
