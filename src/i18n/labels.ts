/**
 * Every label of the thesis report and its APA tables, in English and Simplified Chinese, in one place.
 * Table titles, column heads, notes, section titles and the report's sentences all come from here, so a
 * translation is one edit. Chinese terms follow the usage of Chinese SEM textbooks and theses
 * (e.g. 吴明隆《结构方程模型：AMOS 的操作与应用》: 组合信度 CR, 平均方差萃取量 AVE, 路径系数, 假设成立).
 */

import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { describeValue } from "../text/describeValue.ts";

/** Report languages. */
export type Lang = "en" | "zh-CN";

/** One text in every report language; the label tables of the report, the charts and the figures are made of these. */
export type Translated = Readonly<Record<Lang, string>>;

/** The languages semkit reports in. */
export const LANGS: readonly Lang[] = ["en", "zh-CN"];

const L = {
  // ---- report and sections ----
  reportTitle: { en: "Analysis report", "zh-CN": "数据分析报告" },
  method: { en: "Method and data", "zh-CN": "研究方法与数据" },
  sampleProfile: { en: "Sample profile", "zh-CN": "样本概况" },
  descriptives: { en: "Item descriptive statistics", "zh-CN": "题项描述性统计" },
  likert: { en: "Likert response distributions", "zh-CN": "李克特量表回答分布" },
  reverseCoding: { en: "Reverse-coded items", "zh-CN": "反向计分题项" },
  reliability: { en: "Reliability", "zh-CN": "信度分析" },
  itemTotal: { en: "Item-total statistics", "zh-CN": "题项-总分统计" },
  efaSection: { en: "Exploratory factor analysis", "zh-CN": "探索性因子分析" },
  adequacy: { en: "Sampling adequacy and number of factors", "zh-CN": "取样适切性与因子数目" },
  efaLoadings: { en: "EFA pattern loadings", "zh-CN": "探索性因子分析载荷矩阵" },
  cfaSection: { en: "Confirmatory factor analysis", "zh-CN": "验证性因子分析" },
  cmbSection: { en: "Common-method bias", "zh-CN": "共同方法偏差检验" },
  cfaLoadings: { en: "CFA loadings, composite reliability and AVE", "zh-CN": "验证性因子分析载荷、组合信度与平均方差萃取量" },
  fornellLarcker: { en: "Discriminant validity: Fornell–Larcker criterion", "zh-CN": "区分效度：Fornell–Larcker 准则" },
  htmt: { en: "Discriminant validity: heterotrait–monotrait ratio (HTMT)", "zh-CN": "区分效度：异质-单质比率 (HTMT)" },
  fitIndices: { en: "Model fit indices", "zh-CN": "模型拟合指标" },
  structural: { en: "Structural model", "zh-CN": "结构模型" },
  paths: { en: "Structural path coefficients", "zh-CN": "结构模型路径系数" },
  mediation: { en: "Mediation: indirect effects", "zh-CN": "中介效应检验" },
  moderation: { en: "Moderation", "zh-CN": "调节效应检验" },
  simpleSlopes: { en: "Simple slopes", "zh-CN": "简单斜率分析" },
  invariance: { en: "Measurement invariance", "zh-CN": "测量不变性检验" },
  hypotheses: { en: "Hypothesis tests", "zh-CN": "假设检验结果" },
  figures: { en: "Figures", "zh-CN": "图" },
  notAvailable: { en: "Not available", "zh-CN": "不可用" },
  warnings: { en: "Warnings", "zh-CN": "警告" },
  table: { en: "Table", "zh-CN": "表" },
  figure: { en: "Figure", "zh-CN": "图" },
  note: { en: "Note.", "zh-CN": "注：" },
  // ---- column heads ----
  variable: { en: "Variable", "zh-CN": "变量" },
  category: { en: "Category", "zh-CN": "类别" },
  missingCategory: { en: "(missing)", "zh-CN": "（缺失）" },
  n: { en: "n", "zh-CN": "频数" },
  percent: { en: "%", "zh-CN": "百分比 (%)" },
  construct: { en: "Construct", "zh-CN": "构念" },
  item: { en: "Item", "zh-CN": "题项" },
  items: { en: "Items", "zh-CN": "题项数" },
  valid: { en: "n", "zh-CN": "有效样本" },
  missing: { en: "Missing", "zh-CN": "缺失" },
  mean: { en: "M", "zh-CN": "均值 M" },
  sd: { en: "SD", "zh-CN": "标准差 SD" },
  median: { en: "Mdn", "zh-CN": "中位数" },
  skew: { en: "Skewness", "zh-CN": "偏度" },
  kurtosis: { en: "Kurtosis", "zh-CN": "峰度" },
  min: { en: "Min", "zh-CN": "最小值" },
  max: { en: "Max", "zh-CN": "最大值" },
  meanBefore: { en: "M (as answered)", "zh-CN": "均值（原始）" },
  meanAfter: { en: "M (recoded)", "zh-CN": "均值（反向计分后）" },
  citcBefore: { en: "CITC (as answered)", "zh-CN": "CITC（原始）" },
  citcAfter: { en: "CITC (recoded)", "zh-CN": "CITC（反向计分后）" },
  alpha: { en: "Cronbach's α", "zh-CN": "Cronbach's α" },
  alphaCi: { en: "95% CI", "zh-CN": "95% 置信区间" },
  omega: { en: "McDonald's ω", "zh-CN": "McDonald's ω" },
  averageR: { en: "Mean inter-item r", "zh-CN": "题项间平均相关" },
  citc: { en: "CITC", "zh-CN": "校正题项-总分相关 CITC" },
  alphaIfDeleted: { en: "α if item deleted", "zh-CN": "删除该题项后的 α" },
  statistic: { en: "Statistic", "zh-CN": "统计量" },
  value: { en: "Value", "zh-CN": "数值" },
  kmo: { en: "Kaiser–Meyer–Olkin measure (KMO)", "zh-CN": "KMO 取样适切性量数" },
  bartlettChisq: { en: "Bartlett's test of sphericity χ²", "zh-CN": "Bartlett 球形检验 χ²" },
  df: { en: "df", "zh-CN": "自由度 df" },
  p: { en: "p", "zh-CN": "p 值" },
  paFactors: { en: "Factors suggested by parallel analysis", "zh-CN": "平行分析建议的因子数" },
  paComponents: { en: "Components suggested by parallel analysis", "zh-CN": "平行分析建议的主成分数" },
  nFactorsExtracted: { en: "Factors extracted", "zh-CN": "提取的因子数" },
  completeCases: { en: "Complete cases analysed", "zh-CN": "分析的完整个案数" },
  factor: { en: "F", "zh-CN": "因子" },
  communality: { en: "h²", "zh-CN": "共同度 h²" },
  ssLoadings: { en: "SS loadings", "zh-CN": "载荷平方和" },
  propVar: { en: "% of variance", "zh-CN": "方差解释率 (%)" },
  cumVar: { en: "Cumulative %", "zh-CN": "累计方差解释率 (%)" },
  unstd: { en: "B", "zh-CN": "非标准化系数 B" },
  se: { en: "SE", "zh-CN": "标准误 SE" },
  z: { en: "z", "zh-CN": "z 值" },
  std: { en: "β", "zh-CN": "标准化系数 β" },
  stdLoading: { en: "Std. loading", "zh-CN": "标准化因子载荷" },
  cr: { en: "CR", "zh-CN": "组合信度 CR" },
  ave: { en: "AVE", "zh-CN": "平均方差萃取量 AVE" },
  index: { en: "Index", "zh-CN": "拟合指标" },
  measurementModel: { en: "Measurement model", "zh-CN": "测量模型" },
  structuralModel: { en: "Structural model", "zh-CN": "结构模型" },
  cutoff: { en: "Criterion", "zh-CN": "判断标准" },
  path: { en: "Path", "zh-CN": "路径" },
  pathCoefficient: { en: "Path coefficient β", "zh-CN": "路径系数 β" },
  ci95: { en: "95% CI", "zh-CN": "95% 置信区间" },
  effect: { en: "Effect", "zh-CN": "效应" },
  indirect: { en: "indirect", "zh-CN": "间接效应" },
  totalIndirect: { en: "total indirect", "zh-CN": "总间接效应" },
  direct: { en: "direct", "zh-CN": "直接效应" },
  total: { en: "total", "zh-CN": "总效应" },
  bootCi: { en: "Bootstrap 95% CI", "zh-CN": "Bootstrap 95% 置信区间" },
  lower: { en: "LL", "zh-CN": "下限" },
  upper: { en: "UL", "zh-CN": "上限" },
  term: { en: "Term", "zh-CN": "项" },
  interaction: { en: "Interaction", "zh-CN": "交互项" },
  t: { en: "t", "zh-CN": "t 值" },
  moderatorLevel: { en: "Moderator level", "zh-CN": "调节变量水平" },
  slope: { en: "Simple slope", "zh-CN": "简单斜率" },
  low: { en: "Low (−1 SD)", "zh-CN": "低（−1 SD）" },
  average: { en: "Mean", "zh-CN": "均值" },
  high: { en: "High (+1 SD)", "zh-CN": "高（+1 SD）" },
  model: { en: "Model", "zh-CN": "模型" },
  configural: { en: "Configural", "zh-CN": "形态等同" },
  metric: { en: "Metric (loadings)", "zh-CN": "度量等同（因子载荷）" },
  scalar: { en: "Scalar (+ intercepts)", "zh-CN": "标量等同（+ 截距）" },
  strict: { en: "Strict (+ residuals)", "zh-CN": "严格等同（+ 残差）" },
  deltaChisq: { en: "Δχ²", "zh-CN": "Δχ²" },
  deltaDf: { en: "Δdf", "zh-CN": "Δdf" },
  deltaCfi: { en: "ΔCFI", "zh-CN": "ΔCFI" },
  deltaRmsea: { en: "ΔRMSEA", "zh-CN": "ΔRMSEA" },
  deltaSrmr: { en: "ΔSRMR", "zh-CN": "ΔSRMR" },
  decision: { en: "Decision", "zh-CN": "结论" },
  invariant: { en: "invariant", "zh-CN": "等同成立" },
  notInvariant: { en: "not invariant", "zh-CN": "等同不成立" },
  hypothesis: { en: "Hypothesis", "zh-CN": "假设" },
  expected: { en: "Expected sign", "zh-CN": "预期方向" },
  supported: { en: "Supported?", "zh-CN": "假设是否成立" },
  yes: { en: "Supported", "zh-CN": "假设成立" },
  no: { en: "Not supported", "zh-CN": "假设不成立" },
  good: { en: "good", "zh-CN": "良好" },
  acceptable: { en: "acceptable", "zh-CN": "可接受" },
  poor: { en: "poor", "zh-CN": "不佳" },
  verdict: { en: "Evaluation", "zh-CN": "评价" },
  pass: { en: "met", "zh-CN": "达标" },
  fail: { en: "not met", "zh-CN": "未达标" },
  rsquare: { en: "R²", "zh-CN": "R²" },
  // ---- PLS-SEM ----
  plsSection: { en: "PLS-SEM (partial least squares path model)", "zh-CN": "PLS-SEM（偏最小二乘路径模型）" },
  plsMeasurement: { en: "PLS measurement model: loadings, weights, reliability and convergent validity", "zh-CN": "PLS 测量模型：载荷、权重、信度与收敛效度" },
  plsDiscriminant: { en: "PLS discriminant validity: HTMT (below the diagonal) and Fornell–Larcker (√AVE on the diagonal)", "zh-CN": "PLS 区分效度：HTMT（对角线下方）与 Fornell–Larcker（对角线为 √AVE）" },
  plsStructural: { en: "PLS structural model: path coefficients, bootstrap confidence intervals and f²", "zh-CN": "PLS 结构模型：路径系数、Bootstrap 置信区间与 f²" },
  plsPredict: { en: "PLSpredict: out-of-sample prediction (10-fold)", "zh-CN": "PLSpredict：样本外预测（10 折）" },
  outerLoading: { en: "Loading", "zh-CN": "外部载荷" },
  outerWeight: { en: "Weight", "zh-CN": "外部权重" },
  vif: { en: "VIF", "zh-CN": "VIF" },
  rhoA: { en: "ρA", "zh-CN": "ρA" },
  rhoC: { en: "ρC", "zh-CN": "组合信度 ρC" },
  fSquared: { en: "f²", "zh-CN": "f²" },
  q2predict: { en: "Q²predict", "zh-CN": "Q²predict" },
  rmsePls: { en: "RMSE (PLS)", "zh-CN": "RMSE（PLS）" },
  rmseLm: { en: "RMSE (LM)", "zh-CN": "RMSE（线性模型）" },
  maePls: { en: "MAE (PLS)", "zh-CN": "MAE（PLS）" },
  maeLm: { en: "MAE (LM)", "zh-CN": "MAE（线性模型）" },
  // console summary of `semkit report` / `semkit thesis`
  consoleWritten: { en: "semkit: report written to", "zh-CN": "semkit：报告已写入" },
  consoleFigures: { en: "figures:", "zh-CN": "图：" },
  consoleTables: { en: "tables:", "zh-CN": "表：" },
  consoleFilesIn: { en: "files in", "zh-CN": "个文件，位于" },
  consoleSupported: { en: "supported", "zh-CN": "成立" },
  consoleNotSupported: { en: "not supported", "zh-CN": "不成立" },
  consoleNotAvailable: { en: "not available", "zh-CN": "无法计算" },
  consoleNote: { en: "note:", "zh-CN": "注意：" },
  consoleDone: { en: "done in {s} s", "zh-CN": "用时 {s} 秒" },
} as const satisfies Record<string, Translated>;

/** Keys of the label table. */
export type LabelKey = keyof typeof L;

/**
 * A label in the report language.
 * @param key label key, e.g. "cr"
 * @param lang "en" or "zh-CN"
 * @returns the translated label
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example label("ave", "zh-CN"); // "平均方差萃取量 AVE"
 */
export function label(key: LabelKey, lang: Lang): string {
  if (!Object.hasOwn(L, key)) throw new OptionError(message.argType("label", "key", "a label key (LabelKey)", describeValue(key)));
  checkLang("label", lang);
  return L[key][lang];
}

/**
 * Whether a string names a supported report language.
 * @param s candidate, e.g. "zh-CN"
 * @returns true for "en" and "zh-CN"
 * @throws never
 * @example isLang("zh-CN"); // true
 */
export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/**
 * Checks a language argument of a public function (JavaScript callers can pass anything).
 * @param fn the public function's name, for the message
 * @param lang the value as passed
 * @throws OptionError when lang is not "en" or "zh-CN"
 * @example
 * checkLang("tableToHtml", "de"); // OptionError: tableToHtml(): lang must be "en" or "zh-CN", got "de"
 */
export function checkLang(fn: string, lang: unknown): asserts lang is Lang {
  if (typeof lang !== "string" || !isLang(lang)) {
    throw new OptionError(message.argType(fn, "lang", LANGS.map((l) => JSON.stringify(l)).join(" or "), describeValue(lang)));
  }
}
