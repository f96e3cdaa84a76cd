import { label } from "../../i18n/labels.ts";
import type { ScaleReliability } from "../../reliability/types.ts";
import { cellsRow, intervalCell, numberCell, sectionRow, textCell } from "../table.ts";
import type { ApaTable, TableRow } from "../table.ts";
import { constructName } from "./tableContext.ts";
import type { TableContext } from "./tableContext.ts";

const r3 = (x: number | null | undefined) => numberCell(x, 3, { leadingZero: false });

/**
 * Scale reliability: number of items, Cronbach's α with Feldt's 95% CI, McDonald's ω and the mean inter-item
 * correlation of each construct.
 * Source: Cronbach (1951); Feldt, Woodruff & Salih (1987); McDonald (1999); psych::alpha (Revelle 2022).
 * @param scales α and ω per construct
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example reliabilityTable(res.reliability, ctx);
 */
export function reliabilityTable(scales: readonly ScaleReliability[], ctx: TableContext): ApaTable {
  const { lang } = ctx;
  return {
    id: "reliability", number: ctx.number, title: label("reliability", lang),
    columns: (["construct", "items", "alpha", "alphaCi", "omega", "averageR"] as const).map((k, j) => ({ label: label(k, lang), align: j === 0 ? "left" as const : "right" as const })),
    rows: scales.map((s) => cellsRow([textCell(constructName(ctx, s.name)), numberCell(s.alpha.items.length, 0), r3(s.alpha.total.rawAlpha),
      intervalCell(s.alpha.feldt.lower, s.alpha.feldt.upper, 3, false), r3(s.omega.omega), r3(s.alpha.total.averageR)])),
    notes: [lang === "zh-CN"
      ? "α 为 Cronbach's α（成对删除，同 psych::alpha），95% 置信区间为 Feldt 法；ω 为单因子 minres 模型的 McDonald's ω。α ≥ .70 表示内部一致性可接受。"
      : "α = Cronbach's alpha (pairwise deletion, as psych::alpha) with Feldt's 95% CI; ω = McDonald's omega from a one-factor minres model. α ≥ .70 is conventionally acceptable."],
  };
}

/**
 * Item-total statistics per construct: item mean and SD, corrected item–total correlation (CITC, psych r.drop)
 * and α if the item is deleted.
 * @param scales α results per construct
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example itemTotalTable(res.reliability, ctx);
 */
export function itemTotalTable(scales: readonly ScaleReliability[], ctx: TableContext): ApaTable {
  const { lang } = ctx;
  const rows: TableRow[] = [];
  for (const s of scales) {
    rows.push(sectionRow(`${constructName(ctx, s.name)}: α = ${s.alpha.total.rawAlpha.toFixed(3).replace(/^0/, "")}`));
    s.alpha.itemStats.forEach((it, j) => rows.push(cellsRow([textCell(s.alpha.reversed.includes(it.item) ? `${it.item} (R)` : it.item),
      numberCell(it.mean, 2), numberCell(it.sd, 2), r3(it.rDrop), r3(s.alpha.alphaDrop[j]?.rawAlpha)])));
  }
  return {
    id: "item_total", number: ctx.number, title: label("itemTotal", lang),
    columns: (["item", "mean", "sd", "citc", "alphaIfDeleted"] as const).map((k, j) => ({ label: label(k, lang), align: j === 0 ? "left" as const : "right" as const })),
    rows,
    notes: [lang === "zh-CN" ? "CITC 为校正题项-总分相关（psych r.drop）；(R) 为反向计分题项。CITC < .30 或删除后 α 明显提高的题项值得检查。"
      : "CITC = corrected item–total correlation (psych r.drop); (R) = reverse-coded item. Items with CITC < .30, or whose deletion raises α clearly, deserve a look."],
  };
}
