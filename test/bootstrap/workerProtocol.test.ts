import { describe, test, expect } from "vitest";
import { MessageChannel } from "node:worker_threads";
import { serveBootstrapDraws, runDrawsOnWorkers, type WorkerLike } from "../../src/bootstrap/workerProtocol.ts";
import { bootstrapSetup } from "../../src/bootstrap/bootstrapSetup.ts";
import { runDraws } from "../../src/inference/resampling/runDraws.ts";
import { readData } from "../helpers/reference.ts";

// Web Worker protocol exercised over MessagePorts (same message semantics as Web Workers / Deno workers).
function portPair(): { main: WorkerLike; close: () => void } {
  const { port1, port2 } = new MessageChannel();
  serveBootstrapDraws(port2 as unknown as WorkerLike);
  port1.start(); port2.start();
  return { main: port1 as unknown as WorkerLike, close: () => { port1.close(); port2.close(); } };
}

describe("browser-safe worker protocol (serveBootstrapDraws / runDrawsOnWorkers)", () => {
  test("three 'workers' give the same draws and jackknife fits as the single-threaded runner", async () => {
    // one-factor CFA of lavaan's HolzingerSwineford1939 visual tests
    const { setup } = bootstrapSetup("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6", readData("HolzingerSwineford1939.csv"));
    const pairs = [portPair(), portPair(), portPair()];
    const progress: number[] = [];
    const par = await runDrawsOnWorkers(pairs.map((p) => p.main), setup, 40, 9, true, (d) => progress.push(d));
    pairs.forEach((p) => p.close());
    const ser = runDraws(setup, 40, 9, true);
    expect(Array.from(par.values)).toEqual(Array.from(ser.values));
    expect(Array.from(par.status)).toEqual(Array.from(ser.status));
    expect(Array.from(par.jackknife!)).toEqual(Array.from(ser.jackknife!));
    expect(progress[progress.length - 1]).toBe(40 + 301);
  });
  test("no workers is refused", async () => {
    const { setup } = bootstrapSetup("visual =~ x1 + x2 + x3", readData("HolzingerSwineford1939.csv"));
    await expect(runDrawsOnWorkers([], setup, 10, 1, false)).rejects.toThrow();
  });
});

describe("bootstrapOnWorkers", () => {
  test("equals bootstrap() for the same seed", async () => {
    const { bootstrapOnWorkers } = await import("../../src/bootstrap/bootstrapOnWorkers.ts");
    const { bootstrap } = await import("../../src/bootstrap/bootstrap.ts");
    const csv = readData("HolzingerSwineford1939.csv");
    const model = "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6";
    const pairs = [portPair(), portPair()];
    const a = await bootstrapOnWorkers(model, csv, pairs.map((p) => p.main), { draws: 30, seed: 4 });
    pairs.forEach((p) => p.close());
    const b = bootstrap(model, csv, { draws: 30, seed: 4 });
    expect(Array.from(a.replicates)).toEqual(Array.from(b.replicates));
    expect(a.estimates[1]!.se).toBe(b.estimates[1]!.se);
  });
});
