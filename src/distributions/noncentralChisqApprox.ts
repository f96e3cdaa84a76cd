import { chisqCdf } from "./chisqCdf.ts";

/**
 * Sankaran's normal approximation to the non-central chi-square distribution function, used where
 * the exact Poisson-mixture sum would need millions of terms (very large non-centrality).
 *
 * With h = 1 − (2/3)(k+λ)(k+3λ)/(k+2λ)², p = (k+2λ)/(k+λ)² and m = (h−1)(1−3h),
 * z = [(x/(k+λ))^h − (1 + h·p·(h − 1 − ½(2−h)·m·p))] / [h·√(2p)·(1 + ½·m·p)] and P(X ≤ x) ≈ Φ(z).
 * The relative error vanishes as λ grows; at λ ≥ 10⁷ it is far below the precision any use of the
 * value (RMSEA interval, close-fit p-value) needs. Φ is taken from the χ²₁ tail,
 * Φ(−|z|) = ½·P(χ²₁ > z²), so both tails keep their relative precision.
 * Source: Sankaran (1963), Biometrika 50, 199–204; Johnson, Kotz & Balakrishnan (1995),
 * Continuous Univariate Distributions vol. 2, ch. 29, eq. 29.61.
 * @param x quantile, x > 0
 * @param df degrees of freedom k > 0
 * @param ncp non-centrality λ > 0
 * @param upper when true return P(X > x)
 * @returns the approximate probability
 * @throws never
 * @example
 * noncentralChisqApprox(2e8, 9, 2e8); // ≈ 0.5
 */
export function noncentralChisqApprox(x: number, df: number, ncp: number, upper = false): number {
  const kl = df + ncp;
  const k2l = df + 2 * ncp;
  const h = 1 - (2 / 3) * kl * (df + 3 * ncp) / (k2l * k2l);
  const p = k2l / (kl * kl);
  const m = (h - 1) * (1 - 3 * h);
  const z = (Math.pow(x / kl, h) - (1 + h * p * (h - 1 - 0.5 * (2 - h) * m * p))) /
    (h * Math.sqrt(2 * p) * (1 + 0.5 * m * p));
  if (Number.isNaN(z)) return Number.NaN;
  // tail beyond |z|: Φ(−|z|) = ½·P(χ²₁ > z²)
  const far = 0.5 * chisqCdf(z * z, 1, true);
  const lowerTail = z < 0 ? far : 1 - far;
  return upper ? (z > 0 ? far : 1 - far) : lowerTail;
}
