import type { MlSolution } from "../estimate/estimateModel.ts";
import type { ParameterEstimate } from "./types.ts";
import { readElement } from "../representation/buildRepresentation.ts";
import { standardizedSolution } from "./standardizedSolution.ts";
import { waldTest } from "./waldTest.ts";
import { definedParameters } from "./definedParameters.ts";

/** Estimates of every parameter-table row (fixed and free) at θ̂, read back from the model matrices. */
export function rowEstimates(sol: MlSolution): Float64Array {
  const est = new Float64Array(sol.pt.rows.length).fill(NaN);
  const { rep, ev } = sol;
  for (const s of rep.slots) est[s.row] = readElement(ev.mats[s.group]!, s.mat, s.i, s.j, rep.m, rep.p);
  // rows outside the LISREL matrices (thresholds, scale factors): θ when free, the fixed value otherwise
  sol.pt.rows.forEach((r, i) => {
    if (!Number.isNaN(est[i]!) || r.group < 1) return;
    est[i] = r.free > 0 ? sol.theta[r.free - 1]! : r.ustart;
  });
  return est;
}

/**
 * lavaan's `parameterEstimates(fit, standardized = TRUE, rsquare = TRUE)`: one row per
 * parameter (free and fixed), `:=` rows with delta-method SEs, then R² rows (op "r2").
 * @param sol estimation result
 * @param vcov covariance of θ̂ (null when SEs are unavailable)
 * @returns rows with lavaan's column names
 * @example
 * parameterRows(sol, vcov).find((r) => r.op === "=~");
 */
export function parameterRows(sol: MlSolution, vcov: Float64Array | null): ParameterEstimate[] {
  const { pt, rep, ev } = sol;
  const npar = pt.npar;
  const est = rowEstimates(sol);
  const ovx = observedCovariates(sol);
  const std = standardizedSolution(pt, rep, est, ev.implied, ovx);
  const out: ParameterEstimate[] = [];
  const nullable = (v: number): number | null => (Number.isFinite(v) ? v : null);
  pt.rows.forEach((r, i) => {
    if (r.op === ":=" || r.op === "==" || r.op === "<" || r.op === ">") return;
    const se = sol.boundRows?.has(i) === true ? NaN : r.free > 0 ? (vcov === null ? NaN : Math.sqrt(vcov[(r.free - 1) * npar + (r.free - 1)]!)) : 0;
    const w = waldTest(est[i]!, se);
    out.push({
      lhs: r.lhs, op: r.op, rhs: r.rhs, block: r.block, group: r.group, label: r.label, est: est[i]!,
      se: nullable(se), z: nullable(w.z), pvalue: nullable(w.pvalue), "ci.lower": nullable(w.ciLower), "ci.upper": nullable(w.ciUpper),
      "std.lv": nullable(std.stdLv[i]!), "std.all": nullable(std.stdAll[i]!), "std.nox": nullable(std.stdNox[i]!),
    });
  });
  for (const d of definedParameters(sol, est, std, vcov)) {
    const w = waldTest(d.est, d.se);
    out.push({
      lhs: d.name, op: ":=", rhs: d.text, block: 0, group: 0, label: d.name, est: d.est,
      se: nullable(d.se), z: nullable(w.z), pvalue: nullable(w.pvalue), "ci.lower": nullable(w.ciLower), "ci.upper": nullable(w.ciUpper),
      "std.lv": nullable(d.stdLv), "std.all": nullable(d.stdAll), "std.nox": nullable(d.stdNox),
    });
  }
  for (const r2 of rSquare(sol, est, ovx)) out.push(r2);
  return out;
}

/** Exogenous observed covariates (fixed.x rows). */
export function exogenousCovariates(sol: MlSolution): string[] {
  const set = new Set<string>();
  for (const r of sol.pt.rows) if (r.exo === 1 && r.op === "~~") set.add(r.lhs);
  return [...set];
}

/**
 * lavaan's ov.x (`lavNames(fit, "ov.x")`): observed variables that only predict, whatever fixed.x is. std.nox leaves
 * them unscaled and no R² is reported for them (lav_standardize_all_nox, lav_object_inspect_rsquare).
 * @param sol estimation result
 * @returns the names, in lavaan's order
 * @example
 * observedCovariates(sol); // ["ageyr", "sex"] for sem(covModel, hs), with fixed.x = TRUE or FALSE
 */
export function observedCovariates(sol: MlSolution): string[] {
  return sol.pt.classes !== undefined ? [...sol.pt.classes.ovX] : exogenousCovariates(sol);
}

/** R² of every endogenous variable: observed indicators and outcomes, and latent outcomes (lavaan `rsquare = TRUE`). */
function rSquare(sol: MlSolution, est: Float64Array, ovx: readonly string[]): ParameterEstimate[] {
  const { pt, rep, ev } = sol;
  const { p, m } = rep;
  const ovxSet = new Set(ovx);
  const endoLv = new Set<string>();
  for (const r of pt.rows) {
    if (r.op === "~" && pt.lv.includes(r.lhs)) endoLv.add(r.lhs);
    if (r.op === "=~" && pt.lv.includes(r.rhs)) endoLv.add(r.rhs);
  }
  const out: ParameterEstimate[] = [];
  const nulls = { se: null, z: null, pvalue: null, "ci.lower": null, "ci.upper": null, "std.lv": null, "std.all": null, "std.nox": null } as const;
  pt.rows.forEach((r, i) => {
    if (r.op !== "~~" || r.lhs !== r.rhs || r.group < 1) return;
    const g = r.group - 1, imp = ev.implied[g]!;
    let total: number;
    const a = rep.ovNames.indexOf(r.lhs);
    if (a >= 0) {
      if (ovxSet.has(r.lhs)) return;
      total = imp.sigma[a * p + a]!;
    } else {
      if (!endoLv.has(r.lhs)) return;
      const e = rep.etaNames.indexOf(r.lhs);
      total = imp.C[e * m + e]!;
    }
    out.push({ lhs: r.lhs, op: "r2", rhs: r.lhs, block: r.block, group: r.group, label: "", est: 1 - est[i]! / total, ...nulls });
  });
  return out;
}
