/**
 * Equality sets of rows (same label, or `a == b` between labels) and the numbering of
 * the free parameters, so that equal parameters share one element of θ.
 */
import { message } from "../messages.ts";
import type { WorkRow } from "./blockRows.ts";

/**
 * Disjoint sets over row indices (union–find with path compression).
 *
 * @example
 * const s = new EqualitySets(3); s.union(0, 2); s.find(2); // 0
 */
export class EqualitySets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Joins two sets; the smaller row index stays the representative. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}

/**
 * Joins rows that carry the same label.
 *
 * @param labels - One label per row (from `equalityLabels`).
 * @param sets - The sets to update.
 * @example
 * joinEqualLabels(["a", "f=~x2", "a"], sets); // rows 0 and 2 now equal
 */
export function joinEqualLabels(labels: readonly string[], sets: EqualitySets): void {
  const first = new Map<string, number>();
  labels.forEach((l, i) => {
    const f = first.get(l);
    if (f === undefined) first.set(l, i);
    else sets.union(f, i);
  });
}

/**
 * Numbers the free parameters in row order; rows of one equality set share the index.
 * A set that contains a fixed row is fixed entirely at the first fixed row's value
 * (lavaan: "equality constraints involve fixed parameters").
 *
 * Source: lavaan 0.6-14 `lavaanify()`, "handle user-specified equality constraints".
 *
 * @param rows - Rows with `free` 1/0; updated in place to 0 or the 1-based θ index.
 * @param sets - Equality sets over the rows.
 * @param labels - Row labels (named in the warning).
 * @param warnings - Receives a warning when fixed members of a set differ.
 * @returns The number of free parameters (length of θ).
 * @example
 * numberFreeParameters(rows, sets, labels, warnings); // e.g. 28 for the Political Democracy model
 */
export function numberFreeParameters(rows: WorkRow[], sets: EqualitySets, labels: readonly string[], warnings: string[]): number {
  const fixedOf = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.free !== 0) return;
    const root = sets.find(i);
    const prev = fixedOf.get(root);
    if (prev === undefined) fixedOf.set(root, i);
    else if (rows[prev]!.ustart !== r.ustart && !(Number.isNaN(rows[prev]!.ustart) && Number.isNaN(r.ustart))) {
      const msg = message.partableFixedEqualDiffer(labels[i]!);
      if (!warnings.includes(msg)) warnings.push(msg);
    }
  });
  const index = new Map<number, number>();
  let npar = 0;
  rows.forEach((r, i) => {
    const root = sets.find(i);
    const fixedRow = fixedOf.get(root);
    if (fixedRow !== undefined) {
      if (r.free !== 0) r.ustart = rows[fixedRow]!.ustart;
      r.free = 0;
      return;
    }
    let k = index.get(root);
    if (k === undefined) {
      k = ++npar;
      index.set(root, k);
    }
    r.free = k;
  });
  return npar;
}
