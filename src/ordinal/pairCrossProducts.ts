import { pairTileKernel, PAIR_TILE_MEMORY_LIMIT } from "./pairTileKernel.ts";

/**
 * Casewise (per response pattern) influences of the pairs, np × m, with the columns stored two by two,
 * interleaved: entry (t, s) at index `pairColumn(t, m) + 2s`. W is the weighted copy (W = X when every
 * weight is 1). When the WebAssembly kernel is available they live in its memory (reused by the next
 * call: read them before calling again).
 */
export interface PairInfluences {
  readonly X: Float64Array;
  readonly W: Float64Array;
  /** byte addresses of X[0] and W[0] in the kernel's memory, or −1 when the arrays are ordinary */
  readonly xAddr: number;
  readonly wAddr: number;
}

/** Index of entry (t, 0) in the interleaved layout; entry (t, s) is 2s further. */
const pairColumn = (t: number, m: number): number => (t >> 1) * m * 2 + (t & 1);

/**
 * Allocate the influence arrays of np pairs over m patterns, in the WebAssembly kernel's memory when it is
 * available and the arrays are small enough (≤ 16 MiB), else as ordinary arrays. Their contents are
 * unspecified: write every entry (t < np, s < m) before `pairCrossProducts` reads it.
 * Source: the interleaved column layout is that of the f64x2 tile (see `pairTileKernel`).
 * @param np number of pairs
 * @param m number of response patterns
 * @param weighted whether W is a separate array (false: W = X)
 * @returns the arrays and their addresses
 * @throws never
 * @example
 * const buf = pairInfluenceBuffers(105, 386, false); buf.X[pairIndex(3, 10, 386)] = 0.5;
 */
export function pairInfluenceBuffers(np: number, m: number, weighted: boolean): PairInfluences {
  const len = (np + (np & 1)) * m;
  const bytes = 64 + (weighted ? 2 : 1) * len * 8;
  const k = pairTileKernel();
  if (k !== null && bytes <= PAIR_TILE_MEMORY_LIMIT) {
    try {
      const have = k.memory.buffer.byteLength;
      if (have < bytes) k.memory.grow(Math.ceil((bytes - have) / 65536));
      const X = new Float64Array(k.memory.buffer, 64, len);
      const W = weighted ? new Float64Array(k.memory.buffer, 64 + len * 8, len) : X;
      return { X, W, xAddr: 64, wAddr: weighted ? 64 + len * 8 : 64 };
    } catch {
      // no memory to grow into: ordinary arrays below
    }
  }
  const X = new Float64Array(len);
  return { X, W: weighted ? new Float64Array(len) : X, xAddr: -1, wAddr: -1 };
}

/**
 * Index of entry (t, s) of the interleaved influence arrays (see `pairInfluenceBuffers`).
 * @param t pair
 * @param s pattern
 * @param m number of patterns
 * @returns the array index
 * @throws never
 * @example
 * pairIndex(3, 10, 386); // 793: pair 3 is the second lane of the couple (2, 3), 2·10 further
 */
export function pairIndex(t: number, s: number, m: number): number {
  return pairColumn(t, m) + 2 * s;
}

/**
 * out[(off+a)·q + off+b] = scale · Σ_s W[a][s] X[b][s] for a ≥ b (mirrored): the correlation × correlation
 * block of Muthén's (1984) NACOV from the pattern influences, in 2×4 tiles (WebAssembly f64x2 when
 * available, else scalar; both sum over s = 0 … m−1 in order, so they give the same numbers).
 * Source: Muthén (1984), Psychometrika 49, 115–132, eq. (37) (Γ as the mean cross-product of the scores).
 * @param buf influences from `pairInfluenceBuffers`, filled
 * @param np number of pairs
 * @param m number of patterns
 * @param scale factor of every sum (N)
 * @param out q × q matrix receiving the block
 * @param q order of out
 * @param off first row/column of the block in out
 * @returns nothing (out is filled)
 * @throws never
 * @example
 * pairCrossProducts(buf, 105, 386, 386, gamma, 165, 60);
 */
export function pairCrossProducts(
  buf: PairInfluences, np: number, m: number, scale: number, out: Float64Array, q: number, off: number,
): void {
  const { X, W } = buf;
  const k = buf.xAddr >= 0 ? pairTileKernel() : null;
  const sums = k === null ? null : new Float64Array(k.memory.buffer, 0, 8);
  let a = 0;
  for (; a + 1 < np; a += 2) {
    const a0 = pairColumn(a, m), a1 = a0 + 1;
    let b = 0;
    for (; b + 3 < np && b <= a + 1; b += 4) {
      const b01 = pairColumn(b, m), b23 = pairColumn(b + 2, m);
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      if (k !== null) {
        k.tile(buf.wAddr + 8 * a0, buf.wAddr + 8 * a1, buf.xAddr + 8 * b01, buf.xAddr + 8 * b23, m);
        s00 = sums![0]!; s01 = sums![1]!; s02 = sums![2]!; s03 = sums![3]!;
        s10 = sums![4]!; s11 = sums![5]!; s12 = sums![6]!; s13 = sums![7]!;
      } else {
        for (let i = 0, end = 2 * m; i < end; i += 2) {
          const x0 = W[a0 + i]!, x1 = W[a1 + i]!;
          const y0 = X[b01 + i]!, y1 = X[b01 + i + 1]!, y2 = X[b23 + i]!, y3 = X[b23 + i + 1]!;
          s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
          s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
        }
      }
      put(out, q, off, np, a, b, scale * s00); put(out, q, off, np, a, b + 1, scale * s01);
      put(out, q, off, np, a, b + 2, scale * s02); put(out, q, off, np, a, b + 3, scale * s03);
      put(out, q, off, np, a + 1, b, scale * s10); put(out, q, off, np, a + 1, b + 1, scale * s11);
      put(out, q, off, np, a + 1, b + 2, scale * s12); put(out, q, off, np, a + 1, b + 3, scale * s13);
    }
    for (; b <= a + 1; b++) {
      const ob = pairColumn(b, m);
      put(out, q, off, np, a, b, scale * dot(W, a0, X, ob, m));
      put(out, q, off, np, a + 1, b, scale * dot(W, a1, X, ob, m));
    }
  }
  for (; a < np; a++) for (let b = 0; b <= a; b++) put(out, q, off, np, a, b, scale * dot(W, pairColumn(a, m), X, pairColumn(b, m), m));
}

/** Store a lower-triangle entry (a ≥ b) of the pair block and its mirror; ignore the tile's spill-over. */
function put(out: Float64Array, q: number, off: number, np: number, a: number, b: number, v: number): void {
  if (b > a || b >= np) return;
  out[(off + a) * q + off + b] = out[(off + b) * q + off + a] = v;
}

function dot(x: Float64Array, ox: number, y: Float64Array, oy: number, m: number): number {
  let acc = 0;
  for (let i = 0, end = 2 * m; i < end; i += 2) acc += x[ox + i]! * y[oy + i]!;
  return acc;
}
