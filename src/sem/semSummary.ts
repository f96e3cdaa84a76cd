import type { SemFit, ParameterEstimate, SummaryOptions } from "./types.ts";
import { SUMMARY_OPTION_KEYS } from "./types.ts";
import { summaryFitBlocks } from "./summaryFitBlocks.ts";
import { summaryHeader } from "./summaryHeader.ts";
import { otherFitIndices } from "./otherFitIndices.ts";
import { groupChisq } from "../fit/groupChisq.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

const num = (v: number | null, w = 9, d = 3): string => (v === null || !Number.isFinite(v) ? "" : v.toFixed(d)).padStart(w);

const SECTIONS: readonly { op: string; title: string }[] = [
  { op: "=~", title: "Latent Variables" },
  { op: "<~", title: "Composites" },
  { op: "~", title: "Regressions" },
  { op: "~~", title: "Covariances" },
  { op: "~1", title: "Intercepts" },
  { op: "~~var", title: "Variances" },
  { op: ":=", title: "Defined Parameters" },
  { op: "r2", title: "R-Square" },
];

/**
 * Text laid out like lavaan's `summary(fit, fit.measures = TRUE, standardized = TRUE, rsquare = TRUE)`; robust
 * estimators (MLR, MLM, WLSMV) get lavaan's Standard and Scaled columns (see `summaryFitBlocks`).
 * @param fit fitted model
 * @param options which optional blocks to print
 * @param groupShares the estimator's own per-group shares of χ² (DWLS), else `groupChisq`
 * @returns the summary text
 * @example
 * console.log(semSummary(fit, { fitMeasures: true, standardized: true }));
 */
export function semSummary(
  fit: SemFit, options: SummaryOptions = {}, groupShares?: () => number[] | null,
): string {
  checkOptionsObject("summary", options);
  options = checkOptionKeys("summary", options, SUMMARY_OPTION_KEYS);
  const L: string[] = [];
  const fm = fit.fitMeasures();
  L.push(`semkit ${fit.converged ? "ended normally" : "did NOT converge"} after ${fit.iterations} iterations`, "");
  // lavaan's header: estimator, optimizer, parameters, equality constraints, observations (Used/Total), patterns
  L.push(...summaryHeader(fit));
  // lavaan's test and fit-measure blocks, with the Standard/Scaled columns of robust estimators
  const shares = fit.groups.length > 1 && fit.solution !== undefined ? (groupShares?.() ?? groupChisq(fit.solution, fit.estimator)) : null;
  const perGroup = shares === null ? {} : { groups: fit.groups.map((label, i) => ({ label, chisq: shares[i]!, share: fit.nobs[i]! / fit.ntotal })) };
  L.push("", ...summaryFitBlocks({ estimator: fit.estimator, fm, ...perGroup }, options.fitMeasures === true));
  if (options.fitMeasures) {
    const other = otherFitIndices(fm, fit.parameterEstimates().some((r) => r.op === "~1"));
    if (other.length > 0) L.push("", ...other);
  }
  if (fit.warnings.length > 0) { L.push("", "Warnings:"); for (const w of fit.warnings) L.push(`  - ${w}`); }
  const params = fit.parameterEstimates();
  const std = options.standardized === true;
  const header = `${"".padEnd(20)}${"Estimate".padStart(9)}${"Std.Err".padStart(9)}${"z-value".padStart(9)}${"P(>|z|)".padStart(9)}${std ? "   Std.lv  Std.all" : ""}`;
  L.push("", "Parameter Estimates:");
  // two-level models: one block per level (lavaan's "Level 1 [within]:" / "Level 2 [...]:")
  const twoLevel = fit.groups.length === 1 && params.some((r) => r.block === 2);
  const groups = twoLevel ? [1, 2] : fit.groups.length > 1 ? fit.groups.map((_, i) => i + 1) : [1];
  for (const g of groups) {
    if (twoLevel) L.push("", g === 1 ? "Level 1 [within]:" : "Level 2 [between]:");
    else if (fit.groups.length > 1) L.push("", `Group ${g} [${fit.groups[g - 1]}]:`);
    for (const s of SECTIONS) {
      if (s.op === "r2" && options.rsquare === false) continue;
      const rows = params.filter((r) => sectionOf(r) === s.op && (r.op === ":=" ? g === groups[groups.length - 1] : twoLevel ? r.block === g : r.group === g));
      if (rows.length === 0) continue;
      // lavaan prints the R-Square block under an Estimate column only
      L.push("", `${s.title}:`, s.op === "r2" ? `${"".padEnd(20)}${"Estimate".padStart(9)}` : header);
      let last = "";
      for (const r of rows) {
        const grouped = r.op === "=~" || r.op === "<~" || r.op === "~";
        if (grouped && r.lhs !== last) { L.push(`  ${r.lhs} ${r.op}`); last = r.lhs; }
        const name = grouped ? `    ${r.rhs}` : r.op === "~~" && r.lhs !== r.rhs ? `  ${r.lhs} ~~ ${r.rhs}` : `  ${r.op === ":=" ? r.lhs : r.lhs}`;
        const label = r.label !== "" && r.op !== ":=" ? ` (${r.label})` : "";
        // a fixed parameter (SE 0) gets blank Std.Err, z-value and P(>|z|) columns, as lavaan prints it
        const fixed = r.se === 0;
        const inference = r.op === "r2" ? "" : fixed ? "".padStart(27) : num(r.se) + num(r.z) + num(r.pvalue);
        L.push(`${(name + label).padEnd(20)}${num(r.est)}${inference}${std && r.op !== "r2" ? num(r["std.lv"]) + num(r["std.all"]) : ""}`.trimEnd());
      }
    }
  }
  return L.join("\n");
}

function sectionOf(r: ParameterEstimate): string {
  if (r.op === "~~" && r.lhs === r.rhs) return "~~var";
  return r.op;
}
