import type { ParRow, ParTable } from "../partable/types.ts";
import type { MlSolution } from "../sem/estimateModel.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { mlEvaluator, type MlEvaluator } from "../estimate/mlEvaluator.ts";

/**
 * The unrestricted (h1) model of a solution as a parameter table — every variance, covariance
 * and (with a mean structure) mean free in every group — evaluated at the sample (or EM) moments,
 * where it is estimated exactly. Used for lavaan's h1 information matrices (robust tests).
 * @param sol the user model's solution (its blocks and sample statistics are reused)
 * @returns the evaluator of the saturated model and its θ (the sample moments)
 * @example
 * const { ev, theta } = saturatedModel(sol);
 */
export function saturatedModel(sol: MlSolution): { ev: MlEvaluator; theta: Float64Array } {
  const { pt, stats } = sol;
  const p = pt.ov.length;
  const rows: ParRow[] = [];
  const values: number[] = [];
  const add = (g: number, lhs: string, op: "~~" | "~1", rhs: string, value: number): void => {
    const id = rows.length + 1;
    rows.push({ id, lhs, op, rhs, user: 0, block: g, group: g, free: rows.length + 1, ustart: NaN, exo: 0, label: "", plabel: `.p${id}.`, start: value });
    values.push(value);
  };
  for (let g = 1; g <= pt.groups.length; g++) {
    const S = stats.cov[g - 1]!, m = stats.mean[g - 1]!;
    for (let a = 0; a < p; a++) for (let b = a; b < p; b++) add(g, pt.ov[a]!, "~~", pt.ov[b]!, S[a * p + b]!);
    if (pt.meanstructure) for (let a = 0; a < p; a++) add(g, pt.ov[a]!, "~1", "", m[a]!);
  }
  const sat: ParTable = { rows, npar: rows.length, groups: pt.groups, ov: pt.ov, lv: [], meanstructure: pt.meanstructure };
  const ev = mlEvaluator(buildRepresentation(sat, stats), sol.blocks);
  return { ev, theta: Float64Array.from(values) };
}
