import type { SemFit, ParameterEstimate } from "../sem/types.ts";

const num = (v: number | null, w = 9, d = 3): string => (v === null || !Number.isFinite(v) ? "" : v.toFixed(d)).padStart(w);

const SECTIONS: readonly { op: string; title: string }[] = [
  { op: "=~", title: "Latent Variables" },
  { op: "~", title: "Regressions" },
  { op: "~~", title: "Covariances" },
  { op: "~1", title: "Intercepts" },
  { op: "~~var", title: "Variances" },
  { op: ":=", title: "Defined Parameters" },
  { op: "r2", title: "R-Square" },
];

/**
 * Text laid out like lavaan's `summary(fit, fit.measures = TRUE, standardized = TRUE, rsquare = TRUE)`.
 * @param fit fitted model
 * @param options which optional blocks to print
 * @returns the summary text
 * @example
 * console.log(semSummary(fit, { fitMeasures: true, standardized: true }));
 */
export function semSummary(fit: SemFit, options: { fitMeasures?: boolean; standardized?: boolean; rsquare?: boolean } = {}): string {
  const L: string[] = [];
  const fm = fit.fitMeasures();
  L.push(`semkit ${fit.converged ? "ended normally" : "did NOT converge"} after ${fit.iterations} iterations`, "");
  L.push(`  Estimator${fit.estimator.padStart(43)}`);
  L.push(`  Number of model parameters${String(fit.npar).padStart(26)}`);
  if (fit.groups.length > 1) fit.groups.forEach((g, i) => L.push(`  Number of observations ${g.padEnd(18)}${String(fit.nobs[i]).padStart(10)}`));
  else L.push(`  Number of observations${String(fit.ntotal).padStart(30)}`);
  L.push("", "Model Test User Model:", `  Test statistic${num(fm["chisq"] ?? null, 38)}`, `  Degrees of freedom${String(fm["df"]).padStart(34)}`,
    `  P-value (Chi-square)${num(fm["pvalue"] ?? null, 32)}`);
  if (options.fitMeasures) {
    const rows: [string, string][] = [
      ["Comparative Fit Index (CFI)", "cfi"], ["Tucker-Lewis Index (TLI)", "tli"], ["Loglikelihood user model (H0)", "logl"],
      ["Akaike (AIC)", "aic"], ["Bayesian (BIC)", "bic"], ["RMSEA", "rmsea"], ["90 Percent confidence interval - lower", "rmsea.ci.lower"],
      ["90 Percent confidence interval - upper", "rmsea.ci.upper"], ["SRMR", "srmr"], ["Chi-square / df (CMIN/DF)", "cmin_df"],
    ];
    L.push("");
    for (const [label, key] of rows) L.push(`  ${label.padEnd(40)}${num(fm[key] ?? null, 12)}`);
  }
  if (fit.warnings.length > 0) { L.push("", "Warnings:"); for (const w of fit.warnings) L.push(`  - ${w}`); }
  const params = fit.parameterEstimates();
  const std = options.standardized === true;
  const header = `${"".padEnd(20)}${"Estimate".padStart(9)}${"Std.Err".padStart(9)}${"z-value".padStart(9)}${"P(>|z|)".padStart(9)}${std ? "   Std.lv  Std.all" : ""}`;
  L.push("", "Parameter Estimates:");
  const groups = fit.groups.length > 1 ? fit.groups.map((_, i) => i + 1) : [1];
  for (const g of groups) {
    if (fit.groups.length > 1) L.push("", `Group ${g} [${fit.groups[g - 1]}]:`);
    for (const s of SECTIONS) {
      if (s.op === "r2" && options.rsquare === false) continue;
      const rows = params.filter((r) => sectionOf(r) === s.op && (r.op === ":=" ? g === groups[groups.length - 1] : r.group === g));
      if (rows.length === 0) continue;
      L.push("", `${s.title}:`, header);
      let last = "";
      for (const r of rows) {
        const grouped = r.op === "=~" || r.op === "~";
        if (grouped && r.lhs !== last) { L.push(`  ${r.lhs} ${r.op}`); last = r.lhs; }
        const name = grouped ? `    ${r.rhs}` : r.op === "~~" && r.lhs !== r.rhs ? `  ${r.lhs} ~~ ${r.rhs}` : `  ${r.op === ":=" ? r.lhs : r.lhs}`;
        const label = r.label !== "" && r.op !== ":=" ? ` (${r.label})` : "";
        L.push(`${(name + label).padEnd(20)}${num(r.est)}${r.op === "r2" ? "" : num(r.se) + num(r.z) + num(r.pvalue)}${std && r.op !== "r2" ? num(r["std.lv"]) + num(r["std.all"]) : ""}`);
      }
    }
  }
  return L.join("\n");
}

function sectionOf(r: ParameterEstimate): string {
  if (r.op === "~~" && r.lhs === r.rhs) return "~~var";
  return r.op;
}
