import { gaussJordanInverse } from "../linalg/gaussJordanInverse.ts";

/**
 * Variance inflation factors of a set of variables from their correlation matrix: VIF_i = 1 / (1 − R²_i), with
 * R²_i from regressing variable i on the others, which is the i-th diagonal element of the inverse correlation
 * matrix of the set.
 * Source: seminr 2.3.2 `R/compute_metrics.R` (`cor_vifs`, `compute_vif`); Belsley, Kuh & Welsch (1980), §3.2.
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
  const a = new Float64Array(q * q);
  idx.forEach((i, s) => idx.forEach((j, t) => { a[s * q + t] = c[i * dim + j] as number; }));
  const inv = new Float64Array(q * q);
  if (!gaussJordanInverse(a, q, inv, new Float64Array(q * q), 1e-14)) return idx.map(() => Number.NaN);
  // 1/(1 − R²_i) = (R⁻¹)_ii for a correlation matrix (unit diagonal)
  return idx.map((i, s) => (inv[s * q + s] as number) * (c[i * dim + i] as number));
}
