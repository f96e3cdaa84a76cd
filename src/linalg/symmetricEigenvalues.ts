import { symmetricEigenInPlace } from "./symmetricEigenInPlace.ts";

/**
 * Eigenvalues only of a real symmetric matrix, largest first (R's `eigen(x, symmetric = TRUE,
 * only.values = TRUE)$values`); skips all eigenvector work, so it is several times cheaper than
 * the full decomposition.
 *
 * Source: Golub & Van Loan (2013), Matrix Computations, §8.3 (Householder tridiagonalisation + implicit QL).
 * @param a row-major n×n symmetric matrix (not modified)
 * @param n order
 * @returns Float64Array of the n eigenvalues, descending
 * @throws never
 * @example
 * symmetricEigenvalues(new Float64Array([2, 1, 1, 2]), 2); // [3, 1]
 */
export function symmetricEigenvalues(a: Float64Array, n: number): Float64Array {
  const values = new Float64Array(n);
  symmetricEigenInPlace(a, n, values, new Float64Array(n * n), new Float64Array(n), false);
  return values;
}
