import type { PlsLayout } from "./plsLayout.ts";
import type { InnerScheme } from "./innerSchemes.ts";
import { plsWeights } from "./plsWeights.ts";
import { itemByConstruct } from "./itemByConstruct.ts";
import { solveDense } from "./solveDense.ts";
import { blockRhoA } from "./blockRhoA.ts";

/** Settings of one PLS estimation. */
export interface PlsCoreSettings {
  readonly scheme: InnerScheme;
  readonly maxIt: number;
  readonly stopCriterion: number;
  /** Constructs treated as common factors (PLSc); empty for plain PLS. */
  readonly consistent: readonly boolean[];
  /** Score scale of each construct (1, or seminr's raw-product SD for an interaction). */
  readonly scoreScale?: (loadings: Float64Array, k: number) => number;
  /** Sample size (for adjusted R²). */
  readonly n: number;
}

/** Everything the PLS estimates are made of, in index form. */
export interface PlsCore {
  readonly w: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Item × construct covariances with the (unit-variance) construct scores, p × m. */
  readonly rw: Float64Array;
  /** Score scale factors (1 except for raw-scaled interactions). */
  readonly scale: Float64Array;
  /** Correlations of the construct scores, m × m. */
  readonly cor: Float64Array;
  /** Correlations used by the structural model (disattenuated under PLSc), m × m. */
  readonly structCor: Float64Array;
  /** Outer loadings of items in their block (PLSc-corrected for common factors). */
  readonly loadings: Float64Array;
  /** Path coefficients, m × m, [from, to]. */
  readonly paths: Float64Array;
  readonly r2: Float64Array;
  readonly r2adj: Float64Array;
  /** rhoA of each construct (1 for mode B, single items and interactions). */
  readonly rhoA: Float64Array;
}

/**
 * One PLS estimation from the item correlation matrix: outer weights, loadings, construct-score correlations,
 * path coefficients (OLS on the construct scores) and R², with consistent PLS when asked.
 * PLSc divides the score correlations by √(rhoA_i rhoA_j), re-solves the regressions on them, and sets the
 * loadings of common factors to w·√rhoA / (wᵀw).
 * Sources: seminr 2.3.2 `R/estimate_simplePLS.R`, `R/library.R` (`estimate_path_coef`, `adjust_interaction`),
 * `R/evaluate_model.R` (`calc_insample`), `R/feature_consistent.R` (`PLSc`); Dijkstra & Henseler (2015),
 * Consistent partial least squares path modeling, MIS Quarterly 39(2), eqs. 9–12.
 * @param r - item correlation matrix, p × p row-major
 * @param layout - the model
 * @param settings - scheme, stop rule, PLSc flags, n
 * @returns the estimates, or null when the algorithm hits a singular matrix
 * @throws nothing
 * @example
 * const core = plsCore(r, layout, { scheme: INNER_SCHEMES.path, maxIt: 300, stopCriterion: 7, consistent: [], n: 250 });
 */
export function plsCore(r: Float64Array, layout: PlsLayout, settings: PlsCoreSettings): PlsCore | null {
  const { m, p, blockStart, owner, predecessors } = layout;
  const fit = plsWeights(r, layout, settings.scheme, settings.maxIt, settings.stopCriterion);
  if (fit === null) return null;
  const { w } = fit;
  const rw = new Float64Array(p * m);
  itemByConstruct(r, w, layout, rw);
  const loadings = new Float64Array(p);
  for (let a = 0; a < p; a++) loadings[a] = rw[a * m + (owner[a] as number)] as number;
  const scale = new Float64Array(m).fill(1);
  if (settings.scoreScale !== undefined) {
    for (let k = 0; k < m; k++) scale[k] = settings.scoreScale(loadings, k);
    for (let a = 0; a < p; a++) loadings[a] = (loadings[a] as number) * (scale[owner[a] as number] as number);
  }
  const cov = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < m; k++) {
      let v = 0;
      for (let a = blockStart[j] as number; a < (blockStart[j + 1] as number); a++) v += (w[a] as number) * (rw[a * m + k] as number);
      cov[j * m + k] = v * (scale[j] as number) * (scale[k] as number);
    }
  }
  const cor = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < m; k++) cor[j * m + k] = (cov[j * m + k] as number) / Math.sqrt((cov[j * m + j] as number) * (cov[k * m + k] as number));
  }
  const rhoA = new Float64Array(m).fill(1);
  const anyConsistent = settings.consistent.some((c) => c);
  let structCor = cor;
  let structCov = cov;
  if (anyConsistent) {
    for (let k = 0; k < m; k++) if (settings.consistent[k] === true) rhoA[k] = blockRhoA(r, w, p, blockStart[k] as number, blockStart[k + 1] as number);
    structCor = new Float64Array(m * m);
    for (let j = 0; j < m; j++) {
      for (let k = 0; k < m; k++) structCor[j * m + k] = j === k ? 1 : (cor[j * m + k] as number) / Math.sqrt((rhoA[j] as number) * (rhoA[k] as number));
    }
    structCov = structCor;
    for (let k = 0; k < m; k++) {
      if (settings.consistent[k] !== true) continue;
      const a0 = blockStart[k] as number, a1 = blockStart[k + 1] as number;
      let ww = 0;
      for (let a = a0; a < a1; a++) ww += (w[a] as number) * (w[a] as number);
      for (let a = a0; a < a1; a++) loadings[a] = (w[a] as number) * Math.sqrt(rhoA[k] as number) / ww;
    }
  }
  const paths = new Float64Array(m * m);
  const r2 = new Float64Array(m).fill(Number.NaN);
  const r2adj = new Float64Array(m).fill(Number.NaN);
  for (let k = 0; k < m; k++) {
    const pred = predecessors[k] as readonly number[];
    const q = pred.length;
    if (q === 0) continue;
    const beta = regress(structCov, m, pred, k);
    const betaStd = structCov === structCor ? beta : regress(structCor, m, pred, k);
    if (beta === null || betaStd === null) return null;
    let rs = 0;
    for (let i = 0; i < q; i++) {
      paths[(pred[i] as number) * m + k] = beta[i] as number;
      rs += (betaStd[i] as number) * (structCor[(pred[i] as number) * m + k] as number);
    }
    r2[k] = rs;
    r2adj[k] = 1 - (1 - rs) * ((settings.n - 1) / (settings.n - q - 1));
  }
  return { w, iterations: fit.iterations, converged: fit.converged, rw, scale, cor, structCor, loadings, paths, r2, r2adj, rhoA };
}

/** OLS coefficients of construct k on its predecessors from a covariance (or correlation) matrix. */
function regress(c: Float64Array, m: number, pred: readonly number[], k: number): Float64Array | null {
  const q = pred.length;
  const a = new Float64Array(q * q), b = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    const pi = pred[i] as number;
    b[i] = c[pi * m + k] as number;
    for (let j = 0; j < q; j++) a[i * q + j] = c[pi * m + (pred[j] as number)] as number;
  }
  return solveDense(a, b, q);
}
