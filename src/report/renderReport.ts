import { checkArg, checkShape } from "../options/checkArg.ts";

/** One titled block of a plain-text report (reliability, CFA, SEM, …). */
export interface ReportSection {
  readonly title: string;
  /** Body lines, without trailing newlines. */
  readonly lines: readonly string[];
}

/**
 * Join report sections into one plain-text document: the report title underlined with `=`,
 * then each section title underlined with `-`, its lines, and a blank line.
 *
 * @param title document title
 * @param sections sections in print order
 * @returns the text, ending with a newline
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * renderReport("Thesis", [{ title: "Reliability", lines: ["alpha 0.82"] }]);
 */
export function renderReport(title: string, sections: readonly ReportSection[]): string {
  checkArg("renderReport", "title", title, "string");
  checkShape("renderReport", "sections", sections, [{ title: "string", lines: "names" }]);
  const out: string[] = [title, "=".repeat(title.length), ""];
  for (const s of sections) out.push(s.title, "-".repeat(s.title.length), ...s.lines, "");
  return out.join("\n");
}
