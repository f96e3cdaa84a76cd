/**
 * lavaan's rescaling rule for the correlation-metric residuals: a sample or implied
 * moment is divided by its standard-deviation factor, except that moments smaller than
 * 1e-5 in absolute value are left unscaled (factor 1), and a non-positive variance gives NaN.
 * Source: lavaan 0.6-14 R/lav_residuals.R, lav_residuals_rescale.
 * @param value moment (covariance or mean)
 * @param divisor the factor to divide by (sqrt(v_i·v_j) for covariances, sqrt(v_i) for means)
 * @returns the rescaled moment
 * @throws never
 * @example
 * rescaleLikeLavaan(0.5, 2); // 0.25
 */
export function rescaleLikeLavaan(value: number, divisor: number): number {
  if (Math.abs(value) < 1e-5) return value;
  if (!(divisor > 0) || !Number.isFinite(divisor)) return Number.NaN;
  return value / divisor;
}
