/**
 * Sample statistics per group, as lavaan's ML uses them: means and covariances
 * with the N denominator (not N − 1), in the order of the model's observed variables.
 */
export interface SampleStatistics {
  /** Observed variable names (matrix order). */
  readonly names: readonly string[];
  /** Group labels. */
  readonly groups: readonly string[];
  /** Cases used per group. */
  readonly nobs: readonly number[];
  /** Total cases used. */
  readonly ntotal: number;
  /** Data rows per group before rows with missing values were dropped (lavaan's norig), when known. */
  readonly norig?: readonly number[];
  /** p×p covariance per group, N denominator. */
  readonly cov: readonly Float64Array[];
  /** p means per group. */
  readonly mean: readonly Float64Array[];
  /** Raw complete rows per group (row-major n_g × p), kept when casewise scores are needed (robust SEs, bootstrap). */
  readonly rows?: readonly Float64Array[];
}

/**
 * Means and N-denominator covariances of complete rows.
 * @param rows row-major n×p data without missing values
 * @param n rows
 * @param p columns
 * @returns `{ mean, cov }`
 * @example
 * momentsOf(new Float64Array([1, 2, 3, 4]), 2, 2); // mean [2,3], cov [[1,1],[1,1]]
 */
export function momentsOf(rows: Float64Array, n: number, p: number): { mean: Float64Array; cov: Float64Array } {
  const mean = new Float64Array(p);
  for (let r = 0; r < n; r++) for (let j = 0; j < p; j++) mean[j]! += rows[r * p + j]!;
  for (let j = 0; j < p; j++) mean[j]! /= n;
  const cov = new Float64Array(p * p);
  const d = new Float64Array(p);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < p; j++) d[j] = rows[r * p + j]! - mean[j]!;
    for (let a = 0; a < p; a++) {
      const da = d[a]!;
      for (let b = 0; b <= a; b++) cov[a * p + b]! += da * d[b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b <= a; b++) { const v = cov[a * p + b]! / n; cov[a * p + b] = v; cov[b * p + a] = v; }
  return { mean, cov };
}
