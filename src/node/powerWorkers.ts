/**
 * Monte Carlo power on Node worker threads. This module is also the workers' entry point: loaded
 * in a worker started by `powerParallel`, it runs the replications it is sent.
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { powerSettings, type PowerSettings } from "../power/powerSettings.ts";
import { powerContext } from "../power/powerContext.ts";
import { replicationWorkspace, runReplication } from "../power/replication.ts";
import { aggregateRow } from "../power/aggregateRow.ts";
import { finishPower } from "../power/finishPower.ts";
import type { PowerOptions, PowerResult } from "../power/types.ts";
import { EstimationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { guardProgress } from "../options/guardProgress.ts";
import { clampWorkers } from "./clampWorkers.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { DATA_OPTION_KEYS } from "../simulate/dataPlan.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of `powerParallel`: those of `power()` plus the number of worker threads. */
export interface PowerParallelOptions extends PowerOptions {
  /** Worker threads (default: the number of CPUs, `os.availableParallelism()`); 1 runs in this thread. */
  readonly workers?: number;
  /** Extra Node flags for the worker threads (e.g. a TypeScript loader when running from the .ts sources). */
  readonly workerExecArgv?: readonly string[];
}

/** The accepted keys of `powerParallel()` options. */
export const POWER_PARALLEL_OPTION_KEYS = optionKeys<PowerParallelOptions>({
  workers: true, workerExecArgv: true, n: true, reps: true, seed: true, estimator: true, alpha: true, ciLevel: true,
  power: true, targets: true, standardized: true, data: DATA_OPTION_KEYS, stdLv: true, meanstructure: true,
  bootstrap: true, onProgress: true,
});

interface WorkerInit { readonly kind: "semkit-power"; readonly population: string; readonly analysis: string; readonly settings: PowerSettings }
interface Task { readonly n: number; readonly from: number; readonly to: number }
interface Done extends Task { readonly records: Float64Array }

/**
 * `power()` with the replications spread over worker threads, and identical results: replication r at
 * sample size n draws from its own random-number stream, and the summaries add replications in order.
 * Replications are sent in small chunks, so threads stay busy and `onProgress` is called often.
 * @param populationModel population model in lavaan syntax with fixed values
 * @param analysisModel analysis model in lavaan syntax
 * @param options as `power()`, plus `workers`
 * @returns the same result as `power()` with the same options
 * @throws rejects as `power()` (also OptionError when options is not an object; checked in this thread before any
 *   worker starts); EstimationError when a worker fails
 * @example
 * const res = await powerParallel(pop, model, { n: [100, 200, 300], reps: 1000, seed: 1, workers: 2 });
 */
export async function powerParallel(populationModel: string, analysisModel: string, options: PowerParallelOptions): Promise<PowerResult> {
  checkOptionsObject("powerParallel", options, true);
  options = checkOptionKeys("powerParallel", options, POWER_PARALLEL_OPTION_KEYS);
  const settings = powerSettings(options);
  const ctx = powerContext(populationModel, analysisModel, settings);
  const L = ctx.recordLength, reps = settings.reps, total = settings.n.length * reps;
  const records = new Map(settings.n.map((n) => [n, new Float64Array(reps * L)] as const));
  if (options.workers !== undefined && !(Number.isInteger(options.workers) && options.workers >= 1)) throw new OptionError(message.bootstrapBadWorkers(options.workers));
  const clamped = clampWorkers(options.workers, availableParallelism());
  const nWorkers = Math.max(1, Math.min(clamped.workers, total));
  let done = 0;
  let failure: Error | null = null;
  const progress = guardProgress(options.onProgress, (e) => { failure = e; });
  if (nWorkers === 1) {
    const ws = replicationWorkspace(ctx);
    for (const n of settings.n) {
      const rec = records.get(n)!;
      for (let r = 0; r < reps; r++) {
        runReplication(ctx, ws, n, r, rec.subarray(r * L, (r + 1) * L));
        progress(++done, total);
        if (failure !== null) throw failure;
      }
    }
  } else {
    const chunk = Math.max(1, Math.min(50, Math.ceil(reps / (nWorkers * 4))));
    const tasks: Task[] = [];
    for (const n of settings.n) for (let from = 0; from < reps; from += chunk) tasks.push({ n, from, to: Math.min(reps, from + chunk) });
    const init: WorkerInit = { kind: "semkit-power", population: populationModel, analysis: analysisModel, settings };
    await new Promise<void>((resolve, reject) => {
      const workers: Worker[] = [];
      let next = 0, finished = false;
      const stop = (error?: Error): void => {
        if (finished) return;
        finished = true;
        for (const w of workers) void w.terminate();
        if (error === undefined) resolve(); else reject(error);
      };
      const send = (w: Worker): void => { if (next < tasks.length) w.postMessage(tasks[next++]); };
      for (let k = 0; k < nWorkers; k++) {
        const w = new Worker(new URL(import.meta.url), { workerData: init, execArgv: [...(options.workerExecArgv ?? [])] });
        workers.push(w);
        w.on("message", (msg: Done) => {
          records.get(msg.n)!.set(msg.records, msg.from * L);
          done += msg.to - msg.from;
          progress(done, total);
          if (failure !== null) stop(failure);
          else if (done === total) stop(); else send(w);
        });
        w.on("error", (e: Error) => stop(new EstimationError(message.powerWorkerFailed(e.message))));
        w.on("exit", (code) => { if (code !== 0) stop(new EstimationError(message.powerWorkerFailed(`exit code ${code}`))); });
        send(w);
      }
    });
  }
  const res = finishPower(ctx, settings.n.map((n) => aggregateRow(ctx, n, records.get(n)!)));
  return clamped.warning === null ? res : { ...res, warnings: [clamped.warning, ...res.warnings] };
}

/** Worker side: build the context once, then run every task sent and post its records back. */
function workerMain(init: WorkerInit): void {
  const ctx = powerContext(init.population, init.analysis, init.settings);
  const ws = replicationWorkspace(ctx);
  const L = ctx.recordLength;
  parentPort!.on("message", (t: Task) => {
    const rec = new Float64Array((t.to - t.from) * L);
    for (let r = t.from; r < t.to; r++) runReplication(ctx, ws, t.n, r, rec.subarray((r - t.from) * L, (r - t.from + 1) * L));
    parentPort!.postMessage({ ...t, records: rec }, [rec.buffer]);
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.kind === "semkit-power") workerMain(workerData as WorkerInit);
