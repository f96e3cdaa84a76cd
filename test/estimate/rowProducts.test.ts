import { describe, expect, it } from "vitest";
import { rowProducts } from "../../src/estimate/rowProducts.ts";

// A Bᵀ by the definition (AB)_ab = Σ_c A_ac B_bc, summed in the same order of c
function naive(A: Float64Array, B: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) {
    let s = 0;
    for (let c = 0; c < n; c++) s += A[a * n + c]! * B[b * n + c]!;
    out[a * n + b] = s;
  }
  return out;
}

describe("rowProducts", () => {
  it("is A Bᵀ for even and odd orders, full and lower triangle, with the same sums as the triple loop", () => {
    for (const n of [1, 2, 3, 4, 7, 8, 25]) {
      const A = Float64Array.from({ length: n * n }, (_, i) => Math.sin(i + 1) * 3);
      const B = Float64Array.from({ length: n * n }, (_, i) => Math.cos(2 * i + 1));
      const ref = naive(A, B, n);
      const full = new Float64Array(n * n);
      rowProducts(A, B, n, full, false);
      expect(Array.from(full)).toEqual(Array.from(ref));
      const low = new Float64Array(n * n).fill(NaN);
      rowProducts(A, B, n, low, true);
      for (let a = 0; a < n; a++) for (let b = 0; b <= a; b++) expect(low[a * n + b]).toBe(ref[a * n + b]);
    }
  });

  it("gives the 2 × 2 product worked by hand", () => {
    // [1 2; 3 4] · [5 6; 7 8]ᵀ = [17 23; 39 53]
    const out = new Float64Array(4);
    rowProducts(new Float64Array([1, 2, 3, 4]), new Float64Array([5, 6, 7, 8]), 2, out, false);
    expect(Array.from(out)).toEqual([17, 23, 39, 53]);
  });
});
