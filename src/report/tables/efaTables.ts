import { label } from "../../i18n/labels.ts";
import type { EfaStep } from "../../thesis/result.ts";
import { cellsRow, numberCell, pCell, sectionRow, textCell } from "../table.ts";
import type { ApaTable, TableRow } from "../table.ts";
import { constructName } from "./tableContext.ts";
import type { TableContext } from "./tableContext.ts";

/** Loadings below this absolute value are left blank in the EFA table (a common thesis convention). */
export const EFA_SUPPRESS = 0.3;

/**
 * Sampling adequacy and the number of factors: KMO, Bartlett's test of sphericity, the factor and component
 * counts suggested by parallel analysis, the number extracted and the complete cases analysed.
 * Source: Kaiser (1970, 1974); Bartlett (1951); Horn (1965); psych::KMO, cortest.bartlett, fa.parallel.
 * @param s the EFA step
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example adequacyTable(res.efa, ctx);
 */
export function adequacyTable(s: EfaStep, ctx: TableContext): ApaTable {
  const { lang } = ctx;
  const e = s.efa;
  const row = (k: Parameters<typeof label>[0], c: ReturnType<typeof numberCell>) => cellsRow([textCell(label(k, lang)), c]);
  return {
    id: "efa_adequacy", number: ctx.number, title: label("adequacy", lang),
    columns: [{ label: label("statistic", lang), align: "left" }, { label: label("value", lang), align: "right" }],
    rows: [
      row("kmo", numberCell(e.kmo.overall, 3, { leadingZero: false })), row("bartlettChisq", numberCell(e.bartlett.chisq, 2)),
      row("df", numberCell(e.bartlett.df, 0)), row("p", pCell(e.bartlett.pvalue)),
      row("paFactors", numberCell(s.parallel.nfactors, 0)), row("paComponents", numberCell(s.parallel.ncomponents, 0)),
      row("nFactorsExtracted", numberCell(e.nfactors, 0)), row("completeCases", numberCell(e.nobs, 0)),
    ],
    notes: [lang === "zh-CN"
      ? `平行分析：${s.parallel.iterations} 次模拟（种子 ${s.parallel.seed}），与随机特征值均值比较。KMO ≥ .80 为良好，Bartlett 检验显著表示适合做因子分析。`
      : `Parallel analysis: ${s.parallel.iterations} simulated data sets (seed ${s.parallel.seed}), observed eigenvalues compared with the mean random ones. KMO ≥ .80 is meritorious; a significant Bartlett test shows the correlations are not an identity matrix.`],
  };
}

/**
 * EFA pattern loadings, items grouped by construct, factors labelled with the construct they match; loadings
 * with |λ| < .30 are left blank, the largest loading of each item is bold; communalities h², and SS loadings with
 * the variance explained at the bottom.
 * @param s the EFA step
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example efaLoadingsTable(res.efa, ctx);
 */
export function efaLoadingsTable(s: EfaStep, ctx: TableContext): ApaTable {
  const { lang, config } = ctx;
  const e = s.efa;
  const m = e.nfactors;
  const rows: TableRow[] = [];
  const emitted = new Set<string>();
  const itemRow = (item: string): void => {
    const i = e.items.indexOf(item);
    if (i < 0 || emitted.has(item)) return;
    emitted.add(item);
    const L = e.loadings[i]!;
    const top = L.reduce((b, v, f) => (Math.abs(v) > Math.abs(L[b]!) ? f : b), 0);
    rows.push(cellsRow([textCell(item), ...L.map((v, f) => (Math.abs(v) < EFA_SUPPRESS ? textCell("") : numberCell(v, 2, { leadingZero: false, bold: f === top }))),
      numberCell(e.communalities[i], 2, { leadingZero: false })]));
  };
  for (const c of config.constructs) { rows.push(sectionRow(constructName(ctx, c.name))); c.items.forEach(itemRow); }
  const v = e.variance;
  rows.push(cellsRow([textCell(label("ssLoadings", lang)), ...v.ss.map((x) => numberCell(x, 2)), textCell("")]));
  rows.push(cellsRow([textCell(label("propVar", lang)), ...v.proportion.map((x) => numberCell(100 * x, 1)), textCell("")]));
  rows.push(cellsRow([textCell(label("cumVar", lang)), ...v.cumulative.map((x) => numberCell(100 * x, 1)), textCell("")]));
  const heads = Array.from({ length: m }, (_, f) => ({ label: `${label("factor", lang)}${f + 1}${s.factorConstructs[f] ? ` (${s.factorConstructs[f]})` : ""}`, align: "right" as const }));
  const rot = `${e.fm}, ${e.rotate}`;
  return {
    id: "efa_loadings", number: ctx.number, title: label("efaLoadings", lang),
    columns: [{ label: label("item", lang), align: "left" }, ...heads, { label: label("communality", lang), align: "right" }],
    rows,
    notes: [lang === "zh-CN"
      ? `提取方法与旋转：${rot}（psych::fa）；N = ${e.nobs}（完整个案）。|λ| < .30 的载荷未列出，粗体为各题项的最大载荷。括号内为对应的构念。`
      : `Extraction and rotation: ${rot} (psych::fa); N = ${e.nobs} complete cases. Loadings with |λ| < .30 are omitted; the largest loading of each item is bold. Factors are labelled with the construct whose items load on them.`],
  };
}
