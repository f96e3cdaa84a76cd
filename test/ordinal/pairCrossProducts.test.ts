import { describe, expect, it } from "vitest";
import { pairCrossProducts, pairCategorySums, pairInfluenceBuffers, pairIndex, type PairInfluences } from "../../src/ordinal/pairCrossProducts.ts";
import { pairTileKernel } from "../../src/ordinal/pairTileKernel.ts";

// 5 pairs × 3 patterns, small integers so every product and sum is exact:
//   X rows (pairs): [1, 2, 3], [0, -1, 4], [2, 2, -2], [5, 0, 1], [-3, 1, 1]
const ROWS = [[1, 2, 3], [0, -1, 4], [2, 2, -2], [5, 0, 1], [-3, 1, 1]];
const WEIGHTS = [2, 1, 3];
const np = 5, m = 3, q = 7, off = 2, scale = 10;

function fill(buf: PairInfluences, weighted: boolean): void {
  ROWS.forEach((row, t) => row.forEach((x, s) => {
    buf.X[pairIndex(t, s, m)] = x;
    if (weighted) buf.W[pairIndex(t, s, m)] = WEIGHTS[s]! * x;
  }));
}

/** scale · Σ_s w_s x_a(s) x_b(s), written out by hand for the entries checked below. */
const handValues: [number, number, number, number][] = [
  // [a, b, unweighted, weighted]
  [0, 0, scale * (1 + 4 + 9), scale * (2 * 1 + 1 * 4 + 3 * 9)],
  [1, 0, scale * (0 - 2 + 12), scale * (0 - 2 + 36)],
  [3, 2, scale * (10 + 0 - 2), scale * (20 + 0 - 6)],
  [4, 1, scale * (0 - 1 + 4), scale * (0 - 1 + 12)],
  [4, 4, scale * (9 + 1 + 1), scale * (18 + 1 + 3)],
];

function check(buf: PairInfluences, weighted: boolean): Float64Array {
  const out = new Float64Array(q * q);
  pairCrossProducts(buf, np, m, scale, out, q, off);
  for (const [a, b, plain, w] of handValues) {
    const v = weighted ? w : plain;
    expect(out[(off + a) * q + off + b]).toBe(v);
    expect(out[(off + b) * q + off + a]).toBe(v);
  }
  // every entry of the block against a plain triple loop; nothing outside the block is written
  for (let a = 0; a < np; a++) for (let b = 0; b < np; b++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += (weighted ? WEIGHTS[k]! : 1) * ROWS[a]![k]! * ROWS[b]![k]!;
    expect(out[(off + a) * q + off + b]).toBe(scale * s);
  }
  for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) if (i < off || j < off) expect(out[i * q + j]).toBe(0);
  return out;
}

describe("pairCrossProducts: the correlation block of Muthén's NACOV from pattern influences", () => {
  it("the WebAssembly kernel is available under Node", () => {
    expect(pairTileKernel()).not.toBeNull();
  });
  it("kernel path (arrays in the kernel's memory), unit and non-unit weights", () => {
    // hand-computed cross-products (see handValues)
    const plain = pairInfluenceBuffers(np, m, false);
    expect(plain.xAddr).toBeGreaterThanOrEqual(0);
    fill(plain, false);
    check(plain, false);
    const weighted = pairInfluenceBuffers(np, m, true);
    fill(weighted, true);
    check(weighted, true);
  });
  it("scalar path (ordinary arrays) gives the same numbers", () => {
    const len = (np + 1) * m;
    const X = new Float64Array(len);
    const plain: PairInfluences = { X, W: X, xAddr: -1, wAddr: -1, order: new Int32Array(m), orderAddr: -1 };
    fill(plain, false);
    check(plain, false);
    const weighted: PairInfluences = { X: new Float64Array(len), W: new Float64Array(len), xAddr: -1, wAddr: -1, order: new Int32Array(m), orderAddr: -1 };
    fill(weighted, true);
    check(weighted, true);
  });
  it("interleaves the pairs two by two", () => {
    // pair 3 is the second lane of the couple (2, 3): (3 >> 1)·m·2 + 1 + 2s
    expect(pairIndex(3, 10, 386)).toBe(793);
    expect(pairIndex(2, 0, 386)).toBe(772);
    expect(pairIndex(0, 1, 386)).toBe(2);
  });
});

describe("pairCategorySums: sums of eight pairs over a list of patterns", () => {
  // 11 pairs × 4 patterns, entry (t, s) = 10·t + s (exact); list [3, 0, 2]: sum = 3·10·t + 5
  const np2 = 11, m2 = 4;
  const expected = (t: number): number => 30 * t + 5;
  const fill2 = (buf: PairInfluences): void => {
    for (let t = 0; t < np2; t++) for (let s = 0; s < m2; s++) buf.W[pairIndex(t, s, m2)] = 10 * t + s;
    buf.order.set([3, 0, 2]);
  };
  const run = (buf: PairInfluences): void => {
    const out = new Float64Array(16);
    pairCategorySums(buf, m2, 0, 8, 0, 3, out, 0);
    for (let e = 0; e < 8; e++) expect(out[e]).toBe(expected(e));
    pairCategorySums(buf, m2, 8, 3, 0, 3, out, 8); // pairs 8, 9, 10 (the rest unspecified)
    for (let e = 0; e < 3; e++) expect(out[8 + e]).toBe(expected(8 + e));
    pairCategorySums(buf, m2, 0, 8, 1, 1, out, 0); // an empty list
    for (let e = 0; e < 8; e++) expect(out[e]).toBe(0);
  };
  it("kernel path", () => {
    const buf = pairInfluenceBuffers(np2, m2, true);
    expect(buf.orderAddr).toBeGreaterThan(0);
    fill2(buf);
    run(buf);
  });
  it("scalar path", () => {
    const len = (np2 + 1) * m2;
    const buf: PairInfluences = { X: new Float64Array(len), W: new Float64Array(len), xAddr: -1, wAddr: -1, order: new Int32Array(m2), orderAddr: -1 };
    fill2(buf);
    run(buf);
  });
});
