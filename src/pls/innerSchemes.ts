import type { PlsScheme } from "./types.ts";
import { solveDense } from "./solveDense.ts";

/**
 * An inner weighting scheme: from the correlations `cor` (m × m, row-major) of the standardized outer
 * construct scores and the structural adjacency `adj` (adj[l·m + k] = 1 for a path l → k), the inner weight
 * matrix E (m × m, row-major), used as inner proxy Z_k = Σ_l Y_l E[l, k]. Returns null when a regression of
 * the path scheme is singular.
 */
export type InnerScheme = (cor: Float64Array, adj: Uint8Array, m: number, predecessors: readonly (readonly number[])[]) => Float64Array | null;

/**
 * The three inner weighting schemes of Lohmöller (1989), as a strategy table:
 * - `path` (seminr's `path_weighting`, the default): successors of a construct enter with their correlation,
 *   predecessors with the coefficients of the OLS regression of the construct on all its predecessors;
 * - `factorial` (seminr's `path_factorial`): every adjacent construct enters with its correlation;
 * - `centroid`: every adjacent construct enters with the sign of its correlation (Wold 1982).
 * Source: Lohmöller, J.-B. (1989), Latent variable path modeling with partial least squares, §2.3;
 * seminr 2.3.2 `R/library.R` (`path_weighting`, `path_factorial`).
 * @example
 * INNER_SCHEMES.path(cor, adj, m, predecessors);
 */
export const INNER_SCHEMES: Readonly<Record<PlsScheme, InnerScheme>> = {
  path: (cor, adj, m, predecessors) => {
    const e = new Float64Array(m * m);
    // successors l of k (k → l): E[l, k] = cor(l, k)
    for (let k = 0; k < m; k++) for (let l = 0; l < m; l++) if (adj[k * m + l] === 1) e[l * m + k] = cor[l * m + k] as number;
    for (let k = 0; k < m; k++) {
      const pred = predecessors[k] as readonly number[];
      const q = pred.length;
      if (q === 0) continue;
      const a = new Float64Array(q * q), b = new Float64Array(q);
      for (let i = 0; i < q; i++) {
        const pi = pred[i] as number;
        b[i] = cor[pi * m + k] as number;
        for (let j = 0; j < q; j++) a[i * q + j] = cor[pi * m + (pred[j] as number)] as number;
      }
      const beta = solveDense(a, b, q);
      if (beta === null) return null;
      for (let i = 0; i < q; i++) e[(pred[i] as number) * m + k] = beta[i] as number;
    }
    return e;
  },
  factorial: (cor, adj, m) => {
    const e = new Float64Array(m * m);
    for (let l = 0; l < m; l++) {
      for (let k = 0; k < m; k++) {
        const a = (adj[l * m + k] as number) + (adj[k * m + l] as number);
        if (a !== 0) e[l * m + k] = (cor[l * m + k] as number) * a;
      }
    }
    return e;
  },
  centroid: (cor, adj, m) => {
    const e = new Float64Array(m * m);
    for (let l = 0; l < m; l++) {
      for (let k = 0; k < m; k++) {
        const a = (adj[l * m + k] as number) + (adj[k * m + l] as number);
        if (a !== 0) e[l * m + k] = Math.sign(cor[l * m + k] as number) * a;
      }
    }
    return e;
  },
};
