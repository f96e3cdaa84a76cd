import { describe, expect, it } from "vitest";
import { spdTestMatrix } from "../helpers/spdMatrix.ts";
import { choleskyInPlace } from "../../src/linalg/cholesky.ts";

describe("choleskyInPlace", () => {
  it("factors the 2 × 2 example worked by hand", () => {
    // [4 2; 2 3] = L Lᵀ with L = [2 0; 1 √2]
    const a = new Float64Array([4, 2, 2, 3]);
    expect(choleskyInPlace(a, 2)).toBe(true);
    expect([a[0], a[2], a[3]]).toEqual([2, 1, Math.SQRT2]);
  });

  it("reproduces A = L Lᵀ for odd and even orders", () => {
    for (const n of [1, 3, 4, 9, 25, 63]) {
      const A = spdTestMatrix(n); // M Mᵀ + n I, symmetric positive definite
      const L = Float64Array.from(A);
      expect(choleskyInPlace(L, n)).toBe(true);
      for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
        let s = 0;
        for (let k = 0; k <= j; k++) s += L[i * n + k]! * L[j * n + k]!;
        expect(Math.abs(s - A[i * n + j]!)).toBeLessThan(1e-10 * n);
      }
    }
  });

  it("reports a matrix that is not positive definite", () => {
    // eigenvalues of [1 2; 2 1] are 3 and −1; a 3 × 3 with a zero pivot in the odd last column
    expect(choleskyInPlace(new Float64Array([1, 2, 2, 1]), 2)).toBe(false);
    expect(choleskyInPlace(new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 0]), 3)).toBe(false);
  });
});
