import type { ApaTable, TableRow } from "../table.ts";
import type { PlsStep } from "../../thesis/result.ts";
import type { TableContext } from "./tableContext.ts";
import { label } from "../../i18n/labels.ts";
import { cellsRow, intervalCell, numberCell, pCell, sectionRow, textCell } from "../table.ts";
import { constructName } from "./tableContext.ts";
import { normalCdf } from "../../distributions/normalCdf.ts";

const n3 = (x: number | null | undefined) => numberCell(x, 3);

/**
 * The four SmartPLS-style tables of a PLS-SEM step: measurement model (loading, weight, VIF per item; α, ρA, ρC,
 * AVE per construct), discriminant validity (HTMT below the diagonal, √AVE on it, Fornell–Larcker correlations
 * above it), structural model (β, bootstrap SE, t, p, CI, f², with R² in the note) and PLSpredict (Q²predict,
 * RMSE and MAE of PLS against the linear-model benchmark).
 * Sources: Hair, Hult, Ringle & Sarstedt (2022), A Primer on PLS-SEM, 3rd ed., ch. 4–6 (reporting conventions);
 * Henseler, Ringle & Sarstedt (2015) for HTMT; Shmueli et al. (2019) for PLSpredict.
 * @param step - the PLS step of the analysis
 * @param ctx - language, first table number, configuration
 * @returns the tables, numbered from ctx.number
 * @throws never
 * @example plsTables(res.pls, ctx).map((t) => t.id); // ["pls_measurement", "pls_discriminant", "pls_structural", "pls_predict"]
 */
export function plsTables(step: PlsStep, ctx: TableContext): ApaTable[] {
  const { lang } = ctx;
  const fit = step.fit;
  const name = (c: string): string => c.split(":").map((x) => constructName(ctx, x)).join(" × ");
  const right = (k: Parameters<typeof label>[0]): { label: string; align: "right" } => ({ label: label(k, lang), align: "right" });
  const tables: ApaTable[] = [];
  // measurement model
  const mRows: TableRow[] = [];
  for (const c of fit.constructs) {
    const rel = fit.reliability[c];
    mRows.push(sectionRow(`${name(c)}: α ${n3(rel?.alpha).text}, ρA ${n3(rel?.rhoA).text}, ρC ${n3(rel?.rhoC).text}, AVE ${n3(rel?.AVE).text}`));
    fit.loadings.filter((l) => l.lhs === c).forEach((l) => {
      const w = fit.weights.find((x) => x.lhs === c && x.rhs === l.rhs);
      mRows.push(cellsRow([textCell(l.rhs), n3(l.est), n3(w?.est), numberCell(fit.vifItems[c]?.[l.rhs], 2)]));
    });
  }
  tables.push({
    id: "pls_measurement", number: ctx.number, title: label("plsMeasurement", lang),
    columns: [{ label: label("item", lang), align: "left" }, right("outerLoading"), right("outerWeight"), right("vif")],
    rows: mRows,
    notes: [lang === "zh-CN" ? `N = ${fit.nobs}；路径加权方案，迭代 ${fit.iterations} 次（seminr 计数）。`
      : `N = ${fit.nobs}; path weighting scheme, ${fit.iterations} iterations (seminr's count).`],
  });
  // discriminant validity
  const cs = fit.constructs;
  tables.push({
    id: "pls_discriminant", number: ctx.number + 1, title: label("plsDiscriminant", lang),
    columns: [{ label: label("construct", lang), align: "left" }, ...cs.map((c) => ({ label: name(c), align: "right" as const }))],
    rows: cs.map((c, i) => cellsRow([textCell(name(c)), ...cs.map((_, j) => {
      if (i === j) return numberCell(fit.fornellLarcker.values[i]?.[i], 3, { bold: true });
      if (j < i) return n3(fit.htmt.matrix[i]?.[j]);
      return n3(fit.constructCorrelations.values[i]?.[j]);
    })])),
    notes: [lang === "zh-CN" ? "对角线下方为 HTMT（建议 < .85 或 < .90），对角线为 √AVE，上方为构念相关。" : "Below the diagonal: HTMT (commonly < .85 or < .90); diagonal: √AVE; above: construct correlations."],
  });
  // structural model
  const boot = fit.bootstrap;
  tables.push({
    id: "pls_structural", number: ctx.number + 2, title: label("plsStructural", lang),
    columns: [{ label: label("path", lang), align: "left" }, right("pathCoefficient"), right("se"), right("t"), right("p"), right("ci95"), right("fSquared")],
    rows: fit.paths.map((r) => {
      const t = r.se !== undefined && r.se > 0 ? r.est / r.se : null;
      const f2 = fit.f2.find((f) => f.lhs === r.lhs && f.rhs === r.rhs)?.est;
      return cellsRow([textCell(`${name(r.rhs)} → ${name(r.lhs)}`), n3(r.est), n3(r.se), numberCell(t, 2), pCell(t === null ? null : 2 * (1 - normalCdf(Math.abs(t)))),
        intervalCell(r["ci.lower"], r["ci.upper"]), n3(f2)]);
    }),
    notes: [(lang === "zh-CN" ? `R²：` : `R²: `) + Object.entries(fit.r2).map(([k, v]) => `${name(k)} ${v.toFixed(3).replace(/^0/, "")}`).join(lang === "zh-CN" ? "，" : ", ") +
      (boot !== undefined ? (lang === "zh-CN" ? `。Bootstrap ${boot.draws} 次（种子 ${boot.seed}），p 值基于 t = β/SE。` : `. Bootstrap with ${boot.draws} draws (seed ${boot.seed}); p from t = β/SE.`) : "")],
  });
  if (step.predict !== null) {
    tables.push({
      id: "pls_predict", number: ctx.number + 3, title: label("plsPredict", lang),
      columns: [{ label: label("item", lang), align: "left" }, right("q2predict"), right("rmsePls"), right("rmseLm"), right("maePls"), right("maeLm")],
      rows: step.predict.items.map((it) => cellsRow([textCell(`${it.item} (${name(it.construct)})`), n3(it.q2predict), n3(it.rmse.pls), n3(it.rmse.lm), n3(it.mae.pls), n3(it.mae.lm)])),
      notes: [lang === "zh-CN" ? "Q²predict > 0：PLS 预测优于训练样本均值；RMSE/MAE 低于线性模型（LM）表示预测力较高。" : "Q²predict > 0: PLS predicts better than the training mean; RMSE/MAE below the linear model (LM) indicate predictive power."],
    });
  }
  return tables;
}
