import type { RotationCriterion } from "../types.ts";

/**
 * The oblimin family criterion Q(L) = ¼ Σ_ij (L²)_ij [(I − γ/p 𝟙𝟙ᵀ) L² N]_ij with N = 𝟙𝟙ᵀ − I,
 * gradient L ∘ [(I − γ/p 𝟙𝟙ᵀ) L² N]. γ = 0 is quartimin (psych's default "oblimin").
 *
 * Source: Carroll (1960); Jennrich (2002), "A simple general method for oblique rotation",
 * Psychometrika 67; GPArotation vgQ.oblimin (Bernaards & Jennrich 2005).
 * @param gamma oblimin γ (0 = quartimin)
 * @returns a {@link RotationCriterion}
 * @throws never
 * @example
 * const q = obliminCriterion(0); const g = new Float64Array(4); q(new Float64Array([1, 0, 0, 1]), 2, 2, g); // 0
 */
export function obliminCriterion(gamma = 0): RotationCriterion {
  let colMean = new Float64Array(0);
  return (L, p, m, G) => {
    if (colMean.length < m) colMean = new Float64Array(m);
    if (gamma !== 0) {
      colMean.fill(0);
      for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) colMean[k] = colMean[k]! + L[i * m + k]! ** 2;
      for (let k = 0; k < m; k++) colMean[k] = (gamma * colMean[k]!) / p;
    }
    let f = 0;
    for (let i = 0; i < p; i++) {
      const r = i * m;
      let row = 0, cm = 0;
      for (let k = 0; k < m; k++) { row += L[r + k]! ** 2; cm += colMean[k]!; }
      for (let k = 0; k < m; k++) {
        const l = L[r + k]!, l2 = l * l;
        // [(I − γ/p 11ᵀ) L² N]_ik = (row_i − L²_ik) − (Σ_c γ/p colsum_c − γ/p colsum_k)
        const x = gamma === 0 ? row - l2 : row - l2 - (cm - colMean[k]!);
        G[r + k] = l * x;
        f += l2 * x;
      }
    }
    return f / 4;
  };
}
