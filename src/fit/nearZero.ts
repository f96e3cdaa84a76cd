/**
 * R's `isTRUE(all.equal(x, 0))` for a scalar, as lavaan uses it to guard
 * divisions in the incremental fit indices: |x| < 1.5e-8 (R's default tolerance,
 * sqrt of double epsilon; all.equal switches to an absolute comparison when the
 * target is that small).
 * Source: R Core Team, base::all.equal.numeric (tolerance = sqrt(.Machine$double.eps)).
 * @param x value
 * @returns true when x is zero within R's all.equal tolerance
 * @throws never
 * @example
 * nearZero(1e-9); // true
 */
export function nearZero(x: number): boolean {
  return Math.abs(x) < 1.4901161193847656e-8;
}
