/**
 * A symmetric positive-definite test matrix A = M Mᵀ + n I (row-major n × n), with M filled from sin(3i + 1), so
 * the linear-algebra tests use the same well-conditioned matrices of any order.
 * @param n order
 * @returns A
 */
export function spdTestMatrix(n: number): Float64Array {
  const M = Float64Array.from({ length: n * n }, (_, i) => Math.sin(3 * i + 1));
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = i === j ? n : 0;
    for (let k = 0; k < n; k++) s += M[i * n + k]! * M[j * n + k]!;
    A[i * n + j] = s;
  }
  return A;
}
