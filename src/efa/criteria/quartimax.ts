import type { RotationCriterion } from "../types.ts";

/**
 * The quartimax criterion Q(L) = −¼ Σ L⁴, gradient −L³.
 *
 * Source: Carroll (1953); Neuhaus & Wrigley (1954); GPArotation vgQ.quartimax (Bernaards & Jennrich 2005).
 * @param L row-major p×m loadings
 * @param p rows
 * @param m columns
 * @param G receives dQ/dL
 * @returns Q(L)
 * @throws never
 * @example
 * const g = new Float64Array(4); quartimaxCriterion(new Float64Array([1, 0, 0, 1]), 2, 2, g); // -0.5
 */
export const quartimaxCriterion: RotationCriterion = (L, p, m, G) => {
  let f = 0;
  for (let i = 0; i < p * m; i++) { const l = L[i]!, l3 = l * l * l; G[i] = -l3; f += l3 * l; }
  return -f / 4;
};
