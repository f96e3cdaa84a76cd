/**
 * A 2×4 tile of cross-products Σ_s x_a(s) y_b(s) in WebAssembly SIMD (f64x2), for the correlation block
 * of the NACOV (`pairCrossProducts`). The columns are stored two by two, interleaved: entry (t, s) of a
 * column-major np × m matrix sits at double ((t >> 1)·m + s)·2 + (t & 1), so y_b and y_{b+1} form one
 * 128-bit lane pair. Each lane adds acc + x·y in the order s = 0, 1, …, m−1 with separate IEEE products and
 * sums (no fused multiply-add), so the sums are the same numbers as the scalar loop.
 *
 * The module (222 bytes, assembled by hand) exports `mem` (its memory) and
 * `tile(x0, x1, y01, y23, m)` (byte addresses), which writes the sums
 * (x0·y0, x0·y1, x0·y2, x0·y3, x1·y0, …, x1·y3) as eight doubles at bytes 0–63. Its text:
 *   (func (param $x0 i32) (param $x1 i32) (param $y01 i32) (param $y23 i32) (param $m i32)
 *     (local $a00 v128) (local $a02 v128) (local $a10 v128) (local $a12 v128) (local $u v128) (local $v v128) (local $y v128)
 *     (block (br_if 0 (i32.eqz (local.get $m)))
 *       (loop
 *         (local.set $u (v128.load64_splat (local.get $x0)))  (local.set $v (v128.load64_splat (local.get $x1)))
 *         (local.set $y (v128.load (local.get $y01)))
 *         (local.set $a00 (f64x2.add (local.get $a00) (f64x2.mul (local.get $u) (local.get $y))))
 *         (local.set $a10 (f64x2.add (local.get $a10) (f64x2.mul (local.get $v) (local.get $y))))
 *         (local.set $y (v128.load (local.get $y23)))
 *         (local.set $a02 (f64x2.add (local.get $a02) (f64x2.mul (local.get $u) (local.get $y))))
 *         (local.set $a12 (f64x2.add (local.get $a12) (f64x2.mul (local.get $v) (local.get $y))))
 *         x0, x1, y01, y23 += 16
 *         (br_if 0 (local.tee $m (i32.sub (local.get $m) (i32.const 1))))))
 *     (v128.store (i32.const 0) $a00) (v128.store (i32.const 16) $a02)
 *     (v128.store (i32.const 32) $a10) (v128.store (i32.const 48) $a12))
 */
const BYTES = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x01, 0x60, 0x05, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x00,
  0x03, 0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x0e, 0x02, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00, 0x04,
  0x74, 0x69, 0x6c, 0x65, 0x00, 0x00, 0x0a, 0xaf, 0x01, 0x01, 0xac, 0x01, 0x01, 0x07, 0x7b, 0x02, 0x40, 0x20, 0x04,
  0x45, 0x0d, 0x00, 0x03, 0x40, 0x20, 0x00, 0xfd, 0x0a, 0x03, 0x00, 0x21, 0x09, 0x20, 0x01, 0xfd, 0x0a, 0x03, 0x00,
  0x21, 0x0a, 0x20, 0x02, 0xfd, 0x00, 0x04, 0x00, 0x21, 0x0b, 0x20, 0x05, 0x20, 0x09, 0x20, 0x0b, 0xfd, 0xf2, 0x01,
  0xfd, 0xf0, 0x01, 0x21, 0x05, 0x20, 0x07, 0x20, 0x0a, 0x20, 0x0b, 0xfd, 0xf2, 0x01, 0xfd, 0xf0, 0x01, 0x21, 0x07,
  0x20, 0x03, 0xfd, 0x00, 0x04, 0x00, 0x21, 0x0b, 0x20, 0x06, 0x20, 0x09, 0x20, 0x0b, 0xfd, 0xf2, 0x01, 0xfd, 0xf0,
  0x01, 0x21, 0x06, 0x20, 0x08, 0x20, 0x0a, 0x20, 0x0b, 0xfd, 0xf2, 0x01, 0xfd, 0xf0, 0x01, 0x21, 0x08, 0x20, 0x00,
  0x41, 0x10, 0x6a, 0x21, 0x00, 0x20, 0x01, 0x41, 0x10, 0x6a, 0x21, 0x01, 0x20, 0x02, 0x41, 0x10, 0x6a, 0x21, 0x02,
  0x20, 0x03, 0x41, 0x10, 0x6a, 0x21, 0x03, 0x20, 0x04, 0x41, 0x01, 0x6b, 0x22, 0x04, 0x0d, 0x00, 0x0b, 0x0b, 0x41,
  0x00, 0x20, 0x05, 0xfd, 0x0b, 0x04, 0x00, 0x41, 0x10, 0x20, 0x06, 0xfd, 0x0b, 0x04, 0x00, 0x41, 0x20, 0x20, 0x07,
  0xfd, 0x0b, 0x04, 0x00, 0x41, 0x30, 0x20, 0x08, 0xfd, 0x0b, 0x04, 0x00, 0x0b,
]);

/** The instantiated tile kernel and its memory. */
export interface PairTileKernel {
  /** tile(x0, x1, y01, y23, m): byte addresses in `memory`; sums at doubles 0–7. */
  readonly tile: (x0: number, x1: number, y01: number, y23: number, m: number) => void;
  readonly memory: WebAssembly.Memory;
}

/** Largest memory the kernel keeps (bytes); larger problems use the scalar loop. */
export const PAIR_TILE_MEMORY_LIMIT = 1 << 24;

let kernel: PairTileKernel | null | undefined;

/**
 * The WebAssembly tile kernel, instantiated on first use, or null where WebAssembly (with SIMD) is not
 * available; callers then use the scalar loop, which gives the same numbers.
 * Source: WebAssembly Core Specification 2.0 (2022), fixed-width SIMD (f64x2.mul, f64x2.add).
 * @returns the kernel, or null
 * @throws never
 * @example
 * const k = pairTileKernel(); if (k !== null) k.tile(64, 72, 64, 80, 386);
 */
export function pairTileKernel(): PairTileKernel | null {
  if (kernel !== undefined) return kernel;
  kernel = null;
  try {
    if (typeof WebAssembly === "object" && WebAssembly.validate(BYTES)) {
      const exports = new WebAssembly.Instance(new WebAssembly.Module(BYTES), {}).exports;
      kernel = { tile: exports["tile"] as PairTileKernel["tile"], memory: exports["mem"] as WebAssembly.Memory };
    }
  } catch {
    kernel = null;
  }
  return kernel;
}
