import { describe, expect, it } from "vitest";
import { productABt } from "../../src/linalg/productABt.ts";

// A Bᵀ by the definition (ABᵀ)_ab = Σ_c A_ac B_bc, summed in the same order of c
function naive(A: Float64Array, B: Float64Array, rows: number, cols: number, inner: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let a = 0; a < rows; a++) for (let b = 0; b < cols; b++) {
    let s = 0;
    for (let c = 0; c < inner; c++) s += A[a * inner + c]! * B[b * inner + c]!;
    out[a * cols + b] = s;
  }
  return out;
}

describe("productABt", () => {
  it("is A Bᵀ for even and odd orders, full and lower triangle, with the same sums as the triple loop", () => {
    for (const n of [1, 2, 3, 4, 7, 8, 25]) {
      const A = Float64Array.from({ length: n * n }, (_, i) => Math.sin(i + 1) * 3);
      const B = Float64Array.from({ length: n * n }, (_, i) => Math.cos(2 * i + 1));
      const ref = naive(A, B, n, n, n);
      const full = new Float64Array(n * n);
      productABt(A, B, n, n, n, full, false);
      expect(Array.from(full)).toEqual(Array.from(ref));
      const low = new Float64Array(n * n).fill(NaN);
      productABt(A, B, n, n, n, low, true);
      for (let a = 0; a < n; a++) for (let b = 0; b <= a; b++) expect(low[a * n + b]).toBe(ref[a * n + b]);
    }
  });

  it("is A Bᵀ for rectangular shapes (p × m loadings times an m × m matrix, odd and even sizes)", () => {
    for (const [rows, cols, inner] of [[25, 7, 7], [4, 3, 5], [1, 2, 3], [9, 1, 2]] as const) {
      const A = Float64Array.from({ length: rows * inner }, (_, i) => Math.sin(i + 1) * 3);
      const B = Float64Array.from({ length: cols * inner }, (_, i) => Math.cos(2 * i + 1));
      const out = new Float64Array(rows * cols);
      productABt(A, B, rows, cols, inner, out);
      expect(Array.from(out)).toEqual(Array.from(naive(A, B, rows, cols, inner)));
    }
  });

  it("gives the 2 × 2 product worked by hand", () => {
    // [1 2; 3 4] · [5 6; 7 8]ᵀ = [17 23; 39 53]
    const out = new Float64Array(4);
    productABt(new Float64Array([1, 2, 3, 4]), new Float64Array([5, 6, 7, 8]), 2, 2, 2, out, false);
    expect(Array.from(out)).toEqual([17, 23, 39, 53]);
  });
});
