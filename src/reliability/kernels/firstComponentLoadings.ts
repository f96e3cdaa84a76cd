import { pairwiseCorrelation } from "./pairwiseCorrelation.ts";
import { symmetricEigen } from "../../linalg/symmetricEigen.ts";

/**
 * Loadings of the items on the first principal component of their pairwise-complete
 * correlation matrix, oriented so the loadings sum to a non-negative number, as
 * psych's `principal(x, nfactors = 1)` (Revelle, psych; Hotelling 1933):
 * a = v₁ √λ₁ with (λ₁, v₁) the largest eigenpair of R.
 *
 * @param data row-major n×p matrix, NaN for missing
 * @param n rows
 * @param p columns
 * @returns Float64Array of p loadings
 * @throws never
 * @example
 * firstComponentLoadings(new Float64Array([1, 5, 2, 4, 3, 3]), 3, 2); // [1, -1]
 */
export function firstComponentLoadings(data: Float64Array, n: number, p: number): Float64Array {
  const r = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    r[j * p + j] = 1;
    for (let k = j + 1; k < p; k++) r[j * p + k] = r[k * p + j] = pairwiseCorrelation(data, n, p, j, k);
  }
  const { values, vectors } = symmetricEigen(r, p);
  const s = Math.sqrt(Math.max(values[0]!, 0));
  const out = new Float64Array(p);
  let sum = 0;
  for (let j = 0; j < p; j++) { out[j] = vectors[j * p]! * s; sum += out[j]!; }
  if (sum < 0) for (let j = 0; j < p; j++) out[j] = -out[j]!;
  return out;
}
