import { spdInverse } from "../linalg/spdInverse.ts";
import { symmetricPseudoInverse } from "../linalg/symmetricPseudoInverse.ts";

/**
 * Inverse of a correlation matrix, falling back to the Moore–Penrose pseudo-inverse when the
 * matrix is not positive definite (as psych does with `Pinv` in `smc` and `KMO`).
 *
 * Source: psych::smc / psych::KMO (Revelle 2022), which use solve() or Pinv().
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @returns `{ inverse, pseudo }` where `pseudo` is true when the pseudo-inverse was used
 * @throws never
 * @example
 * inverseCorrelation(new Float64Array([1, 0.5, 0.5, 1]), 2).inverse; // [4/3, -2/3, -2/3, 4/3]
 */
export function inverseCorrelation(R: Float64Array, p: number): { inverse: Float64Array; pseudo: boolean } {
  const inv = new Float64Array(p * p);
  const logdet = spdInverse(R, p, inv, new Float64Array(p * p));
  if (Number.isFinite(logdet)) return { inverse: inv, pseudo: false };
  return { inverse: symmetricPseudoInverse(R, p), pseudo: true };
}
