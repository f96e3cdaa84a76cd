import type { Expr } from "../syntax/types.ts";
import type { ParConstraint, ParTable } from "./types.ts";
import { printExpr } from "../syntax/print.ts";

/** One side of an inequality: a free parameter (1-based index into θ) or a constant. */
export type InequalitySide = { readonly free: number } | { readonly value: number };

/** An inequality `lhs > rhs` (or `<`, stored flipped), i.e. g(θ) = lhs − rhs ≥ 0. */
export interface Inequality {
  /** The constraint as written, e.g. "a > 0.5". */
  readonly text: string;
  readonly lhs: InequalitySide;
  readonly rhs: InequalitySide;
}

/**
 * Splits a parameter table's remaining constraints into simple inequalities — a label (or lavaan's `.pN.` label)
 * against a number or against another label, `a > 0.5`, `v < 1`, `a > b` — and the rest (equalities that were not
 * absorbed, inequalities with arithmetic), which stay unsupported. A label of a fixed parameter counts as its value.
 * `x < y` is stored as `y > x`, so every inequality reads g(θ) = lhs − rhs ≥ 0 (lavaan's cin function).
 * Source: lavaan 0.6-14 lav_partable_constraints_ciq.
 * @param pt parameter table (with `constraints`)
 * @returns the inequalities, and the constraints left over
 * @example
 * inequalityConstraints(pt).inequalities[0]; // { text: "a > 0.5", lhs: { free: 2 }, rhs: { value: 0.5 } }
 */
export function inequalityConstraints(pt: ParTable): { inequalities: Inequality[]; others: ParConstraint[] } {
  const byLabel = new Map<string, InequalitySide>();
  for (const r of pt.rows) {
    if (r.group < 1) continue;
    const side: InequalitySide = r.free > 0 ? { free: r.free } : { value: r.ustart };
    if (r.label !== "" && !byLabel.has(r.label)) byLabel.set(r.label, side);
    byLabel.set(r.plabel, side);
  }
  const sideOf = (e: Expr): InequalitySide | null => {
    if (e.kind === "num") return { value: e.value };
    if (e.kind === "neg" && e.arg.kind === "num") return { value: -e.arg.value };
    if (e.kind === "ident") return byLabel.get(e.name) ?? null;
    return null;
  };
  const inequalities: Inequality[] = [], others: ParConstraint[] = [];
  for (const c of pt.constraints ?? []) {
    const l = c.op === "==" ? null : sideOf(c.lhs), r = c.op === "==" ? null : sideOf(c.rhs);
    if (l === null || r === null || (!("free" in l) && !("free" in r))) { others.push(c); continue; }
    const text = `${printExpr(c.lhs)} ${c.op} ${printExpr(c.rhs)}`;
    inequalities.push(c.op === ">" ? { text, lhs: l, rhs: r } : { text, lhs: r, rhs: l });
  }
  return { inequalities, others };
}
