import { describe, test, expect } from "vitest";
import { plsParallel } from "../../src/node/plsParallel.ts";
import { pls } from "../../src/pls/pls.ts";
import { loadSeminr, readDataFile, lavaanModel } from "../pls/plsFixture.ts";

describe("plsParallel: the PLS bootstrap on worker threads", () => {
  const c = loadSeminr("loyalty_pls");
  const model = lavaanModel(c);
  const data = readDataFile("loyalty_survey.csv");
  const options = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, missing: "listwise" as const, bootstrap: 60, seed: 11, ci: "bca" as const };
  test("bit-identical to the single-threaded bootstrap for 1 and 2 workers", async () => {
    const single = pls(model, data, options);
    const one = await plsParallel(model, data, { ...options, workers: 1 });
    const two = await plsParallel(model, data, { ...options, workers: 2 });
    expect(one.paths).toEqual(single.paths);
    expect(two.paths).toEqual(single.paths);
    expect(two.weights).toEqual(single.weights);
    expect([...(two.bootstrap?.stats.entries() ?? [])]).toEqual([...(single.bootstrap?.stats.entries() ?? [])]);
  }, 60000);
  test("with mean replacement each draw resamples the raw rows and replaces again; still identical across workers", async () => {
    const opts = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, bootstrap: 30, seed: 4 };
    const single = pls(model, data, opts);
    expect(single.missing.valuesReplaced).toBeGreaterThan(0);
    expect(single.bootstrap?.failed).toBe(0);
    const two = await plsParallel(model, data, { ...opts, workers: 2 });
    expect(two.paths).toEqual(single.paths);
  }, 60000);
  test("a bad worker count is an OptionError", async () => {
    await expect(plsParallel(model, data, { ...options, workers: 0 })).rejects.toThrow("workers must be a whole number");
  });
});
