import type { Dataset, Estimator } from "../../src/index.ts";
import type { Lang } from "../../src/thesis.ts";
import { h } from "./dom.ts";
import { t } from "./i18n.ts";
import type { UiKey } from "./i18n.ts";
import type { LikertScale } from "./preview.ts";
import type { AnalysisChoice, FitSettings } from "./protocol.ts";

const ESTIMATORS: readonly Estimator[] = ["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV"];
const MAX_GROUPS = 10;

/** Columns that can split the sample into groups: text columns or numeric columns with 2–10 distinct values. */
function groupColumns(ds: Dataset | null): string[] {
  if (ds === null) return [];
  return ds.names.filter((n) => {
    const c = ds.columns.get(n)!;
    const levels = new Set<unknown>();
    for (const v of c.values) { if (v !== null && !Number.isNaN(v)) levels.add(v); if (levels.size > MAX_GROUPS) return false; }
    return levels.size >= 2;
  });
}

/**
 * The settings and analyses form. Values already entered in `old` (the form of the previous drawing) are kept,
 * so switching the language or loading another file does not lose them; the defaults are the library's
 * (ML, listwise), so an unchanged form fits what `sem(model, data)` fits.
 * @param ds the data (for the grouping variables), or null
 * @param scale the detected response scale
 * @param lang interface language
 * @param old the previous form, or an empty element
 * @returns the form element
 * @example const form = analysesForm(ds, likertScale(ds), "en", h("div"));
 */
export function analysesForm(ds: Dataset | null, scale: LikertScale, lang: Lang, old: HTMLElement): HTMLElement {
  const prev = (id: string): HTMLInputElement | HTMLSelectElement | null => old.querySelector(`[data-testid=${id}]`);
  const value = (id: string, dflt: string): string => prev(id)?.value ?? dflt;
  const checked = (id: string, dflt: boolean): boolean => { const p = prev(id); return p instanceof HTMLInputElement ? p.checked : dflt; };
  const select = (id: string, options: readonly { v: string; label: string }[], dflt: string): HTMLSelectElement => {
    const s = h("select", { "data-testid": id }, ...options.map((o) => h("option", { value: o.v }, o.label)));
    s.value = options.some((o) => o.v === value(id, dflt)) ? value(id, dflt) : dflt;
    return s;
  };
  const input = (id: string, type: string, dflt: string, extra: Record<string, string> = {}): HTMLInputElement => {
    const i = h("input", { type, "data-testid": id, ...extra });
    i.value = value(id, dflt);
    return i;
  };
  const checkbox = (id: string, dflt: boolean): HTMLInputElement => {
    const c = h("input", { type: "checkbox", "data-testid": id });
    c.checked = checked(id, dflt);
    return c;
  };
  const box = (id: string, key: UiKey, dflt: boolean, ...rest: (Node | string)[]): HTMLElement =>
    h("div", { class: "check" }, h("label", {}, checkbox(id, dflt), " ", t(key, lang)), ...rest);
  const groups = groupColumns(ds);
  const sem = h("input", { type: "checkbox", checked: true, disabled: true });
  return h("div", { class: "form", "data-testid": "settings" },
    h("div", { class: "row" },
      h("label", {}, `${t("estimator", lang)} `, select("estimator", ESTIMATORS.map((e) => ({ v: e, label: e })), "ML")),
      h("label", {}, `${t("missingHandling", lang)} `, select("missing", [{ v: "listwise", label: t("listwise", lang) }, { v: "fiml", label: t("fiml", lang) }], "listwise")),
      h("label", {}, checkbox("ordered", false), ` ${t("ordered", lang)}`),
      h("label", {}, `${t("scaleMin", lang)} `, input("scale-min", "number", String(scale.min), { class: "num" })),
      h("label", {}, `${t("scaleMax", lang)} `, input("scale-max", "number", String(scale.max), { class: "num" }))),
    h("div", { class: "row" }, h("label", { class: "wide" }, `${t("reverseItems", lang)} `, input("reverse", "text", "", { placeholder: "tru4, swc3" }))),
    h("div", { class: "analyses" },
      h("div", { class: "check" }, h("label", {}, sem, " ", t("anSem", lang))),
      box("an-reliability", "anReliability", true),
      box("an-efa", "anEfa", true),
      box("an-cfa", "anCfa", true),
      box("an-mediation", "anMediation", false),
      box("an-bootstrap", "anBootstrap", false, " ", input("draws", "number", "1000", { class: "num", min: "0", step: "100" }), ` ${t("draws", lang)}, ${t("seed", lang)} `, input("seed", "number", "1", { class: "num", min: "0" })),
      box("an-moderation", "anModeration", false, " ", input("mod-x", "text", "", { placeholder: t("predictor", lang), class: "short" }), " × ",
        input("mod-w", "text", "", { placeholder: t("moderator", lang), class: "short" }), " → ", input("mod-y", "text", "", { placeholder: t("outcome", lang), class: "short" })),
      box("an-invariance", "anInvariance", false, " ", h("label", {}, `${t("groupVar", lang)} `, select("group", groups.map((g) => ({ v: g, label: g })), groups[0] ?? ""))),
      h("p", { class: "note" }, t("thesisNote", lang))));
}

/**
 * The fit settings entered in the form.
 * @param form the form from {@link analysesForm}
 * @param scale the detected scale (used when the scale fields are empty)
 * @returns the settings
 * @example readSettings(form, scale).estimator // "ML"
 */
export function readSettings(form: HTMLElement, scale: LikertScale): FitSettings {
  const v = (id: string): string => form.querySelector<HTMLInputElement>(`[data-testid=${id}]`)?.value ?? "";
  const num = (id: string, d: number): number => { const x = Number(v(id)); return v(id) === "" || !Number.isFinite(x) ? d : x; };
  return {
    estimator: (v("estimator") || "ML") as Estimator,
    missing: v("missing") === "fiml" ? "fiml" : "listwise",
    ordered: form.querySelector<HTMLInputElement>("[data-testid=ordered]")?.checked ?? false,
    reverse: v("reverse").split(/[,\s]+/).filter((s) => s !== ""),
    scale: { min: num("scale-min", scale.min), max: num("scale-max", scale.max) },
    ratingItems: scale.items,
  };
}

/**
 * The analyses chosen in the form.
 * @param form the form from {@link analysesForm}
 * @returns the choices
 * @example readAnalyses(form).mediation // false
 */
export function readAnalyses(form: HTMLElement): AnalysisChoice {
  const el = (id: string): HTMLInputElement | null => form.querySelector<HTMLInputElement>(`[data-testid=${id}]`);
  const on = (id: string): boolean => el(id)?.checked ?? false;
  const v = (id: string): string => el(id)?.value.trim() ?? "";
  const int = (id: string, d: number): number => { const x = Number(v(id)); return Number.isInteger(x) && x >= 0 ? x : d; };
  return {
    reliability: on("an-reliability"), efa: on("an-efa"), cfa: on("an-cfa"), mediation: on("an-mediation"),
    bootstrapAll: on("an-bootstrap"), draws: int("draws", 1000), seed: int("seed", 1),
    moderation: on("an-moderation") && v("mod-x") !== "" && v("mod-w") !== "" && v("mod-y") !== "" ? { from: v("mod-x"), moderator: v("mod-w"), to: v("mod-y") } : null,
    invariance: on("an-invariance") && v("group") !== "" ? v("group") : null,
  };
}
