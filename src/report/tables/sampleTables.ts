import { label } from "../../i18n/labels.ts";
import type { ProfileVariable } from "../../thesis/sampleProfile.ts";
import type { DescribeResult, ItemDescription } from "../../data/describe.ts";
import type { ReverseCodingRow } from "../../thesis/result.ts";
import { cellsRow, numberCell, sectionRow, textCell } from "../table.ts";
import type { ApaTable, TableRow } from "../table.ts";
import { constructName } from "./tableContext.ts";
import type { TableContext } from "./tableContext.ts";

/**
 * Sample profile: frequency and percentage of each category of each background variable.
 * @param sample the sample profile
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example sampleProfileTable(res.sample, ctx).rows.length;
 */
export function sampleProfileTable(sample: readonly ProfileVariable[], ctx: TableContext): ApaTable {
  const { lang } = ctx;
  const rows: TableRow[] = [];
  for (const v of sample) {
    rows.push(sectionRow(v.name));
    for (const c of v.categories) rows.push(cellsRow([textCell(c.value), numberCell(c.n, 0), numberCell(c.percent, 1)]));
    if (v.missing > 0) rows.push(cellsRow([textCell(label("missingCategory", lang)), numberCell(v.missing, 0), numberCell((100 * v.missing) / v.total, 1)]));
  }
  const n = sample[0]?.total ?? 0;
  return {
    id: "sample_profile", number: ctx.number, title: label("sampleProfile", lang),
    columns: [{ label: label("category", lang), align: "left" }, { label: label("n", lang), align: "right" }, { label: label("percent", lang), align: "right" }],
    rows, notes: [lang === "zh-CN" ? `N = ${n}。百分比以全部样本为基数。` : `N = ${n}. Percentages are of all respondents.`],
  };
}

/**
 * Item descriptives (after reverse-coding): n, missing, mean, SD, skewness and excess kurtosis (psych type 3),
 * minimum and maximum, grouped by construct; reverse-coded items are marked (R).
 * @param d item descriptives
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example descriptivesTable(res.descriptives, ctx);
 */
export function descriptivesTable(d: DescribeResult, ctx: TableContext): ApaTable {
  const { lang, config } = ctx;
  const rows = itemRowsByConstruct(d, ctx, (name, it) => cellsRow([textCell(config.reverse.includes(name) ? `${name} (R)` : name),
    numberCell(it.n, 0), numberCell(it.missing, 0), numberCell(it.mean, 2), numberCell(it.sd, 2), numberCell(it.skew, 2),
    numberCell(it.kurtosis, 2), numberCell(it.min, 0), numberCell(it.max, 0)]));
  const cols = (["item", "valid", "missing", "mean", "sd", "skew", "kurtosis", "min", "max"] as const)
    .map((k, j) => ({ label: label(k, lang), align: j === 0 ? "left" as const : "right" as const }));
  const note = lang === "zh-CN"
    ? `(R) 为反向题，已按 ${config.scale.min + config.scale.max} − x 反向计分。偏度与峰度为 psych 第 3 类估计（峰度为超额峰度）。`
    : `(R) = reverse-worded item, recoded as ${config.scale.min + config.scale.max} − x. Skewness and excess kurtosis are psych type 3 estimates.`;
  return { id: "item_descriptives", number: ctx.number, title: label("descriptives", lang), columns: cols, rows, notes: [note] };
}

/** One section row per construct, then one row per item of it that has descriptives (in the config's order). */
function itemRowsByConstruct(d: DescribeResult, ctx: TableContext, row: (name: string, it: ItemDescription) => TableRow): TableRow[] {
  const byName = new Map(d.items.map((it) => [it.name, it]));
  const rows: TableRow[] = [];
  for (const c of ctx.config.constructs) {
    rows.push(sectionRow(constructName(ctx, c.name)));
    for (const name of c.items) {
      const it = byName.get(name);
      if (it !== undefined) rows.push(row(name, it));
    }
  }
  return rows;
}

/**
 * Likert response distributions: percentage of each response category per item (of the item's valid answers).
 * @param d item descriptives (their category frequencies)
 * @param ctx language, table number, configuration (scale and category labels)
 * @returns the table
 * @throws never
 * @example likertTable(res.descriptives, ctx);
 */
export function likertTable(d: DescribeResult, ctx: TableContext): ApaTable {
  const { lang, config } = ctx;
  const cats: number[] = [];
  for (let v = config.scale.min; v <= config.scale.max; v++) cats.push(v);
  const names = config.scaleLabels?.[lang] ?? config.scaleLabels?.en;
  const rows = itemRowsByConstruct(d, ctx, (name, it) =>
    cellsRow([textCell(name), ...cats.map((v) => numberCell((100 * (it.frequencies.find((f) => f.value === v)?.count ?? 0)) / it.n, 1))]));
  const note = names !== undefined && names.length === cats.length ? cats.map((v, j) => `${v} = ${names[j]}`).join("; ") + "." : "";
  return {
    id: "likert_distribution", number: ctx.number, title: label("likert", lang),
    columns: [{ label: label("item", lang), align: "left" }, ...cats.map((v) => ({ label: `${v} (%)`, align: "right" as const }))],
    rows, notes: [lang === "zh-CN" ? `各题项有效回答的百分比；反向题为反向计分后的分布。${note}` : `Percent of each item's valid answers; reverse-worded items after recoding. ${note}`.trim()],
  };
}

/**
 * Reverse-coded items: mean and corrected item–total correlation (CITC) as answered and after recoding.
 * @param rows one row per reverse-coded item
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example reverseCodingTable(res.reverseCoding, ctx);
 */
export function reverseCodingTable(rows: readonly ReverseCodingRow[], ctx: TableContext): ApaTable {
  const { lang, config } = ctx;
  const k = config.scale.min + config.scale.max;
  return {
    id: "reverse_coding", number: ctx.number, title: label("reverseCoding", lang),
    columns: (["item", "construct", "meanBefore", "meanAfter", "citcBefore", "citcAfter"] as const).map((key, j) => ({ label: label(key, lang), align: j < 2 ? "left" as const : "right" as const })),
    rows: rows.map((r) => cellsRow([textCell(r.item), textCell(r.construct), numberCell(r.meanBefore, 2), numberCell(r.meanAfter, 2),
      numberCell(r.rDropBefore, 2, { leadingZero: false }), numberCell(r.rDropAfter, 2, { leadingZero: false })])),
    notes: [lang === "zh-CN" ? `反向计分：x′ = ${k} − x。CITC 为校正题项-总分相关（psych r.drop）。` : `Recoding: x′ = ${k} − x. CITC = corrected item–total correlation (psych r.drop).`],
  };
}
