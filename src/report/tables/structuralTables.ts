import { label } from "../../i18n/labels.ts";
import type { HypothesisRow, MediationStep, ModerationStep, StructuralStep } from "../../thesis/result.ts";
import { cellsRow, formatNumber, intervalCell, numberCell, pCell, sectionRow, textCell } from "../table.ts";
import type { ApaTable, TableRow } from "../table.ts";
import type { TableContext } from "./tableContext.ts";

const b3 = (x: number | null | undefined) => numberCell(x, 3);

/**
 * Structural path coefficients: for each regression, the hypothesis it tests, B, SE, z, p and β (std.all), with
 * the R² of each endogenous construct in the note.
 * Source: lavaan parameterEstimates(standardized = TRUE) (Rosseel 2012).
 * @param s the structural step
 * @param ctx language, table number, configuration (hypothesis ids)
 * @returns the table
 * @throws never
 * @example pathsTable(res.structural, ctx);
 */
export function pathsTable(s: StructuralStep, ctx: TableContext): ApaTable {
  const { lang, config } = ctx;
  const pe = s.fit.parameterEstimates();
  const hyp = (from: string, to: string): string => config.hypotheses.find((h) => (h.type ?? "path") === "path" && h.from === from && h.to === to)?.id ?? "";
  const rows = pe.filter((r) => r.op === "~" && r.group <= 1).map((r) => cellsRow([
    textCell(hyp(r.rhs, r.lhs)), textCell(`${r.rhs} → ${r.lhs}`), b3(r.est), b3(r.se), numberCell(r.z, 2), pCell(r.pvalue), b3(r["std.all"]),
  ]));
  const r2 = pe.filter((r) => r.op === "r2" && r.group <= 1 && config.constructs.some((c) => c.name === r.lhs)).map((r) => `${r.lhs} ${r.est.toFixed(3).replace(/^0/, "")}`);
  return {
    id: "structural_paths", number: ctx.number, title: label("paths", lang),
    columns: (["hypothesis", "path", "unstd", "se", "z", "p", "pathCoefficient"] as const).map((k, j) => ({ label: label(k, lang), align: j < 2 ? "left" as const : "right" as const })),
    rows,
    notes: [lang === "zh-CN" ? `估计方法：${s.fit.estimator}，N = ${s.fit.ntotal}。β 为完全标准化系数（std.all）。R²：${r2.join("，")}。`
      : `Estimator: ${s.fit.estimator}, N = ${s.fit.ntotal}. β = completely standardized coefficient (std.all). R²: ${r2.join(", ")}.`],
  };
}

/**
 * Indirect effects: each specific indirect effect (path product), total indirect and total effects with B, the
 * delta-method SE and p of the configured estimator, β (std.all) and the bootstrap 95% CI.
 * Source: Bollen (1987); Sobel (1982) delta method; Preacher & Hayes (2008) bootstrap intervals.
 * @param m the mediation step
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example indirectTable(res.mediation, ctx);
 */
export function indirectTable(m: MediationStep, ctx: TableContext): ApaTable {
  const { lang } = ctx;
  const kind = { indirect: label("indirect", lang), totalIndirect: label("totalIndirect", lang), total: label("total", lang) };
  const rows: TableRow[] = m.rows.map((r) => cellsRow([
    textCell([r.from, ...r.through, r.to].join(" → ")), textCell(kind[r.kind]), b3(r.est), b3(r.se), pCell(r.pvalue), b3(r.std), intervalCell(r.bootLower, r.bootUpper, 3),
  ]));
  const b = m.bootstrap;
  const bootNote = b.available
    ? (lang === "zh-CN" ? `Bootstrap：${b.draws} 次重抽样（种子 ${b.seed}，有效 ${b.used} 次，${b.type} 区间），基于 ${b.nobs} 个完整个案的 ML 估计。`
      : `Bootstrap: ${b.draws} resamples (seed ${b.seed}, ${b.used} used), ${b.type} intervals, ML refits of the ${b.nobs} complete cases.`)
    : (lang === "zh-CN" ? `Bootstrap 不可用：${b.reason}` : `Bootstrap not available: ${b.reason}`);
  return {
    id: "indirect_effects", number: ctx.number, title: label("mediation", lang),
    columns: (["path", "effect", "unstd", "se", "p", "std", "bootCi"] as const).map((k, j) => ({ label: label(k, lang), align: j < 2 ? "left" as const : "right" as const })),
    rows,
    notes: [lang === "zh-CN" ? `估计值、标准误（delta 法）与 p 值来自结构模型的 := 参数。${bootNote} 置信区间不含 0 表示效应显著。`
      : `Estimates, delta-method SEs and p-values are the structural model's := parameters. ${bootNote} An interval excluding 0 indicates a significant effect.`],
  };
}

/**
 * Moderation: the coefficients of the predictor, the moderator and their interaction (B, SE, z or t, p, β), and
 * the simple slopes of the predictor at −1, 0 and +1 SD of the moderator; the note gives the method, n, R² and
 * the Johnson–Neyman boundaries.
 * Source: Lin et al. (2010) latent interaction; Aiken & West (1991) simple slopes; Bauer & Curran (2005).
 * @param m the moderation step
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example moderationTable(res.moderation[0], ctx);
 */
export function moderationTable(m: ModerationStep, ctx: TableContext): ApaTable {
  const { lang } = ctx;
  const zh = lang === "zh-CN";
  const levels = { "-1": label("low", lang), "0": label("average", lang), "1": label("high", lang) } as Record<string, string>;
  const rows: TableRow[] = [
    ...m.coefficients.map((c) => cellsRow([textCell(c.term), b3(c.b), b3(c.se), numberCell(c.t, 2), pCell(c.pvalue), b3(c.std)])),
    sectionRow(`${label("simpleSlopes", lang)}: ${m.from} → ${m.to} (${m.moderator})`),
    ...m.slopes.map((s) => cellsRow([textCell(levels[String(Math.round(s.level))] ?? String(s.level)), b3(s.slope), b3(s.se), numberCell(s.t, 2), pCell(s.pvalue), textCell("")])),
  ];
  const r2 = m.r2 === null ? "" : `, R² = ${formatNumber(m.r2, 3, false)}`;
  const jnIn = m.johnsonNeyman.filter((v) => Math.abs(v) <= 3).map((v) => formatNumber(v, 2));
  const jn = m.johnsonNeyman.length === 0 ? "" : zh ? `Johnson–Neyman 临界值（±3 SD 以内，调节变量的 SD 单位）：${jnIn.length > 0 ? jnIn.join("，") : "无"}。`
    : ` Johnson–Neyman boundaries within ±3 SD of the moderator (SD units): ${jnIn.length > 0 ? jnIn.join(", ") : "none"}.`;
  const method = m.method === "latent"
    ? (zh ? `潜变量交互模型：双重均值中心化的配对乘积指标（Lin et al., 2010; Marsh et al., 2004），n = ${m.n}（完整个案）${r2}。简单斜率为潜变量尺度的非标准化斜率。`
      : `Latent interaction: double-mean-centred matched-pair product indicators (Lin et al., 2010; Marsh et al., 2004), n = ${m.n} complete cases${r2}. Simple slopes are unstandardized, on the latent scale.`)
    : (zh ? `以题项均值构成的复合分数（z 标准化）做 OLS 回归（Aiken & West, 1991），n = ${m.n}${r2}；非潜变量交互模型。`
      : `OLS on z-standardised composite scores (item means; Aiken & West, 1991), n = ${m.n}${r2}; not a latent interaction model.`);
  return {
    id: `moderation_${m.from}_${m.moderator}`.toLowerCase(), number: ctx.number, title: `${label("moderation", lang)}: ${m.from} × ${m.moderator} → ${m.to}`,
    columns: (["term", "unstd", "se", m.method === "latent" ? "z" : "t", "p", "std"] as const).map((k, j) => ({ label: label(k, lang), align: j === 0 ? "left" as const : "right" as const })),
    rows, notes: [method + jn],
  };
}

/**
 * Hypothesis tests: id, path, β, z (or t), p, bootstrap CI for indirect effects, and the decision.
 * @param rows the hypothesis decisions
 * @param ctx language, table number, configuration
 * @returns the table
 * @throws never
 * @example hypothesisTable(res.hypotheses, ctx);
 */
export function hypothesisTable(rows: readonly HypothesisRow[], ctx: TableContext): ApaTable {
  const { lang, config } = ctx;
  return {
    id: "hypotheses", number: ctx.number, title: label("hypotheses", lang),
    columns: (["hypothesis", "path", "expected", "std", "z", "p", "bootCi", "supported"] as const).map((k, j) => ({ label: k === "z" ? "z / t" : label(k, lang), align: j < 3 || j === 7 ? "left" as const : "right" as const })),
    rows: rows.map((h) => cellsRow([textCell(h.id), textCell(h.path), textCell(h.sign === null ? "" : h.sign === "+" ? "+" : "−"), b3(h.beta), numberCell(h.t, 2), pCell(h.pvalue),
      h.ciLower === null ? textCell("") : intervalCell(h.ciLower, h.ciUpper, 3), textCell(h.supported === null ? label("notAvailable", lang) : label(h.supported ? "yes" : "no", lang))])),
    notes: [lang === "zh-CN" ? `路径与调节假设：方向符合预期且 p < ${formatNumber(config.alpha, 3, false).replace(/0+$/, "")} 时成立；中介假设：Bootstrap 置信区间不含 0 且方向符合预期时成立。`
      : `Paths and moderation: supported when the sign is as expected and p < ${formatNumber(config.alpha, 3, false).replace(/0+$/, "")}; indirect effects: supported when the bootstrap CI excludes 0 on the expected side.`],
  };
}
