import { describe, test, expect } from "vitest";
import { sparseRows } from "../../src/inference/sparseRows.ts";

describe("sparseRows (compressed sparse rows of a dense Jacobian)", () => {
  test("keeps the non-zero entries row by row, scaled, from a first row on", () => {
    // hand-computed: rows [0 2 0], [3 0 4], [0 0 5] scaled by 1, 10, 100; rows from 1 on
    const dense = new Float64Array([0, 2, 0, 3, 0, 4, 0, 0, 5]);
    const all = sparseRows(dense, 3, 3);
    expect(Array.from(all.ptr)).toEqual([0, 1, 3, 4]);
    expect(Array.from(all.idx)).toEqual([1, 0, 2, 2]);
    expect(Array.from(all.val)).toEqual([2, 3, 4, 5]);
    const tail = sparseRows(dense, 3, 3, [1, 10, 100], 1);
    expect(tail.rows).toBe(2);
    expect(Array.from(tail.ptr)).toEqual([0, 2, 3]);
    expect(Array.from(tail.idx)).toEqual([0, 2, 2]);
    expect(Array.from(tail.val)).toEqual([30, 40, 500]);
  });
});
