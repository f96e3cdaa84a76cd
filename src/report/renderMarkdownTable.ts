import type { ApaTable, TableCell } from "./table.ts";
import { label } from "../i18n/labels.ts";
import type { Lang } from "../i18n/labels.ts";

/**
 * Escape text for a GitHub-flavoured Markdown table cell: backslash-escape the ASCII punctuation that would
 * start emphasis, code, links, HTML or end the cell (\ | * _ ` [ ] < >), and turn line breaks into spaces.
 * Source: CommonMark 0.31 §2.4 (any ASCII punctuation may be backslash-escaped); GFM tables (pipes in cells).
 * @param text raw text
 * @returns text safe inside a table cell
 * @throws never
 * @example escapeMarkdown("a|b_c"); // "a\\|b\\_c"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\|*_`[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, " ");
}

const cellText = (c: TableCell): string => (c.bold === true && c.text !== "" ? `**${escapeMarkdown(c.text)}**` : escapeMarkdown(c.text));

/**
 * Render an APA table as Markdown: "**Table n**", the title in italics, a GFM pipe table (section rows as a bold
 * first cell) and the notes, the first starting with "*Note.*".
 * @param table the table model
 * @param lang language of "Table" and "Note."
 * @returns Markdown text ending with a newline
 * @throws never
 * @example tableToMarkdown(t, "en").startsWith("**Table 1**");
 */
export function tableToMarkdown(table: ApaTable, lang: Lang = "en"): string {
  const k = table.columns.length;
  const out = [`**${label("table", lang)} ${table.number}**`, "", `*${escapeMarkdown(table.title)}*`, ""];
  out.push(`| ${table.columns.map((c) => escapeMarkdown(c.label)).join(" | ")} |`);
  out.push(`| ${table.columns.map((c) => (c.align === "right" ? "---:" : c.align === "center" ? ":---:" : ":---")).join(" | ")} |`);
  for (const row of table.rows) {
    const cells = row.kind === "section" ? [`**${escapeMarkdown(row.label)}**`, ...Array<string>(k - 1).fill("")] : row.cells.map(cellText);
    out.push(`| ${cells.join(" | ")} |`);
  }
  table.notes.forEach((note, i) => out.push("", i === 0 ? `*${label("note", lang)}* ${escapeMarkdown(note)}` : escapeMarkdown(note)));
  return out.join("\n") + "\n";
}
