import type { BootstrapDraws, BootstrapSetup } from "../inference/resampling/types.ts";
import { drawRunner } from "../inference/resampling/drawRunner.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg, checkShape } from "../options/checkArg.ts";
import { checkBootstrapSetup } from "../inference/resampling/checkBootstrapSetup.ts";
import { guardProgress } from "../options/guardProgress.ts";
import { checkBootstrapSize } from "../inference/resampling/checkBootstrapSize.ts";
import { checkSeed } from "../random/checkSeed.ts";

/** What a worker or message port must offer (checked shallowly at the public entries). */
const WORKER_LIKE = { postMessage: "function", addEventListener: "function" } as const;

/** The parts of a Web Worker (or a MessagePort) the bootstrap protocol uses. */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
}

interface InitMessage { readonly init: { readonly setup: BootstrapSetup; readonly seed: number } }
interface ChunkMessage { readonly from: number; readonly to: number; readonly jackknife: boolean }
interface ResultMessage extends ChunkMessage { readonly values: Float64Array; readonly status: Uint8Array }

/**
 * Worker side of the browser-safe bootstrap protocol (Web Workers in browsers and Deno, or any MessagePort):
 * call it in the worker's module, e.g. `serveBootstrapDraws(self)`. The first message carries the setup and seed;
 * each further message is a chunk of draws (or jackknife fits) whose statistics are posted back.
 * @param scope the worker's global scope or a message port
 * @returns nothing; the scope answers messages from now on
 * @throws OptionError when scope has no postMessage or addEventListener function
 * @example
 * // bootstrap.worker.js
 * import { serveBootstrapDraws } from "semkit"; serveBootstrapDraws(self);
 */
export function serveBootstrapDraws(scope: WorkerLike): void {
  checkShape("serveBootstrapDraws", "scope", scope, WORKER_LIKE);
  let runner: ReturnType<typeof drawRunner> | null = null, seed = 1;
  scope.addEventListener("message", (event) => {
    const msg = event.data as InitMessage | ChunkMessage;
    if ("init" in msg) { runner = drawRunner(msg.init.setup); seed = msg.init.seed; return; }
    const n = msg.to - msg.from, w = runner!.width;
    const values = new Float64Array(n * w), status = new Uint8Array(n);
    for (let i = 0; i < n; i++) status[i] = runner!.run(msg.from + i, seed, msg.jackknife, values, i * w);
    const out: ResultMessage = { from: msg.from, to: msg.to, jackknife: msg.jackknife, values, status };
    scope.postMessage(out, [values.buffer, status.buffer]);
  });
}

/**
 * Main-thread side: hand chunks of draws to workers that run `serveBootstrapDraws` as they become free and
 * collect the statistics. Every draw uses the random stream (seed, draw), so the numbers equal `runDraws`
 * whatever the number of workers.
 * @param workers started workers (e.g. `new Worker(url, { type: "module" })`); they are not terminated here
 * @param setup bootstrap setup
 * @param draws number of draws
 * @param seed seed
 * @param jackknife also run the N leave-one-out fits (BCa)
 * @param onProgress called with (done, total) as chunks finish
 * @returns the raw statistics
 * @throws rejects with OptionError without workers or when an argument is of the wrong type (a worker without
 *   postMessage/addEventListener, a setup without its fields); rejects when a worker reports an error
 * @example
 * const raw = await runDrawsOnWorkers([w1, w2], setup, 1000, 1, false);
 */
export function runDrawsOnWorkers(
  workers: readonly WorkerLike[], setup: BootstrapSetup, draws: number, seed: number, jackknife: boolean,
  onProgress?: (done: number, total: number) => void,
): Promise<BootstrapDraws> {
  try {
    checkShape("runDrawsOnWorkers", "workers", workers, [WORKER_LIKE]);
    checkBootstrapSetup("runDrawsOnWorkers", setup);
    checkArg("runDrawsOnWorkers", "draws", draws, "number");
    checkSeed("runDrawsOnWorkers", seed);
    checkArg("runDrawsOnWorkers", "jackknife", jackknife, "boolean");
    checkArg("runDrawsOnWorkers", "onProgress", onProgress, "function", true);
  } catch (e) {
    return Promise.reject(e);
  }
  if (workers.length === 0) return Promise.reject(new OptionError(message.bootstrapBadWorkers(0)));
  const K2 = 2 * setup.targets.length, N = setup.nobs.reduce((a, b) => a + b, 0);
  try {
    checkBootstrapSize(draws, jackknife ? N : 0, K2);
  } catch (e) {
    return Promise.reject(e);
  }
  const values = new Float64Array(draws * K2), status = new Uint8Array(draws);
  const jack = jackknife ? new Float64Array(N * K2) : null;
  const total = draws + (jackknife ? N : 0);
  const size = Math.max(1, Math.min(50, Math.floor(total / (workers.length * 8))));
  const queue: ChunkMessage[] = [];
  for (let d = 0; d < draws; d += size) queue.push({ from: d, to: Math.min(draws, d + size), jackknife: false });
  if (jackknife) for (let i = 0; i < N; i += size) queue.push({ from: i, to: Math.min(N, i + size), jackknife: true });
  let done = 0;
  return new Promise((resolve, reject) => {
    let busy = 0, failed = false;
    const progress = guardProgress(onProgress, (e) => { failed = true; reject(e); });
    const next = (worker: WorkerLike): void => {
      const chunk = queue.shift();
      if (chunk === undefined) { if (busy === 0) resolve({ draws, values, status, jackknife: jack }); return; }
      busy++;
      worker.postMessage(chunk);
    };
    for (const worker of workers) {
      worker.addEventListener("message", (event) => {
        const r = event.data as ResultMessage;
        if (r.jackknife) jack!.set(r.values, r.from * K2);
        else { values.set(r.values, r.from * K2); status.set(r.status, r.from); }
        busy--;
        done += r.to - r.from;
        progress(done, total);
        if (!failed) next(worker);
      });
      worker.addEventListener("error", (e) => reject(e instanceof Error ? e : new Error(String((e as { message?: string }).message ?? e))));
      const init: InitMessage = { init: { setup, seed } };
      worker.postMessage(init);
    }
    for (const worker of workers) next(worker);
  });
}
