import { TABLE_SHAPE, type ApaTable, type TableCell } from "./table.ts";
import { checkLang, label } from "../i18n/labels.ts";
import type { Lang } from "../i18n/labels.ts";
import { checkShape, checkArg } from "../options/checkArg.ts";

/** LaTeX for characters that are special in text mode, or that need math mode (Greek letters, χ², −, ≥ …). */
const LATEX: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "$": "\\$", "&": "\\&", "#": "\\#", "^": "\\textasciicircum{}",
  "_": "\\_", "%": "\\%", "~": "\\textasciitilde{}", "<": "\\textless{}", ">": "\\textgreater{}",
  "α": "$\\alpha$", "β": "$\\beta$", "χ": "$\\chi$", "ω": "$\\omega$", "λ": "$\\lambda$", "Δ": "$\\Delta$", "φ": "$\\phi$",
  "²": "\\textsuperscript{2}", "√": "$\\surd$", "−": "$-$", "×": "$\\times$", "≥": "$\\geq$", "≤": "$\\leq$", "±": "$\\pm$",
  "→": "$\\rightarrow$", "–": "--", "—": "---", "\u00a0": "~",
};

/**
 * Escape text for LaTeX text mode: the ten special characters (\ { } $ & # ^ _ % ~) and < >, plus the Greek
 * letters and math symbols the tables use (α β χ ω λ Δ φ ² √ − × ≥ ≤ ± →) as math, en/em dashes as -- and ---.
 * Chinese text passes through unchanged (compile with XeLaTeX and ctex or xeCJK).
 * Source: Lamport (1994), LaTeX: A Document Preparation System, §2.2.1 and §3.3.2 (special characters).
 * @param text raw text
 * @returns LaTeX source
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example escapeLatex("50% & $5"); // "50\\% \\& \\$5"
 */
export function escapeLatex(text: string): string {
  checkArg("escapeLatex", "text", text, "string");
  let out = "";
  for (const ch of text.replace(/\r?\n|\r/g, " ")) out += LATEX[ch] ?? ch;
  return out;
}

const cellTex = (c: TableCell): string => (c.bold === true && c.text !== "" ? `\\textbf{${escapeLatex(c.text)}}` : escapeLatex(c.text));

/**
 * Render an APA table as a LaTeX `table` float with booktabs rules (\toprule, \midrule, \bottomrule), section
 * rows as \multicolumn spanning every column, and the notes below the tabular. Needs `\usepackage{booktabs}`.
 * Source: Fear (2020), the booktabs package documentation; APA 7th ed. §7.8–7.14 (table layout).
 * @param table the table model
 * @param lang language of "Note."
 * @returns LaTeX source ending with a newline
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example tableToLatex(t, "en").includes("\\toprule");
 */
export function tableToLatex(table: ApaTable, lang: Lang = "en"): string {
  checkShape("tableToLatex", "table", table, TABLE_SHAPE);
  checkLang("tableToLatex", lang);
  const k = table.columns.length;
  const spec = table.columns.map((c) => c.align[0]).join("");
  const out = ["\\begin{table}[htbp]", "\\centering", `\\caption{${escapeLatex(table.title)}}`,
    `\\label{tab:${table.id.replace(/[^A-Za-z0-9:_-]/g, "-")}}`, `\\begin{tabular}{${spec}}`, "\\toprule",
    `${table.columns.map((c) => escapeLatex(c.label)).join(" & ")} \\\\`, "\\midrule"];
  for (const row of table.rows) {
    if (row.kind === "section") out.push(`\\multicolumn{${k}}{l}{\\textit{${escapeLatex(row.label)}}} \\\\`);
    else out.push(`${row.cells.map(cellTex).join(" & ")} \\\\`);
  }
  out.push("\\bottomrule", "\\end{tabular}");
  if (table.notes.length > 0) {
    out.push("\\par\\smallskip", "\\begin{minipage}{\\linewidth}\\footnotesize");
    table.notes.forEach((note, i) => out.push(`${i === 0 ? `\\textit{${escapeLatex(label("note", lang))}} ` : ""}${escapeLatex(note)}\\par`));
    out.push("\\end{minipage}");
  }
  out.push("\\end{table}");
  return out.join("\n") + "\n";
}
