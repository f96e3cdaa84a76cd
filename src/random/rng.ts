/**
 * Seeded pseudo-random numbers shared by every resampling and simulation
 * routine in semkit (bootstrap, parallel analysis, simulation).
 *
 * The generator is xoshiro128** (Blackman & Vigna 2018) seeded through
 * splitmix32, so one (seed, stream) pair always gives the same sequence on
 * every platform. `stream` lets parallel work (e.g. bootstrap draw i) get an
 * independent sequence that does not depend on how work is split over workers.
 */
import { checkSeed } from "./checkSeed.ts";

export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Integer uniform on [0, n). */
  int(n: number): number;
  /** Standard normal (Box–Muller, polar form with a cached spare). */
  normal(): number;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Create a seeded generator. Every seed from 0 to 2^53 − 1 gives its own sequence: the low 32 bits seed
 * splitmix32 as they always have, and the high 21 bits, when not all zero, are mixed into the 128-bit state
 * through a second splitmix32 sequence (so seeds below 2^32 give the same draws as before they were added).
 * @param seed a whole number from 0 to 2^53 − 1
 * @param stream optional stream index (e.g. bootstrap draw number)
 * @returns a deterministic generator
 * @throws OptionError when seed is not a whole number from 0 to 2^53 − 1 (NaN, Infinity, fractions, negatives)
 * @example
 * const r = createRng(1); r.next(); // same value on every run
 */
export function createRng(seed: number, stream = 0): Rng {
  checkSeed("createRng", seed);
  const mix = splitmix32((Math.imul(seed | 0, 0x27d4eb2d) ^ Math.imul(stream | 0, 0x165667b1)) >>> 0);
  // the state and the spare normal live in typed arrays: closure variables holding numbers outside the small-
  // integer range would be boxed on every update (same bits either way, so the same sequence)
  const st = new Int32Array(4), spare = new Float64Array(1);
  st[0] = mix(); st[1] = mix(); st[2] = mix(); st[3] = mix();
  const high = Math.floor(seed / 4294967296);
  if (high !== 0) {
    const mixHigh = splitmix32(Math.imul(high, 0x9e3779b1) ^ 0x5bd1e995);
    st[0] = st[0]! ^ mixHigh(); st[1] = st[1]! ^ mixHigh(); st[2] = st[2]! ^ mixHigh(); st[3] = st[3]! ^ mixHigh();
  }
  if ((st[0]! | st[1]! | st[2]! | st[3]!) === 0) st[0] = 1;
  const nextU32 = (): number => {
    const b = st[1]!;
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    const c = st[2]! ^ st[0]!, d = st[3]! ^ b;
    st[1] = b ^ c; st[0] = st[0]! ^ d; st[2] = c ^ t; st[3] = rotl(d, 11);
    return result;
  };
  let hasSpare = false;
  const next = (): number => {
    // 53 random bits from two 32-bit outputs
    const hi = nextU32() >>> 5, lo = nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    normal: () => {
      if (hasSpare) { hasSpare = false; return spare[0]!; }
      let u: number, v: number, s: number;
      do { u = 2 * next() - 1; v = 2 * next() - 1; s = u * u + v * v; } while (s >= 1 || s === 0);
      const m = Math.sqrt(-2 * Math.log(s) / s);
      spare[0] = v * m;
      hasSpare = true;
      return u * m;
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
