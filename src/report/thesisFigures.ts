import type { ChartSpec } from "../charts/types.ts";
import { likertChart } from "../charts/likertChart.ts";
import { alphaDropChart } from "../charts/alphaDropChart.ts";
import { screePlot } from "../charts/screePlot.ts";
import { loadingsHeatmap } from "../charts/loadingsHeatmap.ts";
import { fitIndexChart } from "../charts/fitIndexChart.ts";
import { pathDiagram } from "../charts/pathDiagram.ts";
import { coefficientPlot } from "../charts/coefficientPlot.ts";
import { correlationHeatmap } from "../charts/correlationHeatmap.ts";
import { bootstrapChart } from "../charts/bootstrapChart.ts";
import { bootstrapInterval } from "../inference/resampling/bootstrapIntervals.ts";
import { simpleSlopesChart } from "../charts/simpleSlopesChart.ts";
import { invarianceChart } from "../charts/invarianceChart.ts";
import { checkLang, type Lang, type Translated } from "../i18n/labels.ts";
import type { ThesisResult } from "../thesis/result.ts";
import { fitKeys } from "./tables/fitTable.ts";
import { checkThesisArg } from "../thesis/checkThesisArgs.ts";

/** One figure of the report: file-safe id, the section it belongs to, caption and Vega-Lite spec. */
export interface ReportFigure {
  readonly id: string;
  /** Section key: "descriptives", "reliability", "efa", "cfa", "structural", "mediation", "moderation", "invariance". */
  readonly section: string;
  readonly caption: string;
  readonly spec: ChartSpec;
}

const T = {
  likert: { en: "Response distributions by construct", "zh-CN": "各构念题项的回答分布" },
  alpha: { en: "Cronbach's α if an item is deleted", "zh-CN": "删除题项后的 Cronbach's α" },
  scree: { en: "Scree plot with parallel analysis", "zh-CN": "碎石图与平行分析" },
  efa: { en: "EFA pattern loadings", "zh-CN": "探索性因子分析载荷热图" },
  cfa: { en: "CFA standardized loadings", "zh-CN": "验证性因子分析标准化载荷" },
  residuals: { en: "CFA residual correlations", "zh-CN": "验证性因子分析残差相关" },
  fit: { en: "Fit indices of the structural model", "zh-CN": "结构模型拟合指标" },
  path: { en: "Structural model with standardized coefficients", "zh-CN": "结构模型标准化路径图" },
  coef: { en: "Structural path coefficients with 95% CIs", "zh-CN": "结构路径系数及 95% 置信区间" },
  boot: { en: "Bootstrap distribution of the indirect effect", "zh-CN": "间接效应的 Bootstrap 分布" },
  slopes: { en: "Simple slopes", "zh-CN": "简单斜率图" },
  invariance: { en: "Measurement invariance: change in fit", "zh-CN": "测量不变性：拟合指标变化" },
} as const satisfies Record<string, Translated>;

/**
 * The figures of the thesis report as Vega-Lite specs, built by the charts module from the analysis result:
 * Likert distributions, α if item deleted, scree with parallel analysis, EFA and CFA loadings, CFA residual
 * correlations, fit indices, the path diagram, path coefficients, the bootstrap distribution of the first
 * hypothesised (else first) indirect effect, simple slopes and the invariance ladder. Steps that are not
 * available give no figure.
 * @param res the analysis result
 * @param lang language of captions and axis titles
 * @returns the figures in report order
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers) for unavailable steps; errors of the chart builders for malformed inputs
 * @example thesisFigures(res, "en").map((f) => f.id);
 */
export function thesisFigures(res: ThesisResult, lang: Lang): ReportFigure[] {
  checkThesisArg("thesisFigures", "res", res);
  checkLang("thesisFigures", lang);
  const out: ReportFigure[] = [];
  const add = (id: keyof typeof T, section: string, spec: ChartSpec): void => { out.push({ id, section, caption: T[id][lang], spec }); };
  const locale = lang;
  const byName = new Map(res.descriptives.items.map((it) => [it.name, it]));
  const cats = res.config.scaleLabels?.[lang] ?? res.config.scaleLabels?.en;
  add("likert", "descriptives", likertChart(res.config.constructs.map((c) => ({ construct: c.name, items: c.items.flatMap((i) => byName.get(i) ?? []) })),
    { locale, ...(cats !== undefined ? { categories: cats } : {}) }));
  add("alpha", "reliability", alphaDropChart(res.reliability.map((s) => ({ scale: s.name, alpha: s.alpha.total.rawAlpha, items: s.alpha.alphaDrop.map((d) => ({ item: d.item, alphaIfDropped: d.rawAlpha })) })), { locale }));
  if (res.efa.available) {
    const p = res.efa.parallel;
    if (p.faValues !== null && p.faRandom !== null) add("scree", "efa", screePlot({ eigenvalues: p.faValues, simulated: p.faRandom, ...(p.nfactors !== null ? { suggested: p.nfactors } : {}) }, { locale }));
    const e = res.efa.efa, fc = res.efa.factorConstructs;
    add("efa", "efa", loadingsHeatmap({ items: e.items, factors: e.loadings[0]!.map((_, f) => fc[f] ?? `F${f + 1}`), loadings: e.loadings }, { locale, threshold: 0.3 }));
  }
  if (res.cfa.available) {
    const pe = res.cfa.fit.parameterEstimates().filter((r) => r.op === "=~" && r.group <= 1);
    const factors = [...new Set(pe.map((r) => r.lhs))], items = [...new Set(pe.map((r) => r.rhs))];
    add("cfa", "cfa", loadingsHeatmap({ items, factors, loadings: items.map((it) => factors.map((f) => pe.find((r) => r.lhs === f && r.rhs === it)?.["std.all"] ?? 0)) }, { locale, threshold: 0.3 }));
    const r = res.cfa.fit.residuals("cor")[0]!;
    add("residuals", "cfa", correlationHeatmap({ names: r.names, matrix: r.cov }, { locale, residual: true }));
  }
  if (res.structural.available) {
    const fit = res.structural.fit, fm = fit.fitMeasures();
    const k = fitKeys(fit.estimator === "MLR");
    add("fit", "structural", fitIndexChart({ ...fm, chisq: fm[k.chisq]!, cfi: fm[k.cfi]!, tli: fm[k.tli]!, rmsea: fm[k.rmsea]!, "rmsea.ci.lower": fm[k.lo]!, "rmsea.ci.upper": fm[k.hi]!, cmin_df: fm[k.chisq]! / fm.df! }, { locale }));
    const pe = fit.parameterEstimates().filter((r) => r.op !== ":=");
    // A measurement-only model has no regression: its diagram keeps the indicators and it has no path coefficients.
    const regressions = pe.some((r) => r.op === "~");
    add("path", "structural", pathDiagram(pe, { locale, standardized: true, hideIndicators: regressions, dashNonSignificant: true }));
    if (regressions) add("coef", "structural", coefficientPlot(pe, { locale, ops: ["~"] }));
  }
  if (res.mediation.available && res.mediation.bootstrap.available) {
    const h = res.config.hypotheses.find((x) => x.type === "indirect");
    const rows = res.mediation.rows.filter((r) => r.kind === "indirect");
    const row = (h !== undefined && h.type === "indirect" ? rows.find((r) => r.from === h.from && r.to === h.to && r.through.join() === h.through.join()) : undefined) ?? rows[0];
    const draws = row !== undefined ? res.mediation.bootstrap.replicates[row.name] : undefined;
    if (row !== undefined && draws !== undefined && draws.length > 1) {
      const type = res.mediation.bootstrap.type;
      const table: [number, number] | null = row.bootLower !== null && row.bootUpper !== null ? [row.bootLower, row.bootUpper] : null;
      const cis = type === "percentile" && table !== null ? { percentile: table } : type === "bca" && table !== null ? { bca: table, percentile: bootstrapInterval(draws, row.est, 0.95, null).percentile }
        : { percentile: bootstrapInterval(draws, row.est, 0.95, null).percentile };
      add("boot", "mediation", bootstrapChart({ draws, estimate: row.est, ...cis }, { locale, effect: [row.from, ...row.through, row.to].join(" → ") }));
    }
  }
  const mod = res.moderation.find((m) => m.available);
  if (mod !== undefined && mod.available) add("slopes", "moderation", simpleSlopesChart({ predictor: mod.from, moderator: mod.moderator, outcome: mod.to, slopes: mod.slopes }, { locale }));
  if (res.invariance.available) add("invariance", "invariance", invarianceChart(res.invariance.rows.map((r) => ({ step: r.step, cfi: r.cfi, rmsea: r.rmsea })), { locale }));
  return out;
}
