import { parseModel } from "../../src/index.ts";
import type { Lang } from "../../src/index.ts";
import { h } from "./dom.ts";
import { t } from "./i18n.ts";
import { stem } from "./preview.ts";

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

/** The model editor: a textarea with a line-number gutter that marks the line of a syntax error. */
export interface ModelEditor {
  readonly element: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  /** Mark a problem (or clear the mark with null) in the gutter and the message line. */
  show(problem: SyntaxProblem | null): void;
}

/**
 * Build the model editor. The syntax is checked as the user types (after a short pause); the error line is
 * marked in the gutter and the message shows line and column.
 * @param initial the model text
 * @param lang interface language
 * @param onChange called with the text after each edit
 * @returns the editor
 * @example const ed = modelEditor("", "en", (s) => { state.model = s; });
 */
export function modelEditor(initial: string, lang: Lang, onChange: (text: string) => void): ModelEditor {
  const gutter = h("pre", { class: "gutter", "aria-hidden": "true" });
  const textarea = h("textarea", { "data-testid": "model-editor", spellcheck: "false", rows: 12, "aria-label": t("modelSyntax", lang) });
  textarea.value = initial;
  const msg = h("p", { class: "model-check", "data-testid": "model-error" });
  let errLine: number | null = null;
  const paint = (): void => {
    const n = Math.max(1, textarea.value.split("\n").length);
    gutter.replaceChildren(...Array.from({ length: n }, (_, i) => h("span", { class: i + 1 === errLine ? "err" : "" }, `${i + 1}\n`)));
    gutter.scrollTop = textarea.scrollTop;
  };
  const show = (p: SyntaxProblem | null): void => {
    errLine = p?.line ?? null;
    msg.textContent = p === null ? (textarea.value.trim() === "" ? "" : t("modelOk", lang)) : problemText(p, lang);
    msg.classList.toggle("bad", p !== null);
    paint();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener("input", () => {
    onChange(textarea.value);
    paint();
    clearTimeout(timer);
    timer = setTimeout(() => show(textarea.value.trim() === "" ? null : checkSyntax(textarea.value)), 250);
  });
  textarea.addEventListener("scroll", () => { gutter.scrollTop = textarea.scrollTop; });
  show(initial.trim() === "" ? null : checkSyntax(initial));
  const element = h("div", {}, h("label", {}, t("modelSyntax", lang)), h("div", { class: "editor" }, gutter, textarea), msg);
  return { element, textarea, show };
}

/**
 * The construct builder: a name field and, per item, a checkbox to include it and an "R" checkbox to mark it
 * reverse-worded. "Add" appends `NAME =~ item1 + item2 …` to the model and the reverse-worded items to the list.
 * @param items the candidate items (Likert columns)
 * @param lang interface language
 * @param add called with the model line and the reverse-worded items
 * @returns the builder element
 * @example constructBuilder(["sat1", "sat2"], "en", (line, rev) => { … });
 */
export function constructBuilder(items: readonly string[], lang: Lang, add: (line: string, reverse: string[]) => void): HTMLElement {
  const name = h("input", { type: "text", placeholder: "SAT", "data-testid": "construct-name", "aria-label": t("constructName", lang) });
  const boxes = items.map((it) => ({ it, use: h("input", { type: "checkbox", value: it }), rev: h("input", { type: "checkbox", title: "reverse" }) }));
  const groups = new Map<string, typeof boxes>();
  for (const b of boxes) groups.set(stem(b.it), [...(groups.get(stem(b.it)) ?? []), b]);
  const onAdd = (): void => {
    const chosen = boxes.filter((b) => b.use.checked);
    if (chosen.length === 0) return;
    const n = name.value.trim() || stem(chosen[0]!.it).toUpperCase();
    add(`${n} =~ ${chosen.map((b) => b.it).join(" + ")}`, chosen.filter((b) => b.rev.checked).map((b) => b.it));
    for (const b of boxes) { b.use.checked = false; b.rev.checked = false; }
    name.value = "";
  };
  return h("div", { class: "builder" },
    h("p", {}, t("constructBuilder", lang)),
    h("div", { class: "items" }, ...[...groups.values()].map((g) => h("div", { class: "item-group" },
      ...g.map((b) => h("label", { class: "item" }, b.use, ` ${b.it} `, h("span", { class: "rev" }, b.rev, "R")))))),
    h("div", {}, name, " ", h("button", { type: "button", "data-testid": "add-construct", on: { click: onAdd } }, t("addConstruct", lang))));
}
