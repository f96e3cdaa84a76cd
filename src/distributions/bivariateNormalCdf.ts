import { bvnNodes, bvnUpperWithNodes, type BvnNodes } from "./genzBvn.ts";
import { normalCdf } from "./normalCdf.ts";

/**
 * Bivariate standard normal distribution function Φ₂(h, k; ρ) = P(X ≤ h, Y ≤ k), the function lavaan
 * takes from `pbivnorm::pbivnorm` (Genz's Fortran BVND); absolute accuracy about 1e-15.
 *
 * Source: A. Genz (2004), "Numerical computation of rectangular bivariate and trivariate normal and t
 * probabilities", Statistics and Computing 14, 251–260; Φ₂(h, k; ρ) = P(X > −h, Y > −k).
 * @param h upper limit of X (±Infinity allowed)
 * @param k upper limit of Y (±Infinity allowed)
 * @param rho the correlation, −1 ≤ ρ ≤ 1
 * @param nodes the nodes of Genz's rule for ρ from {@link bvnNodes}, when many (h, k) share one ρ
 * @returns Φ₂(h, k; ρ); NaN when an argument is NaN or |ρ| > 1
 * @throws never
 * @example
 * bivariateNormalCdf(0, 0, 0.5); // 1/3 (= 1/4 + asin(0.5)/(2π))
 */
export function bivariateNormalCdf(h: number, k: number, rho: number, nodes?: BvnNodes): number {
  if (h !== h || k !== k || !(Math.abs(rho) <= 1)) return NaN;
  if (h === -Infinity || k === -Infinity) return 0;
  if (h === Infinity) return normalCdf(k);
  if (k === Infinity) return normalCdf(h);
  return bvnUpperWithNodes(-h, -k, nodes ?? bvnNodes(rho));
}
