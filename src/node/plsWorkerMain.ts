/**
 * Worker-thread entry of `plsParallel`: rebuilds the PLS settings from the problem it is given and runs the
 * chunks of bootstrap draws (or jackknife samples) the main thread sends, posting the statistics back.
 * Messages in: { from, to, jackknife } or { stop: true }. Messages out: { from, to, jackknife, values, failed, s }.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PlsOptions, PlsScheme, PlsSpec } from "../pls/types.ts";
import { plsDraws } from "../pls/plsDraws.ts";
import { plsSettings } from "../pls/plsSettings.ts";

interface Chunk { readonly from: number; readonly to: number; readonly jackknife: boolean; readonly stop?: boolean }
interface Problem {
  readonly x: Float64Array; readonly raw: Float64Array | null; readonly n: number; readonly baseItems: string[]; readonly spec: PlsSpec;
  readonly schemeName: PlsScheme; readonly options: PlsOptions; readonly seed: number;
}

const problem = workerData.problem as Problem;
const settings = plsSettings(problem.schemeName, problem.options);
const port = parentPort!;
port.on("message", (chunk: Chunk) => {
  if (chunk.stop === true) { port.close(); return; }
  const run = plsDraws(problem.x, problem.n, problem.baseItems, problem.spec, settings, problem.seed, chunk.from, chunk.to - chunk.from, chunk.jackknife, problem.raw);
  port.postMessage({ from: chunk.from, to: chunk.to, jackknife: chunk.jackknife, values: run.draws, failed: run.failed, s: run.s }, [run.draws.buffer as ArrayBuffer]);
});
port.postMessage({ ready: true });
