import { solveDense } from "./solveDense.ts";

/**
 * Variance inflation factors of a set of variables from their correlation matrix: VIF_i = 1 / (1 − R²_i),
 * R²_i from regressing variable i on the others (r_iᵀ R₋ᵢ⁻¹ r_i).
 * Source: seminr 2.3.2 `R/compute_metrics.R` (`cor_vifs`, `compute_vif`).
 * @param c - correlation matrix, dim × dim row-major
 * @param dim - its order
 * @param idx - the variables (indices into c)
 * @returns one VIF per variable (1 for a single variable; NaN when singular)
 * @throws nothing
 * @example
 * vifFromCorrelation(Float64Array.of(1, 0.5, 0.5, 1), 2, [0, 1]); // [1.333, 1.333]
 */
export function vifFromCorrelation(c: Float64Array, dim: number, idx: readonly number[]): number[] {
  const q = idx.length;
  if (q < 2) return idx.map(() => 1);
  return idx.map((i) => {
    const others = idx.filter((j) => j !== i);
    const k = others.length;
    const a = new Float64Array(k * k), b = new Float64Array(k);
    others.forEach((oi, s) => {
      b[s] = c[oi * dim + i] as number;
      others.forEach((oj, t) => { a[s * k + t] = c[oi * dim + oj] as number; });
    });
    const beta = solveDense(a, b, k);
    if (beta === null) return Number.NaN;
    let r2 = 0;
    for (let s = 0; s < k; s++) r2 += (beta[s] as number) * (b[s] as number);
    return 1 / (1 - r2);
  });
}
