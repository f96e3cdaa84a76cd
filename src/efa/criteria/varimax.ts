import type { RotationCriterion } from "../types.ts";

/**
 * The varimax criterion for gradient projection: with QL = L² minus its column means,
 * Q(L) = −¼ ‖QL‖², gradient −L ∘ QL. (psych's rotate = "varimax" uses stats::varimax,
 * see {@link varimaxKaiser}; this criterion is GPArotation's Varimax.)
 *
 * Source: Kaiser (1958), Psychometrika 23; GPArotation vgQ.varimax (Bernaards & Jennrich 2005).
 * @param L row-major p×m loadings
 * @param p rows
 * @param m columns
 * @param G receives dQ/dL
 * @returns Q(L)
 * @throws never
 * @example
 * const g = new Float64Array(4); varimaxCriterion(new Float64Array([1, 0, 0, 1]), 2, 2, g); // -0.25
 */
export const varimaxCriterion: RotationCriterion = (L, p, m, G) => {
  let f = 0;
  for (let k = 0; k < m; k++) {
    let mean = 0;
    for (let i = 0; i < p; i++) mean += L[i * m + k]! ** 2;
    mean /= p;
    for (let i = 0; i < p; i++) {
      const l = L[i * m + k]!, q = l * l - mean;
      G[i * m + k] = -l * q; f += q * q;
    }
  }
  return -f / 4;
};
