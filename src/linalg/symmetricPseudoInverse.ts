import { symmetricEigen } from "./symmetricEigen.ts";

/**
 * Moore–Penrose pseudo-inverse of a real symmetric matrix through its eigen-decomposition:
 * A⁺ = V diag(1/λ for |λ| > tol, else 0) Vᵀ with tol = max|λ| · n · 2.2e-16 (the usual SVD cut-off;
 * for a symmetric matrix the singular values are |λ|).
 *
 * Source: Golub & Van Loan (2013), Matrix Computations, §5.5.2 (pseudo-inverse from the SVD).
 * @param a row-major n×n symmetric matrix (not modified)
 * @param n order
 * @returns A⁺ as a new row-major n×n Float64Array
 * @throws never
 * @example
 * symmetricPseudoInverse(new Float64Array([1, 1, 1, 1]), 2); // [0.25, 0.25, 0.25, 0.25]
 */
export function symmetricPseudoInverse(a: Float64Array, n: number): Float64Array {
  const { values, vectors } = symmetricEigen(a, n);
  let maxAbs = 0;
  for (let k = 0; k < n; k++) maxAbs = Math.max(maxAbs, Math.abs(values[k]!));
  const tol = maxAbs * n * 2.220446049250313e-16;
  const out = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const lam = values[k]!;
    if (!(Math.abs(lam) > tol)) continue;
    const w = 1 / lam;
    for (let i = 0; i < n; i++) {
      const vi = vectors[i * n + k]! * w;
      if (vi === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j]! += vi * vectors[j * n + k]!;
    }
  }
  return out;
}
