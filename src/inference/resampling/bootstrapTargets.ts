import type { ParTable } from "../../partable/types.ts";
import type { BootstrapTarget } from "./types.ts";
import { printExpr } from "../../syntax/print.ts";

/**
 * The statistics a bootstrap tracks, in `parameterEstimates()` order without the R² rows:
 * every parameter-table row that is a model parameter (free or fixed), then the `:=` parameters.
 * @param pt parameter table
 * @returns one target per reported parameter
 * @example
 * bootstrapTargets(fit.partable).map((t) => `${t.lhs}${t.op}${t.rhs}`);
 */
export function bootstrapTargets(pt: ParTable): BootstrapTarget[] {
  const out: BootstrapTarget[] = [];
  pt.rows.forEach((r, i) => {
    if (r.op === ":=" || r.op === "==" || r.op === "<" || r.op === ">") return;
    out.push({ lhs: r.lhs, op: r.op, rhs: r.rhs, group: r.group, label: r.label, source: i });
  });
  (pt.definitions ?? []).forEach((d, k) => out.push({ lhs: d.name, op: ":=", rhs: printExpr(d.expr), group: 0, label: d.name, source: -1 - k }));
  return out;
}
