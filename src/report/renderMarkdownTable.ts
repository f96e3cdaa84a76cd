import { TABLE_SHAPE, type ApaTable, type TableCell } from "./table.ts";
import { checkLang, label } from "../i18n/labels.ts";
import type { Lang } from "../i18n/labels.ts";
import { checkShape, checkArg } from "../options/checkArg.ts";

/**
 * Escape text for Markdown (a paragraph or a GFM table cell) with as few backslashes as keep it literal:
 * always \ | * _ ` (emphasis, code, cell ends); `<` before a letter, `/`, `!` or `?` (HTML); `[` and `]` when the
 * text could form a link (`](`, `][`, `]:`); `>`, `#`, `+ `, `- ` and `1. ` at the start (block quotes, headings,
 * lists); line breaks become spaces.
 * Source: CommonMark 0.31 §2.4 (backslash escapes), §4–5 (block starts), §6.6 (raw HTML); GFM tables (pipes in cells).
 * @param text raw text
 * @returns text that renders literally
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example escapeMarkdown("a|b_c < .05"); // "a\\|b\\_c < .05"
 */
export function escapeMarkdown(text: string): string {
  checkArg("escapeMarkdown", "text", text, "string");
  let s = text.replace(/\r?\n|\r/g, " ").replace(/[\\|*_`]/g, (c) => `\\${c}`).replace(/<(?=[A-Za-z/!?])/g, "\\<");
  if (/\]\(|\]\[|\]:/.test(s)) s = s.replace(/[[\]]/g, (c) => `\\${c}`);
  return s.replace(/^(\s*)([>#]|[+-](?=\s))/, "$1\\$2").replace(/^(\s*\d+)([.)])(?=\s)/, "$1\\$2");
}

const cellText = (c: TableCell): string => (c.bold === true && c.text !== "" ? `**${escapeMarkdown(c.text)}**` : escapeMarkdown(c.text));

/**
 * Render an APA table as Markdown: "**Table n**", the title in italics, a GFM pipe table (section rows as a bold
 * first cell) and the notes, the first starting with "*Note.*".
 * @param table the table model
 * @param lang language of "Table" and "Note."
 * @returns Markdown text ending with a newline
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example tableToMarkdown(t, "en").startsWith("**Table 1**");
 */
export function tableToMarkdown(table: ApaTable, lang: Lang = "en"): string {
  checkShape("tableToMarkdown", "table", table, TABLE_SHAPE);
  checkLang("tableToMarkdown", lang);
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
