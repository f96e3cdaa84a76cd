/**
 * The sentences of the thesis report, in English and Simplified Chinese. Each function takes the numbers it
 * reports and returns the sentence in the requested language; numbers are formatted by the caller.
 */
import type { Lang } from "./labels.ts";

type S = (lang: Lang) => string;
/** Chinese characters and full-width punctuation: no space is set between two of them. */
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef";
const CJK_GAP = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, "gu");
/** Chinese text without spaces between Chinese characters (names put into a sentence, e.g. "在 平台 各组之间"). */
const zhSpacing = (s: string): string => s.replace(CJK_GAP, "");
const tr = (en: string, zh: string): S => (lang) => (lang === "zh-CN" ? zhSpacing(zh) : en);

/** Report sentences (each returns a function of the language). */
export const prose = {
  data: (file: string, n: number, complete: number, items: number, constructs: number, missingPct: string): S => tr(
    `The data file ${file} holds ${n} respondents and ${items} Likert items measuring ${constructs} constructs; ${complete} respondents answered every item, and ${missingPct}% of the item responses are missing.`,
    `数据文件 ${file} 共有 ${n} 名受访者，${items} 个李克特题项测量 ${constructs} 个构念；其中 ${complete} 人回答了全部题项，题项缺失率为 ${missingPct}%。`),
  estimation: (estimator: string, fiml: boolean, nUsed: number, n: number): S => tr(
    fiml
      ? `The CFA and the structural model were estimated with ${estimator === "MLR" ? "robust maximum likelihood (MLR: Huber–White standard errors, Yuan–Bentler scaled χ²)" : "maximum likelihood (ML)"} and full-information maximum likelihood (FIML) for the missing values, so ${nUsed} of ${n} cases were used.`
      : `The CFA and the structural model were estimated with ${estimator === "MLR" ? "robust maximum likelihood (MLR)" : "maximum likelihood (ML)"} on the ${nUsed} complete cases (listwise deletion).`,
    fiml
      ? `验证性因子分析与结构模型采用${estimator === "MLR" ? "稳健最大似然估计（MLR：Huber–White 稳健标准误与 Yuan–Bentler 校正卡方）" : "最大似然估计（ML）"}，并以全信息最大似然法（FIML）处理缺失值，共使用 ${nUsed}/${n} 个个案。`
      : `验证性因子分析与结构模型采用${estimator === "MLR" ? "稳健最大似然估计（MLR）" : "最大似然估计（ML）"}，基于 ${nUsed} 个完整个案（列删法）。`),
  otherSteps: tr(
    "Reliability uses pairwise deletion (as psych::alpha); the EFA and parallel analysis use complete cases (as psych::fa); the bootstrap of indirect effects refits the complete cases by ML.",
    "信度分析采用成对删除（同 psych::alpha）；探索性因子分析与平行分析基于完整个案（同 psych::fa）；间接效应的 Bootstrap 基于完整个案的 ML 重复估计。"),
  software: (version: string): S => tr(
    `All analyses were run with semkit ${version}, whose estimates reproduce lavaan 0.6-14, psych 2.2.9 and semTools 0.5-6.`,
    `全部分析由 semkit ${version} 完成，其结果与 lavaan 0.6-14、psych 2.2.9 和 semTools 0.5-6 一致。`),
  reverse: (items: string, k: number): S => tr(
    `The reverse-worded items ${items} were recoded as ${k} − x before every analysis; after recoding their corrected item–total correlations are positive.`,
    `反向题 ${items} 在所有分析之前按 ${k} − x 反向计分；反向计分后其校正题项-总分相关为正。`),
  reliability: (lo: string, hi: string, below: string): S => tr(
    `Cronbach's α ranges from ${lo} to ${hi}${below === "" ? ", every scale reaching the conventional .70." : `; below .70: ${below}.`}`,
    `各量表的 Cronbach's α 介于 ${lo} 与 ${hi} 之间${below === "" ? "，均达到 .70 的常用标准。" : `；低于 .70 的量表：${below}。`}`),
  efa: (kmo: string, chisq: string, df: number, p: string, pa: string, m: number): S => tr(
    `KMO = ${kmo} and Bartlett's test (χ²(${df}) = ${chisq}, p ${p}) show the items suit factor analysis. Parallel analysis suggests ${pa} factors; ${m} factors (one per construct) were extracted.`,
    `KMO = ${kmo}，Bartlett 球形检验 χ²(${df}) = ${chisq}，p ${p}，表明数据适合做因子分析。平行分析建议 ${pa} 个因子；按构念数提取 ${m} 个因子。`),
  cfa: (chisq: string, df: number, cfi: string, rmsea: string, srmr: string): S => tr(
    `The measurement model fits with χ²(${df}) = ${chisq}, CFI = ${cfi}, RMSEA = ${rmsea} and SRMR = ${srmr}.`,
    `测量模型拟合结果：χ²(${df}) = ${chisq}，CFI = ${cfi}，RMSEA = ${rmsea}，SRMR = ${srmr}。`),
  validity: (crOk: boolean, aveLow: string, flOk: boolean, htmtMax: string): S => tr(
    `${crOk ? "Every construct's composite reliability is at least .70" : "Not every composite reliability reaches .70"}; ${aveLow === "" ? "every AVE is at least .50" : `AVE is below .50 for ${aveLow}`}. ${flOk ? "The Fornell–Larcker criterion holds for every construct" : "The Fornell–Larcker criterion fails for some constructs"}, and the largest HTMT is ${htmtMax}.`,
    `${crOk ? "各构念的组合信度均不低于 .70" : "部分构念的组合信度低于 .70"}；${aveLow === "" ? "平均方差萃取量均不低于 .50" : `${aveLow} 的 AVE 低于 .50`}。${flOk ? "所有构念均满足 Fornell–Larcker 准则" : "部分构念未满足 Fornell–Larcker 准则"}，HTMT 最大值为 ${htmtMax}。`),
  structural: (supported: number, total: number, table: number): S => tr(
    `Of the ${total} hypotheses, ${supported} are supported (Table ${table}).`,
    `${total} 项假设中有 ${supported} 项成立（见表 ${table}）。`),
  notAvailable: (what: string, reason: string): S => tr(`${what} is not available: ${reason}`, `${what}不可用：${reason}`),
  moderationLatent: (from: string, moderator: string, to: string, b: string, p: string, verdict: boolean): S => tr(
    `The ${from} × ${moderator} interaction on ${to} was tested as a latent interaction with product indicators; its standardized effect is ${b} (p ${p}), so ${moderator} ${verdict ? "moderates" : "does not significantly moderate"} the ${from} → ${to} path.`,
    `采用乘积指标的潜变量交互模型检验 ${from} × ${moderator} 对 ${to} 的影响；交互项标准化系数为 ${b}（p ${p}），${verdict ? `${moderator} 显著调节 ${from} → ${to} 路径` : `${moderator} 对 ${from} → ${to} 路径的调节作用不显著`}。`),
  moderationComposite: tr(
    "The latent interaction model could not be estimated, so the moderation is tested on composite scores (z-standardised item means) with an OLS regression including the product term (Aiken & West, 1991).",
    "潜变量交互模型无法估计，因此以题项均值构成的复合分数（z 标准化）进行含乘积项的 OLS 回归检验调节效应（Aiken & West, 1991）。"),
  invariance: (group: string, last: string): S => tr(
    `Across ${group}, measurement invariance holds up to the ${last} model (Chen, 2007: no step lowers CFI by .010 or more together with a rise in RMSEA or SRMR beyond its cutoff).`,
    `在 ${group} 各组之间，测量不变性成立至${last}模型（Chen, 2007：没有任何一步同时出现 CFI 下降 ≥ .010 与 RMSEA 或 SRMR 上升超过临界值）。`),
  invarianceNone: (group: string): S => tr(
    `Across ${group}, already the metric model worsens fit beyond the cutoffs.`,
    `在 ${group} 各组之间，度量等同模型的拟合变化已超过判断标准。`),
  timing: (seconds: string): S => tr(`Computed in ${seconds} s.`, `计算用时 ${seconds} 秒。`),
  inadmissible: (problems: string): S => tr(
    `Caution: these results rest on an inadmissible or unreliable solution, so the decisions above do not stand on their own: ${problems}.`,
    `注意：以上结果所依据的解不可接受或不可靠，上述判断不能单独成立：${problems}。`),
  invarianceUnusable: (group: string): S => tr(
    `Across ${group}, no invariance level can be judged: the configural model's solution is inadmissible or did not converge.`,
    `在 ${group} 各组之间，无法判断测量不变性：形态等同模型的解不可接受或未收敛。`),
} as const;
