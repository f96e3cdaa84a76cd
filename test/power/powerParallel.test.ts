import { test, expect } from "vitest";
import { powerParallel } from "../../src/node/powerWorkers.ts";
import { power } from "../../src/power/power.ts";
import { LOYALTY_POPULATION, LOYALTY_CORE } from "../simulate/loyaltyPopulation.ts";

// Worker threads load the .ts sources through a test-only loader (vitest transforms the main thread only).
const workerExecArgv = ["--import", new URL("./tsLoader.mjs", import.meta.url).href];

test("worker threads give exactly the in-thread result (replication r has its own random stream)", async () => {
  const options = { n: [120, 250], reps: 40, seed: 11, standardized: true } as const;
  const progress: number[] = [];
  const two = await powerParallel(LOYALTY_POPULATION, LOYALTY_CORE, { ...options, workers: 2, workerExecArgv, onProgress: (d) => progress.push(d) });
  const one = power(LOYALTY_POPULATION, LOYALTY_CORE, options);
  expect(two).toEqual(one);
  expect(progress[progress.length - 1]).toBe(80);
  expect(progress.every((d, i) => i === 0 || d > progress[i - 1]!)).toBe(true);
  // the loyalty core model's default targets: its regressions and the two := definitions
  expect(one.targets.map((t) => t.name)).toEqual(["TRU~SAT", "LOY~SAT", "LOY~TRU", "LOY~SWC", "indirect", "total"]);
});
