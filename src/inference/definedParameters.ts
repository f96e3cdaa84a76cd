import type { MlSolution } from "../estimate/estimateModel.ts";
import type { StandardizedColumns } from "./standardizedSolution.ts";
import { evaluate, exprIdentifiers } from "../syntax/evaluate.ts";
import { printExpr } from "../syntax/print.ts";

/** A `:=` parameter with its delta-method standard error and standardized values. */
export interface DefinedParameter {
  readonly name: string;
  /** The expression as written back in lavaan syntax. */
  readonly text: string;
  readonly est: number;
  readonly se: number;
  readonly stdLv: number;
  readonly stdAll: number;
  readonly stdNox: number;
}

/**
 * Evaluate the model's `:=` definitions at θ̂ and give their delta-method standard errors:
 *   Var(f(θ̂)) ≈ ∇f(θ̂)ᵀ Var(θ̂) ∇f(θ̂),  with ∇f by central differences (as lavaan's
 *   `lav_func_jacobian_simple`). Standardized values evaluate the same expression on the
 *   standardized parameters, as lavaan's standardizedSolution does.
 * Source: Sobel (1982); lavaan `lav_model_vcov_se`.
 * @param sol estimation result
 * @param est estimate of every partable row
 * @param std standardized columns aligned with the partable rows
 * @param vcov covariance of θ̂, or null
 * @returns one entry per definition, in order
 * @example
 * definedParameters(sol, est, std, vcov)[0].est; // a*b
 */
export function definedParameters(
  sol: MlSolution, est: Float64Array, std: StandardizedColumns, vcov: Float64Array | null,
): DefinedParameter[] {
  const { pt } = sol;
  const defs = pt.definitions ?? [];
  if (defs.length === 0) return [];
  const npar = pt.npar;
  // label → (row) for the labelled rows; earlier definitions may be used by later ones
  const labelRow = new Map<string, number>();
  pt.rows.forEach((r, i) => {
    if (r.op === ":=" || r.op === "==" || r.op === "<" || r.op === ">") return;
    if (r.label !== "" && !labelRow.has(r.label)) labelRow.set(r.label, i);
    if (!labelRow.has(r.plabel)) labelRow.set(r.plabel, i);
  });
  const evalAll = (rowValue: (row: number) => number): number[] => {
    const env = new Map<string, number>();
    for (const [label, row] of labelRow) env.set(label, rowValue(row));
    return defs.map((d) => { const v = evaluate(d.expr, env); env.set(d.name, v); return v; });
  };
  const base = evalAll((row) => est[row]!);
  const stdLv = evalAll((row) => std.stdLv[row]!), stdAll = evalAll((row) => std.stdAll[row]!), stdNox = evalAll((row) => std.stdNox[row]!);
  const se = new Array<number>(defs.length).fill(NaN);
  if (vcov !== null) {
    const theta = sol.theta;
    const jac: number[][] = defs.map(() => new Array<number>(npar).fill(0));
    const valueAt = (t: Float64Array) => (row: number): number => { const f = pt.rows[row]!.free; return f > 0 ? t[f - 1]! : est[row]!; };
    const t = new Float64Array(theta);
    // only the parameters the definitions name can move them: the other columns of ∇f are exactly 0
    const used = new Set<number>();
    for (const d of defs) {
      for (const name of exprIdentifiers(d.expr)) {
        const row = labelRow.get(name);
        if (row !== undefined && pt.rows[row]!.free > 0) used.add(pt.rows[row]!.free - 1);
      }
    }
    for (const k of [...used].sort((a, b) => a - b)) {
      const h = 1e-6 * Math.max(1, Math.abs(theta[k]!));
      t[k] = theta[k]! + h; const up = evalAll(valueAt(t));
      t[k] = theta[k]! - h; const down = evalAll(valueAt(t));
      t[k] = theta[k]!;
      for (let d = 0; d < defs.length; d++) jac[d]![k] = (up[d]! - down[d]!) / (2 * h);
    }
    for (let d = 0; d < defs.length; d++) {
      const j = jac[d]!;
      let v = 0;
      for (let a = 0; a < npar; a++) { if (j[a] === 0) continue; for (let b = 0; b < npar; b++) v += j[a]! * vcov[a * npar + b]! * j[b]!; }
      // a non-finite value has NaN differences in every column (Inf − Inf), so a NaN SE
      se[d] = Number.isFinite(base[d]!) ? Math.sqrt(Math.max(v, 0)) : NaN;
    }
  }
  return defs.map((d, i) => ({
    name: d.name, text: printExpr(d.expr, { compact: true }), est: base[i]!, se: se[i]!, stdLv: stdLv[i]!, stdAll: stdAll[i]!, stdNox: stdNox[i]!,
  }));
}
