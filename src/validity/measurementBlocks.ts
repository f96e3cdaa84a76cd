import type { MlSolution } from "../estimate/estimateModel.ts";

/** The measurement part of one group: constructs with their observed indicators and loadings. */
export interface MeasurementBlocks {
  /** Constructs with at least two observed indicators, in `partable.lv` order. */
  readonly constructs: string[];
  /** 0-based indices (into `partable.ov`) of each construct's indicators, in `partable.ov` order. */
  readonly items: number[][];
  /** Unstandardized loadings, aligned with `items`. */
  readonly loadings: number[][];
  /** Index of each construct in the latent covariance matrix (rep.etaNames). */
  readonly eta: number[];
  /** Indicators (names) that load on more than one construct. */
  readonly crossLoading: Set<string>;
  /** Latent variables with exactly one observed indicator (left out, as semTools' dropSingle). */
  readonly single: string[];
}

/**
 * Read constructs, indicators and loadings of group `g` from the model matrices, as semTools does
 * from `lavInspect(fit, "est")$lambda`: an item is an indicator of a construct when its loading is not 0.
 * @param sol estimation result
 * @param g 0-based group
 * @returns the measurement blocks
 * @example
 * measurementBlocks(sol, 0).constructs; // ["SQ", "PV", ...]
 */
export function measurementBlocks(sol: MlSolution, g: number): MeasurementBlocks {
  const { rep, ev } = sol;
  const { p, m } = rep;
  const L = ev.mats[g]!.lambda;
  const constructs: string[] = [], items: number[][] = [], loadings: number[][] = [], eta: number[] = [], single: string[] = [];
  const count = new Int32Array(p);
  for (let j = 0; j < m; j++) {
    if (rep.phantom[j]) continue;
    for (let a = 0; a < p; a++) if (L[a * m + j] !== 0) count[a]!++;
  }
  const crossLoading = new Set<string>();
  for (let a = 0; a < p; a++) if (count[a]! > 1) crossLoading.add(rep.ovNames[a]!);
  for (let j = 0; j < m; j++) {
    if (rep.phantom[j]) continue;
    const idx: number[] = [], lam: number[] = [];
    for (let a = 0; a < p; a++) { const l = L[a * m + j]!; if (l !== 0) { idx.push(a); lam.push(l); } }
    if (idx.length === 1) single.push(rep.etaNames[j]!);
    if (idx.length < 2) continue;
    constructs.push(rep.etaNames[j]!); items.push(idx); loadings.push(lam); eta.push(j);
  }
  return { constructs, items, loadings, eta, crossLoading, single };
}
