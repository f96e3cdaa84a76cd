/**
 * Bivariate standard normal density φ₂(x, y; ρ) = exp(−(x² − 2ρxy + y²)/(2(1 − ρ²))) / (2π√(1 − ρ²)).
 *
 * Source: the bivariate normal density, e.g. Johnson, Kotz & Balakrishnan (2000), Continuous Multivariate
 * Distributions vol. 1, ch. 46, eq. 46.1; R's `mvtnorm::dmvnorm` with unit variances.
 * @param x first coordinate (±Infinity gives 0, the limit)
 * @param y second coordinate (±Infinity gives 0, the limit)
 * @param rho the correlation, −1 < ρ < 1
 * @returns φ₂(x, y; ρ); NaN when an argument is NaN or |ρ| ≥ 1
 * @throws never
 * @example
 * bivariateNormalDensity(0, 0, 0); // 0.15915494309189535 (= 1/(2π))
 */
export function bivariateNormalDensity(x: number, y: number, rho: number): number {
  if (x !== x || y !== y || !(Math.abs(rho) < 1)) return NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 0;
  const r = 1 - rho * rho;
  return Math.exp(-(x * x - 2 * rho * x * y + y * y) / (2 * r)) / (2 * Math.PI * Math.sqrt(r));
}
