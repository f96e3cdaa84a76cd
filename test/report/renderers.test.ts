import { describe, expect, it } from "vitest";
import { tableToMarkdown, escapeMarkdown } from "../../src/report/renderMarkdownTable.ts";
import { tableToHtml, escapeHtml } from "../../src/report/renderHtmlTable.ts";
import { tableToLatex, escapeLatex } from "../../src/report/renderLatexTable.ts";
import { tableToCsv, csvField } from "../../src/report/renderCsvTable.ts";
import { cellsRow, formatNumber, formatP, numberCell, pCell, sectionRow, textCell } from "../../src/report/table.ts";
import type { ApaTable } from "../../src/report/table.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";

// A table whose cells hold every character each format treats specially.
const nasty = "a|b *c* _d_ `e` [f] <g> & 'h' \"i\" 50% $5 #6 ^7 ~8 {9} \\10, x\ny";
const table: ApaTable = {
  id: "t_1", number: 3, title: `Title ${nasty}`,
  columns: [{ label: "Item", align: "left" }, { label: "β & α", align: "right" }],
  rows: [sectionRow("SAT <1>"), cellsRow([textCell(nasty), numberCell(-0.1234, 2, { bold: true })]), cellsRow([textCell("=SUM(A1)"), pCell(0.0004)])],
  notes: ["Note one: 5% & χ² ≥ .90.", "Second"],
};

describe("APA table cells (APA 7th ed. §6.36)", () => {
  it("formats numbers with a true minus, optional leading zero, and p-values", () => {
    expect(formatNumber(-0.25, 2, false)).toBe("−.25");
    expect(formatNumber(0.8123, 2, false)).toBe(".81");
    expect(formatNumber(1.5, 2, false)).toBe("1.50");
    expect(formatNumber(-0.0004, 3)).toBe("0.000"); // rounds to zero: no minus sign
    expect(formatP(0.0004)).toBe("< .001");
    expect(formatP(0.0312)).toBe(".031");
    expect(numberCell(Number.NaN).text).toBe("—");
    expect(numberCell(0.123456, 3).value).toBe(0.123456);
  });
});

describe("Markdown renderer", () => {
  it("escapes pipes, emphasis, code, links and HTML inside cells and keeps one line per row", () => {
    expect(escapeMarkdown("a|b_c*d`e<g>\\")).toBe("a\\|b\\_c\\*d\\`e\\<g>\\\\");
    expect(escapeMarkdown("p < .001, [0.1, 0.2]")).toBe("p < .001, [0.1, 0.2]"); // no tag, no link: left as is
    expect(escapeMarkdown("[x](javascript:1)")).toBe("\\[x\\](javascript:1)");
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("- not a list")).toBe("\\- not a list");
    expect(escapeMarkdown("12. not a list")).toBe("12\\. not a list");
    expect(escapeMarkdown("> no quote")).toBe("\\> no quote");
    const md = tableToMarkdown(table, "en");
    const lines = md.trimEnd().split("\n");
    expect(lines[0]).toBe("**Table 3**");
    const body = lines.filter((l) => l.startsWith("|"));
    expect(body).toHaveLength(5); // head, rule, section, two rows
    // every body line has exactly k + 1 unescaped pipes
    for (const l of body) expect(l.replace(/\\\|/g, "").split("|").length - 1).toBe(3);
    expect(body[1]).toBe("| :--- | ---: |");
    expect(md).toContain("**−0.12**");
    expect(md).toContain("*Note.* Note one");
  });
});

describe("HTML renderer", () => {
  it("escapes & < > \" ' in titles, heads, cells and notes", () => {
    expect(escapeHtml(`<b a="1">&'`)).toBe("&lt;b a=&quot;1&quot;&gt;&amp;&#39;");
    const html = tableToHtml(table, "zh-CN");
    expect(html).not.toContain("<g>");
    expect(html).not.toContain("<1>");
    expect(html).toContain("&lt;g&gt;");
    expect(html).toContain("<th class=\"right\">β &amp; α</th>");
    expect(html).toContain('<tr class="section"><td colspan="2">SAT &lt;1&gt;</td></tr>');
    expect(html).toContain("<strong>表 3</strong>");
    expect(html).toContain("<em>注：</em>");
  });
});

describe("LaTeX renderer", () => {
  it("escapes the ten special characters and sets Greek letters and symbols in math", () => {
    expect(escapeLatex("\\ { } $ & # ^ _ % ~")).toBe("\\textbackslash{} \\{ \\} \\$ \\& \\# \\textasciicircum{} \\_ \\% \\textasciitilde{}");
    expect(escapeLatex("α ≥ .70, χ², −1, Δ")).toBe("$\\alpha$ $\\geq$ .70, $\\chi$\\textsuperscript{2}, $-$1, $\\Delta$");
    expect(escapeLatex("组合信度 CR")).toBe("组合信度 CR");
    const tex = tableToLatex(table, "en");
    expect(tex).toContain("\\toprule");
    expect(tex).toContain("\\midrule");
    expect(tex).toContain("\\bottomrule");
    expect(tex).toContain("\\begin{tabular}{lr}");
    expect(tex).toContain("\\multicolumn{2}{l}{\\textit{SAT \\textless{}1\\textgreater{}}} \\\\");
    expect(tex).toContain("\\textbf{$-$0.12}");
    expect(tex).toContain("\\label{tab:t_1}");
    // the body row, character by character
    const row = tex.split("\n").find((l) => l.startsWith("a|b"))!;
    expect(row).toBe("a|b *c* \\_d\\_ `e` [f] \\textless{}g\\textgreater{} \\& 'h' \"i\" 50\\% \\$5 \\#6 \\textasciicircum{}7 " +
      "\\textasciitilde{}8 \\{9\\} \\textbackslash{}10, x y & \\textbf{$-$0.12} \\\\");
  });
});

describe("CSV renderer (RFC 4180)", () => {
  it("quotes commas, quotes and line breaks, guards formulas, and round-trips through the CSV reader", () => {
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("-0.5")).toBe("-0.5");
    expect(csvField(" padded")).toBe('" padded"');
    const csv = tableToCsv(table);
    expect(csv.startsWith("Item,β & α\r\n")).toBe(true);
    expect(tableToCsv(table, { bom: true }).charCodeAt(0)).toBe(0xfeff);
    const back = parseCsv(csv);
    expect(back.n).toBe(3);
    const item = back.columns.get("Item")!;
    expect(item.kind).toBe("text");
    if (item.kind === "text") expect(item.values).toEqual(["SAT <1>", nasty, "'=SUM(A1)"]);
    const v = back.columns.get("β & α")!;
    // full precision by default: the unrounded value, not "−0.12"
    if (v.kind === "text") expect(v.values[1]).toBe("-0.1234");
    else expect(v.values[1]).toBe(-0.1234);
    expect(tableToCsv(table, { precision: "display" })).toContain("-0.12");
  });
});
