import type { CommonMethodBiasResult } from "../../cmb/commonMethodBias.ts";
import type { Lang } from "../../i18n/labels.ts";
import { cellsRow, numberCell, pCell, textCell } from "../table.ts";
import type { ApaTable } from "../table.ts";
import type { TableContext } from "./tableContext.ts";

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

/**
 * Common-method-bias table: the CFA of the traits alone, with the unmeasured latent method factor, and their
 * difference (Δχ², Δdf, p, ΔCFI, ΔTLI, ΔRMSEA, ΔSRMR); the notes give Harman's single-factor share and the mean
 * variance the method factor and the traits explain.
 * Source: Podsakoff et al. (2003); Williams, Cote & Buckley (1989); Harman (1976).
 * @param r the common-method-bias result
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example cmbTable(res.cmb.result, ctx);
 */
export function cmbTable(r: CommonMethodBiasResult, ctx: TableContext): ApaTable {
  const zh = ctx.lang === "zh-CN";
  const m = r.methodFactor, d3 = (x: number) => numberCell(x, 3, { leadingZero: false });
  const row = (name: string, f: typeof m.baseline) => cellsRow([textCell(name), numberCell(f.chisq, 2), numberCell(f.df, 0), textCell(""), d3(f.cfi), d3(f.tli), d3(f.rmsea), d3(f.srmr)]);
  return {
    id: "common_method_bias", number: ctx.number, title: zh ? "共同方法偏差检验：控制未测单一方法潜因子" : "Common-method bias: unmeasured latent method factor",
    columns: [zh ? "模型" : "Model", "χ²", "df", "p", "CFI", "TLI", "RMSEA", "SRMR"].map((l, j) => ({ label: l, align: j === 0 ? "left" as const : "right" as const })),
    rows: [
      row(zh ? "特质因子模型" : "Traits only", m.baseline),
      row(zh ? "加入方法因子" : "Traits + method factor", m.method),
      cellsRow([textCell(zh ? "差异 Δ" : "Difference Δ"), numberCell(m.deltaChisq, 2), numberCell(m.deltaDf, 0), pCell(m.pvalue), d3(m.deltaCfi), d3(m.deltaTli), d3(m.deltaRmsea), d3(m.deltaSrmr)]),
    ],
    notes: [zh
      ? `Harman 单因子检验：未旋转的主成分分析中第一个因子解释了 ${pct(r.harman.pca.proportion)} 的变异（主轴因子法 ${pct(r.harman.factor.proportion)}），${r.harman.passes ? "低于" : "不低于"} ${pct(r.harman.cutoff)} 的临界标准。方法因子载荷相等、方差固定为 1，且与特质因子不相关；方法因子平均解释题项变异的 ${pct(m.meanMethodVariance)}，特质因子平均解释 ${pct(m.meanTraitVariance)}。`
      : `Harman's single-factor test: the first unrotated principal component explains ${pct(r.harman.pca.proportion)} of the variance (principal-axis factor ${pct(r.harman.factor.proportion)}), ${r.harman.passes ? "below" : "not below"} the ${pct(r.harman.cutoff)} criterion. The method factor has equal loadings on every item, variance 1 and no correlation with the traits; it explains on average ${pct(m.meanMethodVariance)} of the items' variance, the traits ${pct(m.meanTraitVariance)}.`],
  };
}

/**
 * The report's sentence on common-method bias: Harman's share against the cut-off and the change in fit when the
 * method factor is added (ΔCFI, ΔRMSEA; changes below .01 / .05 count as no substantial bias).
 * Source: Podsakoff et al. (2003); changes in fit after 温忠麟等 and common thesis practice (ΔCFI, ΔTLI < .01; ΔRMSEA, ΔSRMR < .05).
 * @param r the common-method-bias result
 * @param lang report language
 * @returns the paragraph
 * @throws never
 * @example cmbParagraph(res.cmb.result, "zh-CN");
 */
export function cmbParagraph(r: CommonMethodBiasResult, lang: Lang): string {
  const m = r.methodFactor;
  const small = Math.abs(m.deltaCfi) < 0.01 && Math.abs(m.deltaTli) < 0.01 && Math.abs(m.deltaRmsea) < 0.05 && Math.abs(m.deltaSrmr) < 0.05;
  const f = (x: number): string => (Math.abs(x) < 0.0005 ? 0 : x).toFixed(3).replace("-", "−");
  return lang === "zh-CN"
    ? `采用 Harman 单因子检验和控制未测单一方法潜因子法检验共同方法偏差。未旋转的第一个因子解释了 ${pct(r.harman.pca.proportion)} 的变异，${r.harman.passes ? "低于" : "高于"} ${pct(r.harman.cutoff)}；加入方法因子后，ΔCFI = ${f(m.deltaCfi)}，ΔTLI = ${f(m.deltaTli)}，ΔRMSEA = ${f(m.deltaRmsea)}，ΔSRMR = ${f(m.deltaSrmr)}，${small ? "模型拟合没有明显改善，说明不存在严重的共同方法偏差" : "模型拟合明显改善，共同方法偏差可能影响结果"}。`
    : `Common-method bias was checked with Harman's single-factor test and an unmeasured latent method factor. The first unrotated factor explains ${pct(r.harman.pca.proportion)} of the variance, ${r.harman.passes ? "below" : "above"} ${pct(r.harman.cutoff)}; adding the method factor changes the fit by ΔCFI = ${f(m.deltaCfi)}, ΔTLI = ${f(m.deltaTli)}, ΔRMSEA = ${f(m.deltaRmsea)} and ΔSRMR = ${f(m.deltaSrmr)}, ${small ? "no substantial improvement, so common-method bias is not a serious concern" : "a clear improvement, so common-method bias may affect the results"}.`;
}
