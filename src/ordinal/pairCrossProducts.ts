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
  /** room for a list of m pattern numbers (see `pairCategorySums`), and its byte address or −1 */
  readonly order: Int32Array;
  readonly orderAddr: number;
}

/** The kernel's eight output doubles (renewed when its memory grows). */
let sumsView: Float64Array<ArrayBufferLike> = new Float64Array(0);

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
  const orderAddr = 64 + (weighted ? 2 : 1) * len * 8, bytes = orderAddr + 4 * m;
  const k = pairTileKernel();
  if (k !== null && bytes <= PAIR_TILE_MEMORY_LIMIT) {
    try {
      const have = k.memory.buffer.byteLength;
      if (have < bytes) k.memory.grow(Math.ceil((bytes - have) / 65536));
      const X = new Float64Array(k.memory.buffer, 64, len);
      const W = weighted ? new Float64Array(k.memory.buffer, 64 + len * 8, len) : X;
      const order = new Int32Array(k.memory.buffer, orderAddr, m);
      return { X, W, xAddr: 64, wAddr: weighted ? 64 + len * 8 : 64, order, orderAddr };
    } catch {
      // no memory to grow into: ordinary arrays below
    }
  }
  const X = new Float64Array(len);
  return { X, W: weighted ? new Float64Array(len) : X, xAddr: -1, wAddr: -1, order: new Int32Array(m), orderAddr: -1 };
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

/**
 * Sums of the weighted influences W of eight pairs t0 … t0+7 over a list of patterns: out[off + e] =
 * Σ_{x = start … end−1} W(t0 + e, order[x]) in the order of the list (the kernel's `catsum` when available,
 * else scalar; the same numbers). Entries e ≥ nt are unspecified (a missing pair reads another one).
 * Source: Muthén (1984), Psychometrika 49, 115–132, eq. (37): the thresholds × correlations block of Γ
 * needs these sums per category of each variable.
 * @param buf influences from `pairInfluenceBuffers`, filled; `buf.order` holds the pattern list
 * @param m number of patterns
 * @param t0 first pair (a multiple of 8)
 * @param nt pairs wanted (1 … 8)
 * @param start first list position
 * @param end list position after the last
 * @param out receives the eight sums at out[off] … out[off + 7]
 * @param off offset in out
 * @returns nothing
 * @throws never
 * @example
 * pairCategorySums(buf, 386, 0, 8, 0, 40, cs, 0);
 */
export function pairCategorySums(
  buf: PairInfluences, m: number, t0: number, nt: number, start: number, end: number, out: Float64Array, off: number,
): void {
  const k = buf.orderAddr >= 0 ? pairTileKernel() : null;
  if (k !== null) {
    // couples (t0, t0+1), (t0+2, t0+3), …; a couple past the last pair reads the first one
    const w = buf.wAddr, first = w + 8 * pairColumn(t0, m), stride = 16 * m;
    k.catsum(buf.orderAddr + 4 * start, buf.orderAddr + 4 * end, first, nt > 2 ? first + stride : first,
      nt > 4 ? first + 2 * stride : first, nt > 6 ? first + 3 * stride : first);
    if (sumsView.buffer !== k.memory.buffer) sumsView = new Float64Array(k.memory.buffer, 0, 8);
    for (let e = 0; e < 8; e++) out[off + e] = sumsView[e]!;
    return;
  }
  const W = buf.W, order = buf.order;
  const col = (e: number): number => pairColumn(nt > e ? t0 + e : t0, m);
  const b0 = col(0), b1 = col(1), b2 = col(2), b3 = col(3), b4 = col(4), b5 = col(5), b6 = col(6), b7 = col(7);
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  for (let x = start; x < end; x++) {
    const o = 2 * order[x]!;
    s0 += W[b0 + o]!; s1 += W[b1 + o]!; s2 += W[b2 + o]!; s3 += W[b3 + o]!;
    s4 += W[b4 + o]!; s5 += W[b5 + o]!; s6 += W[b6 + o]!; s7 += W[b7 + o]!;
  }
  out[off] = s0; out[off + 1] = s1; out[off + 2] = s2; out[off + 3] = s3;
  out[off + 4] = s4; out[off + 5] = s5; out[off + 6] = s6; out[off + 7] = s7;
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
