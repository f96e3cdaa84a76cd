import type { TotalVarianceExplained, VarianceCells } from "../../efa/totalVarianceExplained.ts";
import { cellsRow, numberCell, textCell } from "../table.ts";
import type { ApaTable, TableCell } from "../table.ts";
import type { TableContext } from "./tableContext.ts";

/**
 * SPSS's "Total Variance Explained" table: for each component the initial eigenvalue with % of variance and
 * cumulative %, and for the retained factors the extraction and rotation sums of squared loadings (rotation totals
 * only after an oblique rotation).
 * Source: IBM SPSS Statistics FACTOR output; psych 2.2.9 fa()$e.values and $Vaccounted.
 * @param t the table of `totalVarianceExplained`
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example totalVarianceTable(res.efa.totalVariance, ctx);
 */
export function totalVarianceTable(t: TotalVarianceExplained, ctx: TableContext): ApaTable {
  const zh = ctx.lang === "zh-CN";
  const m = t.extraction.length;
  const three = (v: VarianceCells | undefined): TableCell[] =>
    v === undefined ? [textCell(""), textCell(""), textCell("")] : [numberCell(v.total, 3), Number.isNaN(v.percent) ? textCell("") : numberCell(v.percent, 2), Number.isNaN(v.cumulative) ? textCell("") : numberCell(v.cumulative, 2)];
  const groups = zh ? ["初始特征值", "提取载荷平方和", "旋转载荷平方和"] : ["Initial eigenvalues", "Extraction sums of squared loadings", "Rotation sums of squared loadings"];
  const sub = zh ? ["总计", "方差百分比 %", "累积 %"] : ["Total", "% of variance", "Cumulative %"];
  return {
    id: "total_variance", number: ctx.number, title: zh ? "总方差解释" : "Total variance explained",
    columns: [{ label: zh ? "成分" : "Component", align: "left" as const }, ...groups.flatMap((g) => sub.map((s) => ({ label: `${g}: ${s}`, align: "right" as const })))],
    rows: t.initial.map((ini, k) => cellsRow([textCell(String(k + 1)), ...three(ini), ...three(k < m ? t.extraction[k] : undefined), ...three(k < m ? t.rotation[k] : undefined)])),
    notes: [zh
      ? `共 ${t.items.length} 个题项，提取 ${m} 个因子。${t.oblique ? "斜交旋转后因子相关，旋转载荷平方和不能相加，只列总计（同 SPSS）。" : ""}`
      : `${t.items.length} items, ${m} factors extracted.${t.oblique ? " After an oblique rotation the factors are correlated and their sums of squared loadings cannot be added: totals only (as SPSS)." : ""}`],
  };
}
