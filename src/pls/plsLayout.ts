import type { PlsMode, PlsSpec } from "./types.ts";

/** Index form of a PLS model: constructs 0..m−1, items 0..p−1 grouped by block. */
export interface PlsLayout {
  readonly m: number;
  readonly p: number;
  readonly constructs: readonly string[];
  readonly items: readonly string[];
  /** Items of construct k are blockStart[k] .. blockStart[k+1]−1. */
  readonly blockStart: Int32Array;
  /** Construct of each item. */
  readonly owner: Int32Array;
  readonly modes: readonly PlsMode[];
  /** adj[l·m + k] = 1 for a path l → k. */
  readonly adj: Uint8Array;
  /** Predecessors of each construct, in path order. */
  readonly predecessors: readonly (readonly number[])[];
  /** Constructs with at least one predecessor, in order of first appearance as a path target. */
  readonly endogenous: readonly number[];
}

/**
 * Index the constructs, items and paths of a PLS model for the numerical routines.
 * @param spec - the model (see parsePlsModel)
 * @returns the layout
 * @throws nothing (the spec is validated by parsePlsModel)
 * @example
 * plsLayout(parsePlsModel("A =~ a1 + a2\nB =~ b1\nB ~ A")).blockStart; // Int32Array [0, 2, 3]
 */
export function plsLayout(spec: PlsSpec): PlsLayout {
  const constructs = spec.constructs.map((c) => c.name);
  const m = constructs.length;
  const index = new Map(constructs.map((c, k) => [c, k]));
  const items: string[] = [];
  const blockStart = new Int32Array(m + 1);
  const owner: number[] = [];
  spec.constructs.forEach((c, k) => {
    blockStart[k] = items.length;
    for (const it of c.items) { items.push(it); owner.push(k); }
  });
  blockStart[m] = items.length;
  const adj = new Uint8Array(m * m);
  const predecessors: number[][] = constructs.map(() => []);
  const endogenous: number[] = [];
  for (const p of spec.paths) {
    const from = index.get(p.from) as number, to = index.get(p.to) as number;
    adj[from * m + to] = 1;
    (predecessors[to] as number[]).push(from);
    if (!endogenous.includes(to)) endogenous.push(to);
  }
  return {
    m, p: items.length, constructs, items, blockStart, owner: Int32Array.from(owner),
    modes: spec.constructs.map((c) => c.mode), adj, predecessors, endogenous,
  };
}
