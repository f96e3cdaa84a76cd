/**
 * Quantile of sorted values by linear interpolation between order statistics (R's default type 7):
 * h = (n − 1)·prob, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * Source: Hyndman & Fan (1996), The American Statistician 50, 361–365, definition 7.
 * @param sorted values in increasing order (length ≥ 1)
 * @param prob probability in [0, 1]
 * @returns the quantile
 * @throws never
 * @example
 * percentile(Float64Array.of(1, 2, 3, 4), 0.5); // 2.5
 */
export function percentile(sorted: ArrayLike<number>, prob: number): number {
  const n = sorted.length;
  const h = (n - 1) * prob, lo = Math.floor(h), hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
