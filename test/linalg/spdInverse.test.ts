import { describe, expect, it } from "vitest";
import { spdTestMatrix } from "../helpers/spdMatrix.ts";
import { spdInverse } from "../../src/linalg/spdInverse.ts";

describe("spdInverse", () => {
  it("inverts the 2 × 2 example worked by hand", () => {
    // [4 2; 2 3]⁻¹ = [3 −2; −2 4] / 8, log|A| = log 8
    const out = new Float64Array(4);
    const logdet = spdInverse(new Float64Array([4, 2, 2, 3]), 2, out, new Float64Array(4));
    expect(Math.abs(logdet - Math.log(8))).toBeLessThan(1e-15);
    [0.375, -0.25, -0.25, 0.5].forEach((v, i) => expect(Math.abs(out[i]! - v)).toBeLessThan(1e-15));
  });

  it("gives A A⁻¹ = I and a symmetric inverse for odd and even orders", () => {
    for (const n of [1, 3, 4, 9, 25, 63]) {
      const A = spdTestMatrix(n); // M Mᵀ + n I, symmetric positive definite
      const inv = new Float64Array(n * n);
      expect(Number.isFinite(spdInverse(A, n, inv, new Float64Array(n * n)))).toBe(true);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        expect(inv[i * n + j]).toBe(inv[j * n + i]);
        let s = 0;
        for (let k = 0; k < n; k++) s += A[i * n + k]! * inv[k * n + j]!;
        expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-12);
      }
    }
  });

  it("returns NaN for a matrix that is not positive definite", () => {
    expect(spdInverse(new Float64Array([1, 2, 2, 1]), 2, new Float64Array(4), new Float64Array(4))).toBeNaN();
  });
});
