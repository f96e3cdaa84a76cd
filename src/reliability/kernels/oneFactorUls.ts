/** A one-factor solution of a correlation matrix. */
export interface OneFactorSolution {
  /** Loadings λ (sign fixed so that Σλ ≥ 0). */
  readonly loadings: Float64Array;
  /** Uniquenesses ψ = 1 − λ². */
  readonly uniquenesses: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Indices of items whose communality hit the upper bound 0.995 (Heywood cases). */
  readonly heywood: readonly number[];
}

/**
 * One-factor unweighted least squares (minres) fit of a correlation matrix: the loadings λ
 * minimise Σ_{i<j} (r_ij − λ_i λ_j)², the off-diagonal residuals (Harman & Jones 1966, "minres";
 * the fixed point of iterated principal axes). Solved by exact coordinate updates
 * λ_i ← Σ_{j≠i} r_ij λ_j / Σ_{j≠i} λ_j² (each the exact minimiser in λ_i), started from the
 * centroid solution λ_i = Σ_{j≠i} r_ij / √(Σ_{j≠k} r_jk) (Thurstone 1931). As psych `fa`, a communality is kept at or below 0.995 (uniqueness ≥ 0.005).
 *
 * @param r row-major p×p correlation matrix (p ≥ 3 for an identified solution)
 * @param p order
 * @param options maximum iterations (default 10 000) and tolerance on the largest loading change (1e-12)
 * @returns loadings, uniquenesses, iterations, convergence flag and Heywood items
 * @throws never
 * @example
 * // r_ij = λ_i λ_j with λ = (.8, .7, .6): the fit recovers λ exactly
 * oneFactorUls(new Float64Array([1, .56, .48, .56, 1, .42, .48, .42, 1]), 3).loadings; // [.8, .7, .6]
 */
export function oneFactorUls(
  r: Float64Array, p: number, options: { maxIter?: number; tol?: number } = {},
): OneFactorSolution {
  const maxIter = options.maxIter ?? 10_000, tol = options.tol ?? 1e-12;
  const maxLoading = Math.sqrt(0.995);
  const lambda = new Float64Array(p);
  // centroid start
  let total = 0;
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) if (i !== j) total += r[i * p + j]!;
  const scale = total > 0 ? Math.sqrt(total) : 1;
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) if (i !== j) s += r[i * p + j]!;
    lambda[i] = Math.min(Math.max(s / scale, -maxLoading), maxLoading) || 0.5;
  }
  let iterations = 0, converged = false;
  while (iterations < maxIter) {
    iterations++;
    let change = 0;
    for (let i = 0; i < p; i++) {
      let num = 0, den = 0;
      for (let j = 0; j < p; j++) {
        if (j === i) continue;
        num += r[i * p + j]! * lambda[j]!;
        den += lambda[j]! * lambda[j]!;
      }
      let v = den > 0 ? num / den : 0;
      if (v > maxLoading) v = maxLoading; else if (v < -maxLoading) v = -maxLoading;
      change = Math.max(change, Math.abs(v - lambda[i]!));
      lambda[i] = v;
    }
    if (change < tol) { converged = true; break; }
  }
  let sum = 0;
  for (let i = 0; i < p; i++) sum += lambda[i]!;
  if (sum < 0) for (let i = 0; i < p; i++) lambda[i] = -lambda[i]!;
  const uniquenesses = new Float64Array(p);
  const heywood: number[] = [];
  for (let i = 0; i < p; i++) {
    uniquenesses[i] = 1 - lambda[i]! * lambda[i]!;
    if (Math.abs(lambda[i]!) >= maxLoading - 1e-12) heywood.push(i);
  }
  return { loadings: lambda, uniquenesses, iterations, converged, heywood };
}
