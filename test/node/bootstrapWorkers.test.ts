import { describe, test, expect } from "vitest";
import { bootstrapParallel, runDrawsParallel } from "../../src/node/bootstrapWorkers.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { bootstrapSetup } from "../../src/bootstrap/bootstrapSetup.ts";
import { runDraws } from "../../src/inference/resampling/runDraws.ts";
import { loadReference, readData } from "../helpers/reference.ts";
import { OptionError } from "../../src/errors.ts";

const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
// lavaan 0.6-14 reference model: test/fixtures/loyalty_core_ml.json
const ref = loadReference("loyalty_core_ml");
const csv = readData("loyalty_survey.csv");
const same = (a: Float64Array, b: Float64Array): boolean => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe("bootstrap on worker threads", () => {
  test("identical draws with 1 worker, 2 workers and in this thread (seed 1)", async () => {
    const o = { ...LOYALTY, draws: 120, seed: 1 };
    const one = await bootstrapParallel(ref.model, csv, { ...o, workers: 1 });
    const two = await bootstrapParallel(ref.model, csv, { ...o, workers: 2 });
    const serial = bootstrap(ref.model, csv, o);
    expect(one.used).toBe(120);
    expect(same(one.replicates, two.replicates)).toBe(true);
    expect(same(one.replicates, serial.replicates)).toBe(true);
    const ind = (r: typeof one): number => r.estimates.find((e) => e.lhs === "indirect")!.se;
    expect(ind(two)).toBe(ind(serial));
  });
  test("jackknife fits for BCa are identical too, and progress reaches the total", async () => {
    // one-factor CFA of the Holzinger-Swineford visual tests (lavaan's HS1939 data, n = 301)
    const { setup } = bootstrapSetup("visual =~ x1 + x2 + x3", readData("HolzingerSwineford1939.csv"));
    const seen: number[] = [];
    const par = await runDrawsParallel(setup, 30, 5, true, 2, (done) => seen.push(done));
    const ser = runDraws(setup, 30, 5, true);
    expect(same(par.values, ser.values)).toBe(true);
    expect(same(par.jackknife!, ser.jackknife!)).toBe(true);
    expect(seen[seen.length - 1]).toBe(30 + 301);
  });
  test("a bad worker count is refused", async () => {
    await expect(bootstrapParallel(ref.model, csv, { ...LOYALTY, draws: 10, workers: 0 })).rejects.toThrow(OptionError);
  });
});
