import type { ParTable } from "../partable/types.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkShape } from "../options/checkArg.ts";

/** One effect of a variable on another, as a sum over directed paths of products of regression coefficients. */
export interface EffectSpec {
  /** "direct" (the single edge X → Y), "indirect" (one specific path through mediators), "total indirect" or "total". */
  readonly kind: "direct" | "indirect" | "total indirect" | "total";
  readonly from: string;
  readonly to: string;
  /** Mediators in order (specific indirect effects only). */
  readonly through: readonly string[];
  /** 1-based group. */
  readonly group: number;
  /** Each path as the partable rows (op "~") of its edges, from `from` to `to`. */
  readonly paths: readonly (readonly number[])[];
}

/**
 * Every direct, specific indirect, total indirect and total effect implied by the regressions (`~` rows)
 * of one group: a specific indirect effect is the product of the coefficients along one directed path
 * X → M₁ → … → Y; the total effect sums all paths from X to Y (Alwin & Hauser 1975; Bollen 1987,
 * "Total, direct and indirect effects in structural equation models"). Pairs joined only by a direct path
 * get a direct and a total effect; pairs with an indirect path also get the specific and total indirect effects.
 * @param pt parameter table
 * @param group 1-based group
 * @returns effects ordered by predictor, then outcome (model order), then direct, specific indirect (shortest first), total indirect, total
 * @throws ModelSpecificationError for a non-recursive model (a feedback loop), whose effects are not finite sums of paths; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * effectPaths(fit.partable, 1).filter((e) => e.kind === "indirect");
 */
export function effectPaths(pt: ParTable, group: number): EffectSpec[] {
  checkShape("effectPaths", "pt", pt, { rows: [{ lhs: "string", op: "string", rhs: "string" }] });
  const out = new Map<string, { row: number; to: string }[]>();
  const order: string[] = [];
  const see = (v: string): void => { if (!order.includes(v)) order.push(v); };
  pt.rows.forEach((r, i) => {
    if (r.op !== "~" || r.group !== group) return;
    see(r.rhs); see(r.lhs);
    if (!out.has(r.rhs)) out.set(r.rhs, []);
    out.get(r.rhs)!.push({ row: i, to: r.lhs });
  });
  // all directed paths from each source, depth first; a revisit on the current path is a feedback loop
  const effects: EffectSpec[] = [];
  for (const from of order) {
    if (!out.has(from)) continue;
    const byTarget = new Map<string, { rows: number[]; nodes: string[] }[]>();
    const walk = (node: string, rows: number[], nodes: string[]): void => {
      for (const e of out.get(node) ?? []) {
        if (e.to === from || nodes.includes(e.to)) throw new ModelSpecificationError(message.mediationFeedbackLoop([...nodes, e.to]));
        const rs = [...rows, e.row], ns = [...nodes, e.to];
        if (!byTarget.has(e.to)) byTarget.set(e.to, []);
        byTarget.get(e.to)!.push({ rows: rs, nodes: ns });
        walk(e.to, rs, ns);
      }
    };
    walk(from, [], [from]);
    for (const to of order) {
      const paths = byTarget.get(to);
      if (paths === undefined) continue;
      const direct = paths.filter((q) => q.rows.length === 1);
      const indirect = paths.filter((q) => q.rows.length > 1).sort((a, b) => a.rows.length - b.rows.length);
      const spec = (kind: EffectSpec["kind"], through: string[], ps: { rows: number[] }[]): EffectSpec => ({ kind, from, to, through, group, paths: ps.map((q) => q.rows) });
      if (direct.length > 0) effects.push(spec("direct", [], direct));
      for (const q of indirect) effects.push(spec("indirect", q.nodes.slice(1, -1), [q]));
      if (indirect.length > 0) effects.push(spec("total indirect", [], indirect));
      effects.push(spec("total", [], paths));
    }
  }
  return effects;
}
