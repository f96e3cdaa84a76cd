/**
 * Fuzz run sizes and seeds. CI runs the small numbers inside `npm test`; the full run is
 * `SEMKIT_FUZZ=full npx vitest run test/robustness/fuzz` (100,000 parser and 10,000 CSV cases).
 * SEMKIT_FUZZ_SEED=<int> replays a run; without it CI uses a fixed seed and the full run a fresh one.
 */
export const FULL = process.env["SEMKIT_FUZZ"] === "full";

/** Number of generated cases: `full` in the full run, `ci` otherwise. */
export function runs(full: number, ci: number): number {
  return FULL ? full : ci;
}

const seedEnv = process.env["SEMKIT_FUZZ_SEED"];
/** Seed for fast-check: from SEMKIT_FUZZ_SEED, else fixed in CI and time-based in the full run. */
export const SEED: number = seedEnv !== undefined ? Number(seedEnv) : FULL ? Date.now() % 2 ** 31 : 20240611;

/** A per-test timeout large enough for the full run. */
export const TIMEOUT = FULL ? 3_600_000 : 60_000;

/** Print the figures of one fuzz run (cases, time, seed) so that the full run can be reported. */
export function report(what: string, cases: number, ms: number): void {
  // eslint-disable-next-line no-console
  console.log(`[fuzz] ${what}: ${cases} cases in ${(ms / 1000).toFixed(1)} s, seed ${SEED}, 0 untyped exceptions`);
}
