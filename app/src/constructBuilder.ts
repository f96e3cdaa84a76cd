import type { Lang } from "../../src/thesis.ts";
import { h } from "./dom.ts";
import { t } from "./i18n.ts";
import { stem } from "./preview.ts";

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
