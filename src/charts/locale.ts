import type { ChartLocale } from "./types.ts";
import type { Translated } from "../i18n/labels.ts";

/** Every axis title, legend title and fixed chart text, in English and Simplified Chinese. */
const TEXT = {
  estimate: { en: "Estimate (95% CI)", "zh-CN": "估计值（95% 置信区间）" },
  stdEstimate: { en: "Standardized estimate (95% CI)", "zh-CN": "标准化估计值（95% 置信区间）" },
  path: { en: "Path", "zh-CN": "路径" },
  configural: { en: "configural", "zh-CN": "形态等同" },
  metric: { en: "metric", "zh-CN": "度量等同" },
  scalar: { en: "scalar", "zh-CN": "标量等同" },
  strict: { en: "strict", "zh-CN": "严格等同" },
  outcome: { en: "Outcome", "zh-CN": "结果变量" },
  index: { en: "Fit index", "zh-CN": "拟合指标" },
  value: { en: "Value", "zh-CN": "数值" },
  verdict: { en: "Verdict", "zh-CN": "判定" },
  pass: { en: "meets cutoff", "zh-CN": "达标" },
  acceptable: { en: "acceptable", "zh-CN": "可接受" },
  fail: { en: "fails cutoff", "zh-CN": "未达标" },
  item: { en: "Item", "zh-CN": "题项" },
  factor: { en: "Factor", "zh-CN": "因子" },
  loading: { en: "Loading", "zh-CN": "载荷" },
  factorNumber: { en: "Factor number", "zh-CN": "因子序号" },
  eigenvalue: { en: "Eigenvalue", "zh-CN": "特征值" },
  observed: { en: "Observed data", "zh-CN": "实际数据" },
  simulated: { en: "Parallel analysis (simulated)", "zh-CN": "平行分析（模拟）" },
  suggested: { en: "suggested", "zh-CN": "建议" },
  variable: { en: "Variable", "zh-CN": "变量" },
  correlation: { en: "Correlation", "zh-CN": "相关系数" },
  residual: { en: "Residual correlation", "zh-CN": "残差相关" },
  percent: { en: "Percent of responses", "zh-CN": "回答百分比" },
  response: { en: "Response", "zh-CN": "回答" },
  construct: { en: "Construct", "zh-CN": "构念" },
  alphaIfDropped: { en: "α if item dropped", "zh-CN": "删除该题项后的 α" },
  scaleAlpha: { en: "scale α", "zh-CN": "量表 α" },
  effect: { en: "Indirect effect", "zh-CN": "间接效应" },
  count: { en: "Bootstrap draws", "zh-CN": "自助抽样次数" },
  percentileCi: { en: "Percentile CI", "zh-CN": "百分位置信区间" },
  bcaCi: { en: "BCa CI", "zh-CN": "BCa 置信区间" },
  interval: { en: "Interval", "zh-CN": "区间" },
  predictor: { en: "Predictor", "zh-CN": "自变量" },
  predicted: { en: "Predicted outcome", "zh-CN": "结果变量预测值" },
  moderator: { en: "Moderator", "zh-CN": "调节变量" },
  step: { en: "Invariance step", "zh-CN": "不变性检验步骤" },
  change: { en: "Change from previous step", "zh-CN": "相对上一步的变化" },
  measure: { en: "Measure", "zh-CN": "指标" },
  low: { en: "low (−1 SD)", "zh-CN": "低（−1 SD）" },
  mean: { en: "mean", "zh-CN": "均值" },
  high: { en: "high (+1 SD)", "zh-CN": "高（+1 SD）" },
  slope: { en: "slope", "zh-CN": "斜率" },
  sampleSize: { en: "Sample size (n)", "zh-CN": "样本量 (n)" },
  power: { en: "Power", "zh-CN": "统计检验力" },
  target: { en: "Parameter", "zh-CN": "参数" },
} as const satisfies Record<string, Translated>;

/** Keys of the chart text table. */
export type TextKey = keyof typeof TEXT;

/**
 * Chart text (axis titles, legend titles) in the chart's locale.
 * @param key text key
 * @param locale "en" (default) or "zh-CN"
 * @returns the translated text
 * @example t("eigenvalue", "zh-CN") // "特征值"
 */
export function t(key: TextKey, locale: ChartLocale = "en"): string {
  return TEXT[key][locale];
}
