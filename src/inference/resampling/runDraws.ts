import type { BootstrapDraws, BootstrapSetup } from "./types.ts";
import { drawRunner } from "./drawRunner.ts";
import { checkBootstrapSetup } from "./checkBootstrapSetup.ts";
import { checkArg } from "../../options/checkArg.ts";
import { guardProgress } from "../../options/guardProgress.ts";
import { checkBootstrapSize } from "./checkBootstrapSize.ts";
import { checkSeed } from "../../random/checkSeed.ts";

/**
 * Run bootstrap draws 0 … draws−1 (and, when asked, the N jackknife fits for BCa) one after another in
 * this thread. Browser-safe; `semkit/node` has a worker-thread runner that gives identical numbers.
 * @param setup bootstrap setup
 * @param draws number of draws
 * @param seed seed (draw d uses stream (seed, d))
 * @param jackknife also run the leave-one-out fits
 * @param onProgress called with (done, total) after each fit
 * @returns the raw statistics
 * @throws OptionError when an argument is of the wrong type (checked once, before the first draw); CallbackError when onProgress throws
 * @example
 * const raw = runDraws(setup, 1000, 1, false);
 */
export function runDraws(
  setup: BootstrapSetup, draws: number, seed: number, jackknife: boolean, onProgress?: (done: number, total: number) => void,
): BootstrapDraws {
  checkBootstrapSetup("runDraws", setup);
  checkArg("runDraws", "draws", draws, "number");
  checkSeed("runDraws", seed);
  checkArg("runDraws", "jackknife", jackknife, "boolean");
  checkArg("runDraws", "onProgress", onProgress, "function", true);
  // an exception of the callback leaves as a CallbackError naming it
  const progress = guardProgress(onProgress, (e) => { throw e; });
  const runner = drawRunner(setup);
  const w = runner.width;
  checkBootstrapSize(draws, jackknife ? runner.ntotal : 0, w);
  const values = new Float64Array(draws * w), status = new Uint8Array(draws);
  const jack = jackknife ? new Float64Array(runner.ntotal * w) : null;
  const total = draws + (jackknife ? runner.ntotal : 0);
  for (let d = 0; d < draws; d++) {
    status[d] = runner.run(d, seed, false, values, d * w);
    progress(d + 1, total);
  }
  if (jack !== null) {
    for (let i = 0; i < runner.ntotal; i++) {
      runner.run(i, seed, true, jack, i * w);
      progress(draws + i + 1, total);
    }
  }
  return { draws, values, status, jackknife: jack };
}
