import type { ParRow, ParTable } from "./types.ts";
import type { Inequality } from "./inequalityConstraints.ts";

/**
 * The parameter table with some inequalities imposed as equalities (the active set of a constrained fit): a
 * parameter bound by a number is fixed at it, two parameters bound to each other share one free index. Free
 * indices are renumbered in their old order; `nfreeRows` keeps the unconstrained count (lavaan's npar).
 * @param pt parameter table
 * @param active the inequalities that hold with equality
 * @returns the reduced table and, for each old free index (1-based, slot 0 unused), its new index or fixed value
 * @example
 * activeConstraintTable(pt, [{ text: "v < 1", lhs: { value: 1 }, rhs: { free: 10 } }]).pt.npar; // pt.npar − 1
 */
export function activeConstraintTable(
  pt: ParTable, active: readonly Inequality[],
): { pt: ParTable; map: readonly ({ free: number } | { value: number })[] } {
  const n = pt.npar;
  const parent = Array.from({ length: n + 1 }, (_, i) => i);
  const find = (i: number): number => { let k = i; while (parent[k] !== k) k = parent[k]!; return k; };
  const value = new Map<number, number>();
  for (const c of active) {
    if ("free" in c.lhs && "free" in c.rhs) {
      const a = find(c.lhs.free), b = find(c.rhs.free);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  for (const c of active) {
    if ("free" in c.lhs && "value" in c.rhs) value.set(find(c.lhs.free), c.rhs.value);
    if ("value" in c.lhs && "free" in c.rhs) value.set(find(c.rhs.free), c.lhs.value);
  }
  const map: ({ free: number } | { value: number })[] = [{ value: NaN }];
  const newIndex = new Map<number, number>();
  let npar = 0;
  for (let i = 1; i <= n; i++) {
    const root = find(i);
    const v = value.get(root);
    if (v !== undefined) { map.push({ value: v }); continue; }
    if (!newIndex.has(root)) newIndex.set(root, ++npar);
    map.push({ free: newIndex.get(root)! });
  }
  const rows: ParRow[] = pt.rows.map((r) => {
    if (r.free === 0) return r;
    const m = map[r.free]!;
    return "free" in m ? { ...r, free: m.free } : { ...r, free: 0, ustart: m.value };
  });
  return { pt: { ...pt, rows, npar, nfreeRows: pt.nfreeRows ?? pt.npar }, map };
}
