import { checkArg, checkShape } from "../options/checkArg.ts";

/**
 * Lay out rows as a plain-text table: the first column left-aligned, the others right-aligned,
 * columns separated by two spaces, a dashed rule under the header. Chinese (and other East Asian wide) characters
 * count as two columns, as terminals draw them.
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
  const widths = header.map((h, j) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[j] ?? ""))));
  const pad = " ".repeat(indent);
  const fill = (c: string, j: number): string => " ".repeat(Math.max(0, widths[j]! - displayWidth(c)));
  const line = (cells: readonly string[]): string =>
    pad + cells.map((c, j) => (j === 0 ? c + fill(c, j) : fill(c, j) + c)).join("  ").trimEnd();
  return [line(header), pad + widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** East Asian Wide and Fullwidth characters (Unicode UAX #11): Hangul Jamo, CJK, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns a string takes in a terminal: 2 for each wide character, 1 for the others. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}
