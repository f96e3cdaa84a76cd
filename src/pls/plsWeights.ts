import type { PlsLayout } from "./plsLayout.ts";
import type { InnerScheme } from "./innerSchemes.ts";
import { solveDense } from "./solveDense.ts";
import { itemByConstruct } from "./itemByConstruct.ts";

/** Outer weights found by the PLS algorithm. */
export interface PlsWeights {
  /** Weight of each item in its own block (scores X_std·w have unit variance). */
  readonly w: Float64Array;
  /** seminr's iteration count: the 0-based index of the pass in which the stop rule was met. */
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * The PLS algorithm of Wold (1982) / Lohmöller (1989) on the item correlation matrix, with seminr's conventions:
 * initial outer weights 1; each pass standardizes the outer scores, forms inner proxies with the inner scheme,
 * standardizes them, updates the weights (mode A: covariances of the items with the inner proxy; mode B:
 * the regression of the inner proxy on the block's items) and rescales them to unit score variance; it stops in
 * the first pass where Σ|w_new − w_old| < 10^−stopCriterion, or after pass maxIt (passes 0..maxIt).
 * Working on correlations instead of the data gives the same weights (every step is a linear function of the
 * standardized data's cross-products), at a cost independent of n.
 * Source: seminr 2.3.2 `R/estimate_simplePLS.R` (`simplePLS`) and `R/library.R` (`mode_A`, `mode_B`,
 * `standardize_outer_weights`).
 * @param r - item correlation matrix, p × p row-major, items in layout order
 * @param layout - the model
 * @param scheme - inner weighting scheme (see INNER_SCHEMES)
 * @param maxIt - maximum pass index (seminr's maxIt, default 300)
 * @param stopCriterion - exponent of the stop rule (seminr's stopCriterion, default 7)
 * @returns the weights, or null when a regression in the algorithm is singular
 * @throws nothing
 * @example
 * const { w, iterations } = plsWeights(r, layout, INNER_SCHEMES.path, 300, 7)!;
 */
export function plsWeights(r: Float64Array, layout: PlsLayout, scheme: InnerScheme, maxIt: number, stopCriterion: number): PlsWeights | null {
  const { m, p, blockStart, modes, adj, predecessors } = layout;
  const tol = Math.pow(10, -stopCriterion);
  let w = new Float64Array(p).fill(1);
  let spare = new Float64Array(p);
  const rw = new Float64Array(p * m);
  const cov = new Float64Array(m * m);
  const cor = new Float64Array(m * m);
  const s = new Float64Array(m);
  // the block correlation matrices of mode B constructs, for their regressions
  const blockR: (Float64Array | null)[] = [];
  for (let k = 0; k < m; k++) {
    if (modes[k] !== "B") { blockR.push(null); continue; }
    const a = blockStart[k] as number, q = (blockStart[k + 1] as number) - a;
    const rk = new Float64Array(q * q);
    for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) rk[i * q + j] = r[(a + i) * p + a + j] as number;
    blockR.push(rk);
  }
  let iterations = maxIt;
  let converged = false;
  for (let it = 0; it <= maxIt; it++) {
    itemByConstruct(r, w, layout, rw);
    for (let j = 0; j < m; j++) {
      for (let k = 0; k < m; k++) {
        let v = 0;
        for (let a = blockStart[j] as number; a < (blockStart[j + 1] as number); a++) v += (w[a] as number) * (rw[a * m + k] as number);
        cov[j * m + k] = v;
      }
    }
    for (let k = 0; k < m; k++) s[k] = Math.sqrt(cov[k * m + k] as number);
    for (let j = 0; j < m; j++) for (let k = 0; k < m; k++) cor[j * m + k] = (cov[j * m + k] as number) / ((s[j] as number) * (s[k] as number));
    const e = scheme(cor, adj, m, predecessors);
    if (e === null) return null;
    const next = spare;
    next.fill(0);
    for (let k = 0; k < m; k++) {
      // variance of the inner proxy Z_k = Σ_l Y_l E[l, k]
      let vz = 0;
      for (let l = 0; l < m; l++) {
        const el = e[l * m + k] as number;
        if (el === 0) continue;
        for (let h = 0; h < m; h++) vz += el * (cor[l * m + h] as number) * (e[h * m + k] as number);
      }
      const tz = Math.sqrt(vz);
      const a0 = blockStart[k] as number, a1 = blockStart[k + 1] as number;
      for (let a = a0; a < a1; a++) {
        let v = 0;
        for (let l = 0; l < m; l++) {
          const el = e[l * m + k] as number;
          if (el !== 0) v += ((rw[a * m + l] as number) / (s[l] as number)) * el;
        }
        next[a] = v / tz;
      }
      const rk = blockR[k];
      if (rk !== null && rk !== undefined) {
        const q = a1 - a0;
        const sol = solveDense(rk, next.subarray(a0, a1), q);
        if (sol === null) return null;
        next.set(sol, a0);
      }
      // unit variance of the block's score
      let vv = 0;
      for (let a = a0; a < a1; a++) for (let b = a0; b < a1; b++) vv += (next[a] as number) * (r[a * p + b] as number) * (next[b] as number);
      const sd = Math.sqrt(vv);
      if (!(sd > 0)) return null;
      for (let a = a0; a < a1; a++) next[a] = (next[a] as number) / sd;
    }
    let diff = 0;
    for (let a = 0; a < p; a++) diff += Math.abs((next[a] as number) - (w[a] as number));
    spare = w;
    w = next;
    if (!Number.isFinite(diff)) return null;
    if (diff < tol) { iterations = it; converged = true; break; }
  }
  return { w, iterations, converged };
}

