/**
 * Sample quantile by linear interpolation between order statistics, R's default
 * `quantile(x, prob, type = 7)`: h = (n − 1)·prob, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 *
 * Source: Hyndman & Fan (1996), "Sample quantiles in statistical packages", Am. Stat. 50, definition 7.
 * @param values the sample (not modified; NaN values are not allowed)
 * @param prob probability in [0, 1]
 * @returns the quantile (NaN for an empty sample)
 * @throws never
 * @example
 * quantileType7([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantileType7(values: ArrayLike<number>, prob: number): number {
  const s = Float64Array.from(values).sort();
  const n = s.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * prob, lo = Math.floor(h), hi = Math.min(lo + 1, n - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}
