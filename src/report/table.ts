/**
 * The one table model behind every APA table of the report: a numbered title, columns, rows of cells and notes.
 * Renderers (`tableToMarkdown`, `tableToHtml`, `tableToLatex`, `tableToCsv`) turn it into text; numbers are
 * formatted once, here, so all four formats show the same digits, while CSV can also carry the full value.
 */
import type { Shape } from "../options/checkArg.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Horizontal alignment of a column. */
export type Align = "left" | "right" | "center";

/** One column of a table. */
export interface TableColumn {
  /** Column head, already in the report language. */
  readonly label: string;
  readonly align: Align;
}

/** A cell: display text, and the unrounded number behind it when there is one. */
export interface TableCell {
  readonly text: string;
  readonly value?: number;
  /** Emphasise the cell (bold), e.g. √AVE on the diagonal of the Fornell–Larcker table. */
  readonly bold?: boolean;
}

/** A body row: cells in column order, or a section heading that spans all columns. */
export type TableRow =
  | { readonly kind: "cells"; readonly cells: readonly TableCell[] }
  | { readonly kind: "section"; readonly label: string };

/** What the table renderers read of an ApaTable (for JavaScript callers; see checkShape). */
export const TABLE_SHAPE: Shape = {
  id: "string", number: "number", title: "string", columns: [{ label: "string", align: "string" }], rows: [{ kind: "string" }], notes: "names",
};

/** An APA-style table. */
export interface ApaTable {
  /** File-safe identifier, e.g. "cfa_loadings" (CSV file name). */
  readonly id: string;
  /** Table number in the report (1-based). */
  readonly number: number;
  /** Title (italic in APA style), in the report language. */
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** General, specific and probability notes, each one paragraph. */
  readonly notes: readonly string[];
}

/**
 * A text cell.
 * @param text display text
 * @param bold emphasise
 * @returns the cell
 * @throws never
 * @example textCell("SAT").text; // "SAT"
 */
export function textCell(text: string, bold = false): TableCell {
  return bold ? { text, bold } : { text };
}

/** Options of `numberCell()`. */
export interface NumberCellOptions {
  /** Keep the zero before the decimal point (default true; APA drops it for values that cannot exceed 1). */
  readonly leadingZero?: boolean;
  /** Print the number in bold. */
  readonly bold?: boolean;
}

/** The accepted keys of `numberCell()` options. */
export const NUMBER_CELL_OPTION_KEYS = optionKeys<NumberCellOptions>({ leadingZero: true, bold: true });

/**
 * A numeric cell formatted to `digits` decimals, APA style: a minus sign (−), and no leading zero when the
 * statistic cannot exceed 1 in absolute value (`leadingZero: false`, APA 7th ed. §6.36). NaN/null shows "—".
 * @param value the number (full precision is kept for CSV)
 * @param digits decimals (default 3)
 * @param options leadingZero (default true), bold
 * @returns the cell
 * @throws never
 * @example numberCell(0.8123, 2, { leadingZero: false }).text; // ".81"
 */
export function numberCell(value: number | null | undefined, digits = 3, options: NumberCellOptions = {}): TableCell {
  checkOptionsObject("numberCell", options);
  options = checkOptionKeys("numberCell", options, NUMBER_CELL_OPTION_KEYS);
  if (value === null || value === undefined || !Number.isFinite(value)) return { text: "—" };
  const text = formatNumber(value, digits, options.leadingZero ?? true);
  return options.bold === true ? { text, value, bold: true } : { text, value };
}

/**
 * A p-value cell: "< .001" below .001, else three decimals without the leading zero (APA 7th ed. §6.36).
 * @param p the p-value
 * @returns the cell
 * @throws never
 * @example pCell(0.0004).text; // "< .001"
 */
export function pCell(p: number | null | undefined): TableCell {
  if (p === null || p === undefined || !Number.isFinite(p)) return { text: "—" };
  return { text: formatP(p), value: p };
}

/**
 * Format a number with a true minus sign and optional leading zero.
 * @param value number
 * @param digits decimals
 * @param leadingZero keep "0." before the decimals
 * @returns the text
 * @throws never
 * @example formatNumber(-0.25, 2, false); // "−.25"
 */
export function formatNumber(value: number, digits: number, leadingZero = true): string {
  let s = Math.abs(value).toFixed(digits);
  if (!leadingZero && s.startsWith("0.")) s = s.slice(1);
  const negative = value < 0 && Number(s) !== 0;
  return (negative ? "−" : "") + s;
}

/**
 * APA p-value text: "< .001", else ".xxx".
 * @param p the p-value
 * @returns the text
 * @throws never
 * @example formatP(0.0312); // ".031"
 */
export function formatP(p: number): string {
  return p < 0.001 ? "< .001" : formatNumber(p, 3, false);
}

/**
 * A confidence-interval cell "[lo, hi]" (display text only; CSV writes the same text).
 * @param lo lower bound
 * @param hi upper bound
 * @param digits decimals (default 3)
 * @param leadingZero keep "0." (default true; false for statistics bounded by 1, e.g. α or RMSEA)
 * @returns the cell
 * @throws never
 * @example intervalCell(0.1, 0.3, 2).text; // "[0.10, 0.30]"
 */
export function intervalCell(lo: number | null | undefined, hi: number | null | undefined, digits = 3, leadingZero = true): TableCell {
  if (lo === null || lo === undefined || hi === null || hi === undefined || !Number.isFinite(lo) || !Number.isFinite(hi)) return { text: "—" };
  return { text: `[${formatNumber(lo, digits, leadingZero)}, ${formatNumber(hi, digits, leadingZero)}]` };
}

/**
 * A body row of cells.
 * @param cells the cells, in column order
 * @returns the row
 * @throws never
 * @example cellsRow([textCell("a"), numberCell(1)]);
 */
export function cellsRow(cells: readonly TableCell[]): TableRow {
  return { kind: "cells", cells };
}

/**
 * A section row spanning every column (e.g. a construct name above its items).
 * @param label the heading
 * @returns the row
 * @throws never
 * @example sectionRow("SAT");
 */
export function sectionRow(label: string): TableRow {
  return { kind: "section", label };
}
