/** Lower bound on the uniquenesses, as psych::fa passes it to optim (minres and ml). */
export const PSI_LOWER = 0.005;
/** Upper bound on the uniquenesses for a correlation matrix (psych: max(SMC, 1)). */
export const PSI_UPPER = 1;

/**
 * Indices of the variables whose uniqueness sits at the lower bound {@link PSI_LOWER} — Heywood
 * cases, where the optimiser would have pushed the uniqueness to zero or below.
 *
 * Source: Heywood (1931); psych::fa's bounds lower = .005 in optim (Revelle 2022).
 * @param psi uniquenesses at the optimum
 * @returns the 0-based indices at the bound
 * @throws never
 * @example
 * boundHits(new Float64Array([0.3, 0.005])); // [1]
 */
export function boundHits(psi: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < psi.length; i++) if (psi[i]! <= PSI_LOWER * (1 + 1e-8)) out.push(i);
  return out;
}
