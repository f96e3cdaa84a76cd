import type { RotationCriterion } from "../types.ts";

/**
 * The geomin criterion Q(L) = Σ_i (Π_k (L²_ik + δ))^{1/m}, gradient
 * (2/m) · L_ik/(L²_ik + δ) · (Π_k (L²_ik + δ))^{1/m}.
 *
 * Source: Yates (1987); Browne (2001), "An overview of analytic rotation in exploratory factor
 * analysis", Multivariate Behav. Res. 36; GPArotation vgQ.geomin (Bernaards & Jennrich 2005).
 * @param delta δ added to squared loadings (GPArotation and psych default 0.01)
 * @returns a {@link RotationCriterion}
 * @throws never
 * @example
 * const q = geominCriterion(0.01); const g = new Float64Array(4); q(new Float64Array([1, 0, 0, 1]), 2, 2, g);
 */
export function geominCriterion(delta = 0.01): RotationCriterion {
  return (L, p, m, G) => {
    let f = 0;
    for (let i = 0; i < p; i++) {
      const r = i * m;
      let logSum = 0;
      for (let k = 0; k < m; k++) logSum += Math.log(L[r + k]! ** 2 + delta);
      const pro = Math.exp(logSum / m);
      f += pro;
      const c = (2 / m) * pro;
      for (let k = 0; k < m; k++) { const l = L[r + k]!; G[r + k] = (c * l) / (l * l + delta); }
    }
    return f;
  };
}
