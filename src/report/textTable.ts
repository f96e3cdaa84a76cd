import { checkArg, checkShape } from "../options/checkArg.ts";

/**
 * Lay out rows as a plain-text table: the first column left-aligned, the others right-aligned,
 * columns separated by two spaces, a dashed rule under the header.
 *
 * @param header column titles
 * @param rows cells as strings (already formatted)
 * @param indent spaces before every line (default 0)
 * @returns the table lines
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * textTable(["item", "r"], [["sq1", "0.83"]]); // ["item     r", "----  ----", "sq1   0.83"]
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], indent = 0): string[] {
  checkArg("textTable", "header", header, "names");
  checkShape("textTable", "rows", rows, [["string"]]);
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? "").length)));
  const pad = " ".repeat(indent);
  const line = (cells: readonly string[]): string =>
    pad + cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join("  ").trimEnd();
  return [line(header), pad + widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}
