import { label } from "../../i18n/labels.ts";
import type { SemFit } from "../../sem/types.ts";
import type { ValidityResult } from "../../validity/types.ts";
import { cellsRow, numberCell, pCell, sectionRow, textCell } from "../table.ts";
import type { ApaTable, TableCell, TableRow } from "../table.ts";
import { constructName } from "./tableContext.ts";
import type { TableContext } from "./tableContext.ts";

const r3 = (x: number | null | undefined, bold = false): TableCell => numberCell(x, 3, { leadingZero: false, bold });

/**
 * CFA loadings per construct: unstandardized loading B, SE, z, p, standardized loading (lavaan std.all), and the
 * construct's composite reliability (CR) and AVE on its first row.
 * Source: lavaan parameterEstimates (Rosseel 2012); CR and AVE as semTools 0.5-6 compRelSEM / AVE; Fornell &
 * Larcker (1981) for CR ≥ .70 and AVE ≥ .50.
 * @param fit the CFA fit
 * @param validity construct validity of the fit (null when unavailable)
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example cfaLoadingsTable(res.cfa.fit, res.cfa.validity.result, ctx);
 */
export function cfaLoadingsTable(fit: SemFit, validity: ValidityResult | null, ctx: TableContext): ApaTable {
  const { lang } = ctx;
  const rows: TableRow[] = [];
  const pe = fit.parameterEstimates().filter((r) => r.op === "=~" && r.group <= 1);
  for (const f of [...new Set(pe.map((r) => r.lhs))]) {
    rows.push(sectionRow(constructName(ctx, f)));
    pe.filter((r) => r.lhs === f).forEach((r, j) => rows.push(cellsRow([
      textCell(r.rhs), numberCell(r.est, 3), numberCell(r.se === 0 ? null : r.se, 3), numberCell(r.z, 2), pCell(r.pvalue), r3(r["std.all"]),
      j === 0 ? r3(validity?.compositeReliability[f]) : textCell(""), j === 0 ? r3(validity?.ave[f]) : textCell(""),
    ])));
  }
  return {
    id: "cfa_loadings", number: ctx.number, title: label("cfaLoadings", lang),
    columns: (["item", "unstd", "se", "z", "p", "stdLoading", "cr", "ave"] as const).map((k, j) => ({ label: label(k, lang), align: j === 0 ? "left" as const : "right" as const })),
    rows,
    notes: [lang === "zh-CN"
      ? `估计方法：${fit.estimator}，N = ${fit.ntotal}。每个构念的第一个载荷固定为 1（无标准误）。CR 与 AVE 按 semTools 0.5-6 计算；CR ≥ .70、AVE ≥ .50 为常用标准（Fornell & Larcker, 1981）。`
      : `Estimator: ${fit.estimator}, N = ${fit.ntotal}. The first loading of each construct is fixed to 1 (no SE). CR and AVE as semTools 0.5-6; CR ≥ .70 and AVE ≥ .50 are the usual criteria (Fornell & Larcker, 1981).`],
  };
}

function lowerTriangle(id: string, title: string, v: ValidityResult, values: readonly (readonly number[])[], diag: (i: number) => TableCell, ctx: TableContext, notes: string[]): ApaTable {
  const names = v.constructs;
  return {
    id, number: ctx.number, title,
    columns: [{ label: label("construct", ctx.lang), align: "left" }, ...names.map((n) => ({ label: n, align: "right" as const }))],
    rows: names.map((n, i) => cellsRow([textCell(constructName(ctx, n)), ...names.map((_, j) => (j < i ? r3(values[i]![j]!) : j === i ? diag(i) : textCell("")))])),
    notes,
  };
}

/**
 * Fornell–Larcker table: √AVE on the diagonal (bold), latent correlations below it; discriminant validity holds
 * for a construct when its √AVE exceeds its correlations with every other construct.
 * Source: Fornell & Larcker (1981), J. Marketing Research 18(1), 39–50.
 * @param v construct validity
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example fornellLarckerTable(validity, ctx);
 */
export function fornellLarckerTable(v: ValidityResult, ctx: TableContext): ApaTable {
  const fl = v.fornellLarcker;
  const fails = v.constructs.filter((c) => fl.pass[c] === false);
  const en = `Diagonal (bold): √AVE; below the diagonal: latent correlations. ${fails.length === 0 ? "Every construct's √AVE exceeds its correlations." : `√AVE does not exceed every correlation for ${fails.join(", ")}.`}`;
  const zh = `对角线（粗体）为 AVE 的平方根，下三角为潜变量相关系数。${fails.length === 0 ? "各构念的 √AVE 均大于其与其他构念的相关系数，区分效度良好。" : `${fails.join("、")} 的 √AVE 未大于全部相关系数。`}`;
  return lowerTriangle("fornell_larcker", label("fornellLarcker", ctx.lang), v, v.latentCorrelations.matrix,
    (i) => r3(fl.sqrtAve[v.constructs[i]!], true), ctx, [ctx.lang === "zh-CN" ? zh : en]);
}

/**
 * HTMT table (lower triangle): heterotrait–monotrait ratios (HTMT2, semTools defaults); values below .85
 * (strict) or .90 (liberal) support discriminant validity.
 * Source: Henseler, Ringle & Sarstedt (2015); Roemer, Schuberth & Henseler (2021) for HTMT2; semTools::htmt.
 * @param v construct validity
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example htmtTable(validity, ctx);
 */
export function htmtTable(v: ValidityResult, ctx: TableContext): ApaTable {
  const vals = v.htmt.matrix.flatMap((r, i) => r.filter((_, j) => j < i));
  const max = Math.max(...vals);
  const en = `HTMT2 (geometric means of absolute item correlations; semTools::htmt defaults). Largest value ${max.toFixed(3)}: ${max < 0.85 ? "all below .85" : max < 0.9 ? "all below .90, not all below .85" : "some reach .90"}.`;
  const zh = `HTMT2（题项相关绝对值的几何平均，semTools::htmt 默认设置）。最大值为 ${max.toFixed(3)}：${max < 0.85 ? "均小于 .85" : max < 0.9 ? "均小于 .90" : "部分达到 .90"}。`;
  return lowerTriangle("htmt", label("htmt", ctx.lang), v, v.htmt.matrix, () => textCell("—"), ctx, [ctx.lang === "zh-CN" ? zh : en]);
}
