/**
 * Pearson correlation of two columns over the rows where both are observed, as R's
 * `cor(x, y, use = "pairwise.complete.obs")` (means and standard deviations taken over
 * those rows only).
 *
 * Formula: r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²) (Pearson 1896).
 *
 * @param data row-major n×p matrix, NaN for missing
 * @param n rows
 * @param p columns
 * @param j first column (0-based)
 * @param k second column (0-based)
 * @returns the correlation; NaN with fewer than 2 complete pairs or a constant column
 * @throws never
 * @example
 * pairwiseCorrelation(new Float64Array([1, 2, 2, 4, 3, 7]), 3, 2, 0, 1); // ≈ 0.9934
 */
export function pairwiseCorrelation(data: Float64Array, n: number, p: number, j: number, k: number): number {
  let m = 0, sj = 0, sk = 0;
  for (let i = 0; i < n; i++) {
    const a = data[i * p + j]!, b = data[i * p + k]!;
    if (a === a && b === b) { m++; sj += a; sk += b; }
  }
  if (m < 2) return NaN;
  const mj = sj / m, mk = sk / m;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    const a = data[i * p + j]!, b = data[i * p + k]!;
    if (a === a && b === b) {
      const da = a - mj, db = b - mk;
      sab += da * db; saa += da * da; sbb += db * db;
    }
  }
  return sab / Math.sqrt(saa * sbb);
}
