import type { Lang } from "../../src/i18n/labels.ts";

/**
 * Every text of the app's own interface, in English and Simplified Chinese. Report tables, figure captions and
 * chart axes come from the library (`src/i18n`, chart locales); these are the page's labels, hints and messages.
 */
const T = {
  title: { en: "semkit — SEM in your browser", "zh-CN": "semkit — 浏览器中的结构方程模型" },
  tagline: {
    en: "Everything is computed on this machine: the data never leave the page.",
    "zh-CN": "所有计算都在本机完成：数据不会离开此页面。",
  },
  stepData: { en: "1 Data", "zh-CN": "1 数据" },
  dropHint: { en: "Drop a CSV, TSV, XLSX or .sav file here, or choose one:", "zh-CN": "将 CSV、TSV、XLSX 或 .sav 文件拖到此处，或选择文件：" },
  rows: { en: "rows", "zh-CN": "行" },
  columns: { en: "columns", "zh-CN": "列" },
  encoding: { en: "encoding", "zh-CN": "编码" },
  noData: { en: "No data loaded yet.", "zh-CN": "尚未载入数据。" },
  unknownFormat: { en: "Unknown file type", "zh-CN": "未知的文件类型" },
  preview: { en: "Data preview", "zh-CN": "数据预览" },
  descriptives: { en: "Item descriptives", "zh-CN": "题项描述统计" },
  missingValues: { en: "Missing values", "zh-CN": "缺失值" },
  likertChart: { en: "Likert response distributions", "zh-CN": "李克特量表回答分布" },
  scaleMin: { en: "Scale min", "zh-CN": "量表最小值" },
  scaleMax: { en: "Scale max", "zh-CN": "量表最大值" },
  item: { en: "Item", "zh-CN": "题项" },
  mean: { en: "Mean", "zh-CN": "均值" },
  sd: { en: "SD", "zh-CN": "标准差" },
  min: { en: "Min", "zh-CN": "最小值" },
  max: { en: "Max", "zh-CN": "最大值" },
  skew: { en: "Skew", "zh-CN": "偏度" },
  kurtosis: { en: "Kurtosis", "zh-CN": "峰度" },
  missing: { en: "Missing", "zh-CN": "缺失" },
  textColumns: { en: "Text columns", "zh-CN": "文本列" },
  completeRows: { en: "complete rows", "zh-CN": "完整行" },
  stepModel: { en: "2 Model", "zh-CN": "2 模型" },
  constructBuilder: { en: "Define a construct by picking items (tick R for reverse-worded items):", "zh-CN": "勾选题项定义构念（反向题勾选 R）：" },
  constructName: { en: "Construct name", "zh-CN": "构念名称" },
  addConstruct: { en: "Add construct to the model", "zh-CN": "将构念加入模型" },
  modelSyntax: { en: "Model (lavaan syntax)", "zh-CN": "模型（lavaan 语法）" },
  modelOk: { en: "Syntax OK", "zh-CN": "语法正确" },
  line: { en: "line", "zh-CN": "行" },
  column: { en: "column", "zh-CN": "列" },
  reverseItems: { en: "Reverse-coded items (comma-separated)", "zh-CN": "反向计分题项（逗号分隔）" },
  stepAnalyses: { en: "3 Analyses", "zh-CN": "3 分析" },
  estimator: { en: "Estimator", "zh-CN": "估计方法" },
  missingHandling: { en: "Missing data", "zh-CN": "缺失值处理" },
  ordered: { en: "ordinal items (WLSMV)", "zh-CN": "题项按有序分类处理（WLSMV）" },
  listwise: { en: "listwise deletion", "zh-CN": "列删除" },
  fiml: { en: "FIML", "zh-CN": "全信息最大似然 (FIML)" },
  anReliability: { en: "Reliability (α, ω)", "zh-CN": "信度（α、ω）" },
  anEfa: { en: "EFA with parallel analysis", "zh-CN": "探索性因子分析与平行分析" },
  anCfa: { en: "CFA with validity (CR, AVE, HTMT, Fornell–Larcker)", "zh-CN": "验证性因子分析与效度（CR、AVE、HTMT、Fornell–Larcker）" },
  anSem: { en: "SEM (always: the model above)", "zh-CN": "结构方程模型（始终运行上方模型）" },
  anMediation: { en: "Mediation: indirect effects with bootstrap CIs", "zh-CN": "中介效应：间接效应及 bootstrap 置信区间" },
  anModeration: { en: "Moderation (latent interaction)", "zh-CN": "调节效应（潜变量交互）" },
  anInvariance: { en: "Multigroup invariance", "zh-CN": "多群组测量不变性" },
  anBootstrap: { en: "Bootstrap all parameters", "zh-CN": "对所有参数做 bootstrap" },
  draws: { en: "draws", "zh-CN": "次抽样" },
  seed: { en: "seed", "zh-CN": "种子" },
  predictor: { en: "predictor", "zh-CN": "自变量" },
  moderator: { en: "moderator", "zh-CN": "调节变量" },
  outcome: { en: "outcome", "zh-CN": "因变量" },
  groupVar: { en: "group variable", "zh-CN": "分组变量" },
  thesisNote: {
    en: "Reliability, EFA, validity, mediation, moderation and invariance follow the thesis pipeline (ML or MLR; other estimators use ML there); its report always opens with the item descriptives and reliability.",
    "zh-CN": "信度、EFA、效度、中介、调节与不变性按论文分析流程计算（ML 或 MLR；其他估计方法在此处使用 ML）；其报告总是包含题项描述统计与信度。",
  },
  run: { en: "Run", "zh-CN": "运行" },
  cancel: { en: "Cancel", "zh-CN": "取消" },
  ready: { en: "ready", "zh-CN": "就绪" },
  running: { en: "running", "zh-CN": "运行中" },
  done: { en: "done", "zh-CN": "完成" },
  cancelled: { en: "cancelled", "zh-CN": "已取消" },
  errorPrefix: { en: "Error", "zh-CN": "错误" },
  needData: { en: "Load a data file first.", "zh-CN": "请先载入数据文件。" },
  needModel: { en: "Enter a model first.", "zh-CN": "请先输入模型。" },
  progFit: { en: "fitting the model", "zh-CN": "正在拟合模型" },
  progBootstrap: { en: "bootstrap", "zh-CN": "bootstrap" },
  progAnalyses: { en: "reliability, EFA, validity, mediation, moderation, invariance", "zh-CN": "信度、EFA、效度、中介、调节、不变性" },
  progReport: { en: "writing the report", "zh-CN": "正在生成报告" },
  stepResults: { en: "4 Results", "zh-CN": "4 结果" },
  fitIndices: { en: "Fit indices against cutoffs", "zh-CN": "拟合指标与临界值" },
  index: { en: "Index", "zh-CN": "指标" },
  value: { en: "Value", "zh-CN": "数值" },
  cutoff: { en: "Cutoff", "zh-CN": "临界值" },
  verdict: { en: "Verdict", "zh-CN": "评价" },
  pass: { en: "good", "zh-CN": "良好" },
  acceptable: { en: "acceptable", "zh-CN": "可接受" },
  fail: { en: "poor", "zh-CN": "不佳" },
  pathDiagram: { en: "Path diagram (standardized)", "zh-CN": "路径图（标准化）" },
  fitChart: { en: "Fit indices", "zh-CN": "拟合指标" },
  estimates: { en: "Parameter estimates", "zh-CN": "参数估计" },
  lavaanSummary: { en: "lavaan-style summary", "zh-CN": "lavaan 格式摘要" },
  bootstrapTable: { en: "Bootstrap standard errors and intervals", "zh-CN": "Bootstrap 标准误与置信区间" },
  bootstrapChart: { en: "Bootstrap distributions", "zh-CN": "Bootstrap 分布" },
  warnings: { en: "Warnings", "zh-CN": "警告" },
  thesisSections: { en: "Further analyses", "zh-CN": "其他分析" },
  noPaths: { en: "the model has no regression paths", "zh-CN": "模型中没有回归路径" },
  notSelected: { en: "not selected in the app", "zh-CN": "未在应用中选择" },
  stepDownloads: { en: "5 Downloads", "zh-CN": "5 下载" },
  reportHtml: { en: "Report (HTML)", "zh-CN": "报告（HTML）" },
  reportMd: { en: "Report (Markdown)", "zh-CN": "报告（Markdown）" },
  script: { en: "semkit script (.mjs)", "zh-CN": "semkit 脚本（.mjs）" },
  modelFile: { en: "Model file (.lav)", "zh-CN": "模型文件（.lav）" },
  elapsed: { en: "Time", "zh-CN": "用时" },
  converged: { en: "converged", "zh-CN": "已收敛" },
  notConverged: { en: "did NOT converge", "zh-CN": "未收敛" },
  language: { en: "中文", "zh-CN": "English" },
} as const;

/** Keys of the interface texts. */
export type UiKey = keyof typeof T;

/**
 * The interface text for a key in a language.
 * @param key the text's key
 * @param lang "en" or "zh-CN"
 * @returns the text
 * @example t("done", "zh-CN") // "完成"
 */
export function t(key: UiKey, lang: Lang): string {
  return T[key][lang];
}
