import { describe, it, expect } from "vitest";
import { matMul } from "../../src/inference/matMul.ts";

describe("matMul", () => {
  it("multiplies a 5×3 by a 3×2 matrix (row blocks of four plus a remainder row)", () => {
    // hand computation: row i of A = [i+1, 0, 2], B = [[1, 2], [3, 4], [5, 6]] → [i+11, 2i+14]
    const A = new Float64Array([1, 0, 2, 2, 0, 2, 3, 0, 2, 4, 0, 2, 5, 0, 2]);
    const B = new Float64Array([1, 2, 3, 4, 5, 6]);
    expect(Array.from(matMul(A, B, 5, 3, 2))).toEqual([11, 14, 12, 16, 13, 18, 14, 20, 15, 22]);
  });
  it("overwrites a reused output buffer", () => {
    // [[1, 2], [3, 4]]·[[0, 1], [1, 0]] = [[2, 1], [4, 3]] (hand computation)
    const out = new Float64Array([9, 9, 9, 9]);
    matMul(new Float64Array([1, 2, 3, 4]), new Float64Array([0, 1, 1, 0]), 2, 2, 2, out);
    expect(Array.from(out)).toEqual([2, 1, 4, 3]);
  });
});
