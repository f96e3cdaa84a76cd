import { choleskyInPlace } from "./cholesky.ts";

/**
 * Inverse and log-determinant of a symmetric positive-definite n × n matrix through its Cholesky factor (no
 * general inverse): A = L Lᵀ, L⁻¹ in place, A⁻¹ = L⁻ᵀ L⁻¹, log|A| = 2 Σ log L_ii. The factorisation and the
 * final product run in 2 × 2 register blocks (every sum in increasing k, as the textbook loops).
 * `work` and `out` must not alias `a`.
 *
 * Source: Golub & Van Loan (2013), §4.2 (Cholesky) and §3.1 (triangular inversion).
 * @param a n × n row-major matrix (not modified)
 * @param n order
 * @param out n × n output, A⁻¹
 * @param work n × n scratch
 * @returns log|A|, or NaN when A is not positive definite
 * @throws never
 * @example
 * spdInverse(new Float64Array([4, 2, 2, 3]), 2, out, work); // log 8; out = [0.375, −0.25, −0.25, 0.5]
 */
export function spdInverse(a: Float64Array, n: number, out: Float64Array, work: Float64Array): number {
  const L = work;
  L.set(a.subarray(0, n * n));
  if (!choleskyInPlace(L, n)) return Number.NaN;
  let logdet = 0;
  for (let i = 0; i < n; i++) logdet += Math.log(L[i * n + i]!);
  // invert L in place (lower triangle): L <- L⁻¹
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    L[ri + i] = 1 / L[ri + i]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[ri + k]! * L[k * n + j]!;
      L[ri + j] = s * L[ri + i]!;
    }
  }
  // A⁻¹ = L⁻ᵀ L⁻¹: (A⁻¹)_ij = Σ_{k ≥ i} L⁻¹_ki L⁻¹_kj for j ≤ i, rows i, i + 1 and columns j, j + 1 together
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const ri = i * n;
    let j = 0;
    for (; j + 1 < i; j += 2) {
      // k = i belongs to row i only; rows i and i + 1 share k > i
      let s00 = 0 + L[ri + i]! * L[ri + j]!, s01 = 0 + L[ri + i]! * L[ri + j + 1]!, s10 = 0, s11 = 0;
      for (let k = i + 1; k < n; k++) {
        const rk = k * n, li = L[rk + i]!, li1 = L[rk + i + 1]!, lj = L[rk + j]!, lj1 = L[rk + j + 1]!;
        s00 += li * lj; s01 += li * lj1; s10 += li1 * lj; s11 += li1 * lj1;
      }
      out[ri + j] = s00; out[j * n + i] = s00;
      out[ri + j + 1] = s01; out[(j + 1) * n + i] = s01;
      out[ri + n + j] = s10; out[j * n + i + 1] = s10;
      out[ri + n + j + 1] = s11; out[(j + 1) * n + i + 1] = s11;
    }
    // the diagonal block (i, i), (i + 1, i), (i + 1, i + 1)
    let d0 = 0 + L[ri + i]! * L[ri + i]!, c = 0, d1 = 0;
    for (let k = i + 1; k < n; k++) {
      const rk = k * n, li = L[rk + i]!, li1 = L[rk + i + 1]!;
      d0 += li * li; c += li1 * li; d1 += li1 * li1;
    }
    out[ri + i] = d0;
    out[ri + n + i] = c; out[ri + i + 1] = c;
    out[ri + n + i + 1] = d1;
  }
  if (i < n) {
    // the last row (n odd): only k = i
    const ri = i * n;
    for (let j = 0; j <= i; j++) {
      const s = 0 + L[ri + i]! * L[ri + j]!;
      out[ri + j] = s; out[j * n + i] = s;
    }
  }
  return 2 * logdet;
}
