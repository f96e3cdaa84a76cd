/**
 * Worker-thread entry of `bootstrapParallel`: builds one draw runner from the setup it is given and fits
 * the chunks of bootstrap draws (or jackknife fits) the main thread sends, posting the statistics back.
 * Messages in: { from, to, jackknife } or { stop: true }. Messages out: { from, to, jackknife, values, status }.
 */
import { parentPort, workerData } from "node:worker_threads";
import { drawRunner } from "../inference/resampling/drawRunner.ts";
import type { BootstrapSetup } from "../inference/resampling/types.ts";

interface Chunk { readonly from: number; readonly to: number; readonly jackknife: boolean; readonly stop?: boolean }

const { setup, seed } = workerData as { setup: BootstrapSetup; seed: number };
const runner = drawRunner(setup);
const port = parentPort!;
port.on("message", (chunk: Chunk) => {
  if (chunk.stop === true) { port.close(); return; }
  const n = chunk.to - chunk.from, w = runner.width;
  const values = new Float64Array(n * w), status = new Uint8Array(n);
  for (let i = 0; i < n; i++) status[i] = runner.run(chunk.from + i, seed, chunk.jackknife, values, i * w);
  port.postMessage({ from: chunk.from, to: chunk.to, jackknife: chunk.jackknife, values, status }, [values.buffer, status.buffer]);
});
port.postMessage({ ready: true });
