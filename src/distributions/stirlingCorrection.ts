/**
 * Stirling's correction δ(x) = log Γ(x) − [(x − ½) log x − x + log √(2π)] for x ≥ 10, the part of log Γ that
 * stays small when x is large, summed from the asymptotic series Σ B₂ₖ / (2k(2k − 1) x^{2k−1}) with eight terms
 * (the first omitted term is below 2e-18 at x = 10).
 *
 * Source: Abramowitz & Stegun (1964), 6.1.41; R's nmath/lgammacor.c uses the same function for lbeta.
 * @param x the argument, x ≥ 10 (smaller x are outside the series' accuracy: use logGamma)
 * @returns δ(x); 0 for x = Infinity; NaN for NaN or x < 10
 * @throws never
 * @example
 * stirlingCorrection(10); // ≈ 0.00833056343336287
 */
export function stirlingCorrection(x: number): number {
  if (!(x >= 10)) return Number.NaN;
  const z = 1 / (x * x);
  return (1 / 12 + z * (-1 / 360 + z * (1 / 1260 + z * (-1 / 1680 + z * (1 / 1188 + z * (-691 / 360360
    + z * (1 / 156 + z * (-3617 / 122400)))))))) / x;
}
