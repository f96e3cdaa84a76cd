/**
 * Rotation criteria of lavaan's ESEM (`lav_matrix_rotate_<method>`): each returns Q(Λ) and writes ∂Q/∂Λ.
 */

/** Rotation methods of ESEM blocks (lavaan's `rotation` option). */
export type EsemRotationMethod = "geomin" | "oblimin" | "quartimin" | "varimax" | "quartimax" | "promax";

/** Q(Λ) of row-major p×m loadings; writes ∂Q/∂Λ (p×m) into `grad`. */
export type RotationObjective = (L: Float64Array, p: number, m: number, grad: Float64Array) => number;

/** Criterion constants (lavaan's `rotation.args`). */
export interface CriterionArgs {
  /** geomin ε (lavaan: 0.001). */
  readonly geominEpsilon: number;
  /** oblimin γ (lavaan: 0, quartimin). */
  readonly obliminGamma: number;
}

/**
 * The criterion of a GPA rotation method, as lavaan 0.6-14 defines it:
 * - geomin: Σ_i (Π_k (λ²_ik + ε))^{1/m}, gradient (2/m) λ_ik/(λ²_ik + ε) · (Π_k (λ²_ik + ε))^{1/m};
 * - oblimin(γ): ¼ Σ (Λ²) ∘ (I − γJ/p) Λ² (𝟙𝟙ᵀ − I), gradient Λ ∘ (I − γJ/p) Λ² (𝟙𝟙ᵀ − I); quartimin is γ = 0;
 * - varimax: −¼ |Σ Λ² ∘ (Λ² − colmeans(Λ²))|, gradient −Λ ∘ (Λ² − colmeans(Λ²));
 * - quartimax: −¼ Σ λ⁴, gradient −Λ³.
 *
 * Source: lavaan R/lav_matrix_rotate_methods.R (Rosseel 2012); Browne (2001), Multivariate Behav. Res. 36.
 * @param method a GPA method (not "promax", which is not a criterion)
 * @param args ε and γ
 * @returns the objective
 * @throws never
 * @example
 * const q = rotationCriterion("geomin", { geominEpsilon: 0.001, obliminGamma: 0 });
 * q(new Float64Array([1, 0, 0, 1]), 2, 2, new Float64Array(4));
 */
export function rotationCriterion(method: Exclude<EsemRotationMethod, "promax">, args: CriterionArgs): RotationObjective {
  switch (method) {
    case "geomin":
      return (L, p, m, G) => {
        let f = 0;
        for (let i = 0; i < p; i++) {
          let s = 0;
          for (let k = 0; k < m; k++) s += Math.log(L[i * m + k]! ** 2 + args.geominEpsilon);
          const t = Math.exp(s / m);
          f += t;
          for (let k = 0; k < m; k++) { const l = L[i * m + k]!; G[i * m + k] = (2 / m) * l / (l * l + args.geominEpsilon) * t; }
        }
        return f;
      };
    case "oblimin":
    case "quartimin": {
      const gamma = method === "quartimin" ? 0 : args.obliminGamma;
      return (L, p, m, G) => {
        // LR_ik = Σ_{j≠k} λ²_ij, then (I − γJ/p) LR subtracts γ times the column means
        const LR = new Float64Array(p * m), colMean = new Float64Array(m);
        for (let i = 0; i < p; i++) {
          let row = 0;
          for (let k = 0; k < m; k++) row += L[i * m + k]! ** 2;
          for (let k = 0; k < m; k++) { const v = row - L[i * m + k]! ** 2; LR[i * m + k] = v; colMean[k] = colMean[k]! + v / p; }
        }
        let f = 0;
        for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) {
          const l = L[i * m + k]!, t = LR[i * m + k]! - gamma * colMean[k]!;
          f += l * l * t;
          G[i * m + k] = l * t;
        }
        return f / 4;
      };
    }
    case "varimax":
      return (L, p, m, G) => {
        const colMean = new Float64Array(m);
        for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) colMean[k] = colMean[k]! + L[i * m + k]! ** 2 / p;
        let s = 0;
        for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) {
          const l = L[i * m + k]!, c = l * l - colMean[k]!;
          s += l * l * c;
          G[i * m + k] = -l * c;
        }
        return -Math.abs(s) / 4;
      };
    case "quartimax":
      return (L, p, m, G) => {
        let f = 0;
        for (let i = 0; i < p * m; i++) { const l = L[i]!; f -= l ** 4 / 4; G[i] = -(l ** 3); }
        return f;
      };
  }
}
