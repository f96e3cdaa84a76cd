import { describe, likertChart } from "../../src/index.ts";
import type { Dataset } from "../../src/index.ts";
import type { Lang } from "../../src/thesis.ts";
import { chartFigure } from "./charts.ts";
import { h, table } from "./dom.ts";
import { t } from "./i18n.ts";

/** The response scale shared by the Likert items of a data set, and those items. */
export interface LikertScale {
  readonly min: number;
  readonly max: number;
  readonly items: readonly string[];
}

const MAX_CATEGORIES = 11;

/**
 * Find the Likert items of a data set: numeric columns whose observed values are whole numbers spanning at most
 * 11 categories (an id column, with as many values as rows, is left out); the scale is their common min and max.
 * @param ds the data
 * @returns the scale and the items (min 1, max 5 and no items when none is found)
 * @example likertScale(ds) // { min: 1, max: 5, items: ["sq1", …] }
 */
export function likertScale(ds: Dataset): LikertScale {
  let min = Infinity, max = -Infinity;
  const items: string[] = [];
  for (const name of ds.names) {
    const col = ds.columns.get(name)!;
    if (col.kind !== "numeric") continue;
    let lo = Infinity, hi = -Infinity, whole = true;
    for (const v of col.values) {
      if (Number.isNaN(v)) continue;
      if (!Number.isInteger(v)) { whole = false; break; }
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!whole || !(hi - lo + 1 <= MAX_CATEGORIES) || hi - lo < 1) continue;
    items.push(name);
    min = Math.min(min, lo);
    max = Math.max(max, hi);
  }
  return items.length === 0 ? { min: 1, max: 5, items } : { min, max, items };
}

/** Item stem of a column name (letters before the trailing number), for grouping items into constructs. */
export function stem(name: string): string {
  return name.replace(/[_.-]?\d+$/, "") || name;
}

/**
 * The data preview: size and encoding, item descriptives with missing values (psych::describe columns), the
 * number of complete rows, text columns, and the Likert response distributions grouped by item stem.
 * @param ds the data
 * @param info file name and encoding or worksheet
 * @param scale response scale and Likert items
 * @param lang interface language
 * @returns the preview element
 * @example root.append(dataPreview(ds, { name: "survey.csv", source: "utf-8" }, likertScale(ds), "en"));
 */
export function dataPreview(ds: Dataset, info: { name: string; source: string }, scale: LikertScale, lang: Lang): HTMLElement {
  const numeric = ds.names.filter((n) => ds.columns.get(n)!.kind === "numeric");
  const text = ds.names.filter((n) => ds.columns.get(n)!.kind === "text");
  const d = describe(ds, numeric, {});
  let complete = 0;
  for (let i = 0; i < ds.n; i++) if (numeric.every((n) => !Number.isNaN((ds.columns.get(n)!.values as Float64Array)[i]!))) complete++;
  const totalMissing = d.items.reduce((s, it) => s + it.missing, 0);
  const zh = lang === "zh-CN";
  const rows = d.items.map((it) => [it.name, it.n, it.missing, it.mean, it.sd, it.min, it.max, it.skew, it.kurtosis] as (string | number)[]);
  const out = h("div", { class: "preview", "data-testid": "data-preview" },
    h("p", { "data-testid": "data-info" }, zh
      ? `${info.name}：${ds.n} ${t("rows", lang)}，${ds.names.length} ${t("columns", lang)}（${info.source}）。${t("missingValues", lang)}：${totalMissing}；${t("completeRows", lang)}：${complete} / ${ds.n}。`
      : `${info.name}: ${ds.n} ${t("rows", lang)}, ${ds.names.length} ${t("columns", lang)} (${info.source}). ${t("missingValues", lang)}: ${totalMissing}; ${t("completeRows", lang)}: ${complete} / ${ds.n}.`),
    text.length > 0 ? h("p", {}, `${t("textColumns", lang)}${zh ? "：" : ": "}${text.join(zh ? "、" : ", ")}`) : null,
    h("h3", {}, t("descriptives", lang)),
    h("div", { class: "scroll" }, table([t("item", lang), "n", t("missing", lang), t("mean", lang), t("sd", lang), t("min", lang), t("max", lang), t("skew", lang), t("kurtosis", lang)],
      rows.map((r) => r.map((c, j) => (j === 1 || j === 2 || ((j === 5 || j === 6) && Number.isInteger(c)) ? String(c) : c))), { "data-testid": "descriptives" })));
  if (scale.items.length > 0) {
    const lik = describe(ds, scale.items, { scale: { min: scale.min, max: scale.max } });
    const groups = new Map<string, typeof lik.items>();
    for (const it of lik.items) groups.set(stem(it.name), [...(groups.get(stem(it.name)) ?? []), it]);
    const spec = likertChart([...groups].map(([construct, items]) => ({ construct, items })), { locale: lang });
    out.append(h("h3", {}, t("likertChart", lang)), chartFigure("likert", spec, `${t("likertChart", lang)} (${scale.min}–${scale.max})`, { "data-testid": "likert-chart" }));
  }
  return out;
}
