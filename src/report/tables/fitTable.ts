import { label } from "../../i18n/labels.ts";
import type { SemFit } from "../../sem/types.ts";
import { cellsRow, intervalCell, numberCell, pCell, textCell } from "../table.ts";
import type { ApaTable, TableCell } from "../table.ts";
import type { TableContext } from "./tableContext.ts";

/**
 * The fitMeasures() keys a fit table reads: plain ML statistics, or the scaled χ² and robust indices under MLR.
 * @param robust MLR (true) or ML (false)
 * @returns the keys of χ², its p, CFI, TLI, RMSEA and the RMSEA CI bounds
 * @throws never
 * @example fitKeys(true).cfi; // "cfi.robust"
 */
export function fitKeys(robust: boolean): { chisq: string; pvalue: string; cfi: string; tli: string; rmsea: string; lo: string; hi: string } {
  return robust
    ? { chisq: "chisq.scaled", pvalue: "pvalue.scaled", cfi: "cfi.robust", tli: "tli.robust", rmsea: "rmsea.robust", lo: "rmsea.ci.lower.robust", hi: "rmsea.ci.upper.robust" }
    : { chisq: "chisq", pvalue: "pvalue", cfi: "cfi", tli: "tli", rmsea: "rmsea", lo: "rmsea.ci.lower", hi: "rmsea.ci.upper" };
}

/**
 * Model fit indices of the measurement and structural models side by side with their criteria: χ² (Yuan–Bentler
 * scaled under MLR), df, p, χ²/df, CFI, TLI (robust versions under MLR), RMSEA with its 90% CI (robust under
 * MLR) and SRMR.
 * Source: lavaan fitMeasures; Hu & Bentler (1999) cutoffs; Kline (2016) for χ²/df; Brosseau-Liard & Savalei
 * (2014) and Savalei (2018) for robust CFI/TLI/RMSEA.
 * @param models fits with their column labels (e.g. measurement, structural)
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example fitTable([{ label: "CFA", fit }], ctx);
 */
export function fitTable(models: readonly { readonly label: string; readonly fit: SemFit }[], ctx: TableContext): ApaTable {
  const { lang } = ctx;
  const robust = models.some((m) => m.fit.estimator === "MLR");
  const k = fitKeys(robust);
  const fm = models.map((m) => m.fit.fitMeasures());
  const row = (name: string, cell: (f: Readonly<Record<string, number>>) => TableCell, crit: string) => cellsRow([textCell(name), ...fm.map(cell), textCell(crit)]);
  const three = (key: string) => (f: Readonly<Record<string, number>>) => numberCell(f[key], 3, { leadingZero: false });
  const zh = lang === "zh-CN";
  return {
    id: "fit_indices", number: ctx.number, title: label("fitIndices", lang),
    columns: [{ label: label("index", lang), align: "left" }, ...models.map((m) => ({ label: m.label, align: "right" as const })), { label: label("cutoff", lang), align: "left" }],
    rows: [
      row("χ²", (f) => numberCell(f[k.chisq], 2), ""),
      row("df", (f) => numberCell(f.df, 0), ""),
      row("p", (f) => pCell(f[k.pvalue]), zh ? "> .05（大样本下常显著）" : "> .05 (often significant in large samples)"),
      row("χ²/df", (f) => numberCell(f[k.chisq]! / f.df!, 2), zh ? "< 3（< 5 可接受）" : "< 3 (< 5 acceptable)"),
      row("CFI", three(k.cfi), zh ? "≥ .95（≥ .90 可接受）" : "≥ .95 (≥ .90 acceptable)"),
      row("TLI", three(k.tli), zh ? "≥ .95（≥ .90 可接受）" : "≥ .95 (≥ .90 acceptable)"),
      row("RMSEA", three(k.rmsea), zh ? "≤ .06（≤ .08 可接受）" : "≤ .06 (≤ .08 acceptable)"),
      row(zh ? "RMSEA 90% 置信区间" : "RMSEA 90% CI", (f) => intervalCell(f[k.lo], f[k.hi], 3, false), ""),
      row("SRMR", three("srmr"), zh ? "≤ .08" : "≤ .08"),
      row("GFI", three("gfi"), zh ? "≥ .90（≥ .85 可接受）" : "≥ .90 (≥ .85 acceptable)"),
      row("AGFI", three("agfi"), zh ? "≥ .90（≥ .80 可接受）" : "≥ .90 (≥ .80 acceptable)"),
    ],
    notes: [robust
      ? (zh ? "MLR 估计：χ² 为 Yuan–Bentler 校正卡方，CFI、TLI、RMSEA 为稳健版本（Brosseau-Liard & Savalei, 2014; Savalei, 2018）。判断标准见 Hu & Bentler (1999)。"
        : "MLR: χ² is the Yuan–Bentler scaled statistic; CFI, TLI and RMSEA are the robust versions (Brosseau-Liard & Savalei, 2014; Savalei, 2018). Criteria after Hu & Bentler (1999).")
      : (zh ? "最大似然估计。判断标准见 Hu & Bentler (1999) 与 Kline (2016)。" : "Maximum likelihood. Criteria after Hu & Bentler (1999) and Kline (2016)."),
    ...(models.some((m) => m.fit.parameterEstimates().some((r) => r.op === "~1"))
      ? [zh ? "GFI 与 AGFI 按 lavaan 的计算包含均值结构（FIML 估计时模型含均值），与拟合指标图一致。"
        : "GFI and AGFI as lavaan computes them with the mean structure (the FIML model includes means), as in the fit-index figure."]
      : [])],
  };
}
