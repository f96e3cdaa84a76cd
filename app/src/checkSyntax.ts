import { parseModel } from "../../src/advanced.ts";
import type { Lang } from "../../src/thesis.ts";
import { t } from "./i18n.ts";

/** A model syntax problem at a 1-based line and column. */
export interface SyntaxProblem {
  readonly message: string;
  readonly line: number | null;
  readonly col: number | null;
}

/**
 * Check lavaan syntax with the library's parser.
 * @param text the model
 * @returns null when it parses, else the message with its line and column
 * @example checkSyntax("F =~ a + + b")?.line // 1
 */
export function checkSyntax(text: string): SyntaxProblem | null {
  try {
    parseModel(text);
    return null;
  } catch (e) {
    const err = e as Error & { line?: number; col?: number };
    return { message: err.message, line: err.line ?? null, col: err.col ?? null };
  }
}

/**
 * Format a problem as "Error (line L, column C): message" in the interface language.
 * @param p the problem
 * @param lang interface language
 * @returns the text
 * @example problemText({ message: "x", line: 2, col: 5 }, "en") // "Error (line 2, column 5): x"
 */
export function problemText(p: SyntaxProblem, lang: Lang): string {
  const where = p.line === null ? "" : ` (${t("line", lang)} ${p.line}${p.col === null ? "" : `, ${t("column", lang)} ${p.col}`})`;
  return `${t("errorPrefix", lang)}${where}: ${p.message}`;
}

