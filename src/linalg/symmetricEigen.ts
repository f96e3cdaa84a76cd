import { symmetricEigenInPlace } from "./symmetricEigenInPlace.ts";

/** Eigenvalues (largest first) and eigenvectors (columns of a row-major n×n matrix). */
export interface SymmetricEigen {
  readonly values: Float64Array;
  readonly vectors: Float64Array;
}

/**
 * Eigen-decomposition of a real symmetric matrix, eigenvalues sorted descending like R's
 * `eigen(x, symmetric = TRUE)`. Allocating convenience wrapper around
 * {@link symmetricEigenInPlace}; use that one inside iterative loops.
 *
 * Source: Golub & Van Loan (2013), Matrix Computations, §8.3 (Householder tridiagonalisation + implicit QL).
 * @param a row-major n×n symmetric matrix (not modified)
 * @param n order
 * @returns `{ values, vectors }` with `vectors[i * n + k]` = component i of eigenvector k
 * @throws never
 * @example
 * symmetricEigen(new Float64Array([2, 1, 1, 2]), 2).values; // Float64Array [3, 1]
 */
export function symmetricEigen(a: Float64Array, n: number): SymmetricEigen {
  const values = new Float64Array(n), vectors = new Float64Array(n * n);
  symmetricEigenInPlace(a, n, values, vectors, new Float64Array(n));
  return { values, vectors };
}
