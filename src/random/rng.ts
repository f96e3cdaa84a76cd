/**
 * Seeded pseudo-random numbers shared by every resampling and simulation
 * routine in semkit (bootstrap, parallel analysis, simulation).
 *
 * The generator is xoshiro128** (Blackman & Vigna 2018) seeded through
 * splitmix32, so one (seed, stream) pair always gives the same sequence on
 * every platform. `stream` lets parallel work (e.g. bootstrap draw i) get an
 * independent sequence that does not depend on how work is split over workers.
 */
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
 * Create a seeded generator.
 * @param seed any integer seed
 * @param stream optional stream index (e.g. bootstrap draw number)
 * @returns a deterministic generator
 * @example
 * const r = createRng(1); r.next(); // same value on every run
 */
export function createRng(seed: number, stream = 0): Rng {
  const mix = splitmix32((Math.imul(seed | 0, 0x27d4eb2d) ^ Math.imul(stream | 0, 0x165667b1)) >>> 0);
  // the state and the spare normal live in typed arrays: closure variables holding numbers outside the small-
  // integer range would be boxed on every update (same bits either way, so the same sequence)
  const st = new Int32Array(4), spare = new Float64Array(1);
  st[0] = mix(); st[1] = mix(); st[2] = mix(); st[3] = mix();
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
