import { label } from "../../i18n/labels.ts";
import type { ThesisInvariance } from "../../thesis/result.ts";
import { cellsRow, numberCell, pCell, textCell } from "../table.ts";
import type { ApaTable } from "../table.ts";
import type { TableContext } from "./tableContext.ts";

/**
 * Measurement invariance ladder: χ², df, CFI, RMSEA and SRMR of the configural, metric, scalar and strict
 * models, with Δχ² (Satorra–Bentler scaled under MLR), Δdf, p, ΔCFI, ΔRMSEA, ΔSRMR and the decision (Chen 2007).
 * Source: Chen (2007); Satorra & Bentler (2001); Vandenberg & Lance (2000).
 * @param s the invariance step
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example invarianceTable(res.invariance, ctx);
 */
export function invarianceTable(s: ThesisInvariance, ctx: TableContext): ApaTable {
  const { lang } = ctx;
  const d3 = (x: number | null) => numberCell(x, 3, { leadingZero: false });
  const groups = s.groups.map((g, i) => `${g} (n = ${s.nobs[i]})`).join(", ");
  return {
    id: "invariance", number: ctx.number, title: `${label("invariance", lang)}: ${s.group}`,
    columns: [label("model", lang), "χ²", "df", "CFI", "RMSEA", "SRMR", label("deltaChisq", lang), label("deltaDf", lang), "p", label("deltaCfi", lang), label("deltaRmsea", lang), label("deltaSrmr", lang), label("decision", lang)]
      .map((l, j) => ({ label: l, align: j === 0 || j === 12 ? "left" as const : "right" as const })),
    rows: s.rows.map((r) => cellsRow([textCell(label(r.step, lang)), numberCell(r.chisq, 2), numberCell(r.df, 0), d3(r.cfi), d3(r.rmsea), d3(r.srmr),
      numberCell(r.deltaChisq, 2), numberCell(r.deltaDf, 0), pCell(r.deltaP), d3(r.deltaCfi), d3(r.deltaRmsea), d3(r.deltaSrmr),
      textCell(r.invariant === null ? "" : label(r.invariant ? "invariant" : "notInvariant", lang))])),
    notes: [lang === "zh-CN"
      ? `分组：${groups}；估计方法 ${s.estimator}${s.statistics === "robust" ? "，χ² 为校正卡方，CFI 与 RMSEA 为稳健版本，Δχ² 为 Satorra–Bentler (2001) 校正差异检验" : ""}。判断标准（Chen, 2007）：CFI 下降 ≥ .010 且 RMSEA 上升 ≥ .015 或 SRMR 上升 ≥ .030（度量）/.010（标量、严格）时拒绝等同。`
      : `Groups: ${groups}; estimator ${s.estimator}${s.statistics === "robust" ? "; χ² is the scaled statistic, CFI and RMSEA the robust versions, Δχ² the Satorra–Bentler (2001) scaled difference" : ""}. A step is rejected when CFI drops by .010 or more together with an RMSEA rise of .015 or more or an SRMR rise of .030 (metric) / .010 (scalar, strict) or more (Chen, 2007).`],
  };
}
