import type { Lang } from "../../src/thesis.ts";
import { checkSyntax, problemText } from "./checkSyntax.ts";
import type { SyntaxProblem } from "./checkSyntax.ts";
import { h } from "./dom.ts";
import { t } from "./i18n.ts";

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

