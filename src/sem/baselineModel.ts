import type { ParRow, ParTable } from "../partable/types.ts";
import type { MlSolution } from "./estimateModel.ts";
import { estimateModel } from "./estimateModel.ts";
import { objectives, type Objective } from "../estimate/objectives.ts";

/**
 * lavaan's baseline (independence) model fitted the same way as the user model (used for FIML,
 * where it has no closed form): free variances and, with a mean structure, free means of every
 * observed variable; exogenous covariates (fixed.x) keep their covariances fixed at the sample values.
 * Source: Bentler & Bonett (1980); lavaan `lav_partable_independence`.
 * @param sol the user model's solution (its sample statistics and FIML blocks are reused)
 * @param objective the estimator's discrepancy (default ML; GLS/ULS fit the baseline by least squares)
 * @returns χ² and df of the baseline model against the unrestricted model, and its solution (for robust tests)
 * @example
 * baselineByFitting(sol).chisq;
 */
export function baselineByFitting(sol: MlSolution, objective: Objective = objectives.ML): { chisq: number; df: number; solution: MlSolution } {
  const { pt, stats } = sol;
  // exogenous observed covariates: under fixed.x their moments are fixed at the sample values; with
  // fixed.x = FALSE (lavaan's default for GLS/ULS) their variances, covariances and means are free
  const exoRows = pt.rows.filter((r) => r.exo === 1 && r.op === "~~");
  const fixedX = exoRows.length > 0;
  const ovx = fixedX ? new Set(exoRows.map((r) => r.lhs)) : observedPredictors(pt);
  const rows: ParRow[] = [];
  let free = 0;
  const add = (g: number, lhs: string, op: "~~" | "~1", rhs: string, isFree: boolean, exo: 0 | 1): void => {
    const id = rows.length + 1;
    rows.push({ id, lhs, op, rhs, user: 0, block: g, group: g, free: isFree ? ++free : 0, ustart: NaN, exo, label: "", plabel: `.p${id}.`, start: NaN });
  };
  const xs = pt.ov.filter((v) => ovx.has(v));
  for (let g = 1; g <= pt.groups.length; g++) {
    for (const v of pt.ov) if (!ovx.has(v)) add(g, v, "~~", v, true, 0);
    for (let a = 0; a < xs.length; a++) for (let b = a; b < xs.length; b++) add(g, xs[a]!, "~~", xs[b]!, !fixedX, fixedX ? 1 : 0);
    if (pt.meanstructure) for (const v of pt.ov) add(g, v, "~1", "", !(fixedX && ovx.has(v)), fixedX && ovx.has(v) ? 1 : 0);
  }
  const base: ParTable = { rows, npar: free, groups: pt.groups, ov: pt.ov, lv: [], meanstructure: pt.meanstructure };
  // robust fit measures: keep the FIML pattern rows and return the solution for its scaling factor
  const fimlInput = sol.fiml ? { blocks: sol.blocks, h1Logl: sol.logl!.h1, ...(sol.blockRows !== null ? { rows: sol.blockRows } : {}) } : undefined;
  const fit = estimateModel(base, stats, undefined, fimlInput, objective);
  return { chisq: fit.chisq, df: fit.df, solution: fit };
}

/** Observed variables that only predict (rhs of ~, never an outcome or an indicator): lavaan's ov.x. */
function observedPredictors(pt: ParTable): Set<string> {
  const out = new Set<string>(), not = new Set<string>();
  for (const r of pt.rows) {
    if (r.op === "~") { out.add(r.rhs); not.add(r.lhs); }
    if (r.op === "=~") not.add(r.rhs);
  }
  return new Set(pt.ov.filter((v) => out.has(v) && !not.has(v)));
}
