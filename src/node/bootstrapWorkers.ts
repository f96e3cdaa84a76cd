import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { DataInput } from "../data/toDataset.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import type { BootstrapDraws, BootstrapOptions, BootstrapResult, BootstrapSetup } from "../inference/resampling/types.ts";
import { bootstrapSetup } from "../bootstrap/bootstrapSetup.ts";
import { bootstrapSettings } from "../inference/resampling/bootstrapSettings.ts";
import { summarizeBootstrap } from "../inference/resampling/summarizeBootstrap.ts";
import { drawRunner } from "../inference/resampling/drawRunner.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { guardProgress } from "../options/guardProgress.ts";
import { clampWorkers } from "./clampWorkers.ts";
import { drawChunks, runChunkedWorkers, type WorkChunk } from "./runChunkedWorkers.ts";
import { checkBootstrapSize } from "../inference/resampling/checkBootstrapSize.ts";
import { mergeOptionKeys, optionKeys, pickOptionKeys } from "../options/optionKeys.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { SEM_OPTION_KEYS } from "../sem/types.ts";

/** Options of `bootstrapParallel`: bootstrap options plus the number of worker threads. */
export interface ParallelBootstrapOptions extends BootstrapOptions {
  /** Worker threads (default: every core, `os.availableParallelism()`). 1 still uses one worker thread. */
  readonly workers?: number;
}

/** The accepted keys of `ParallelBootstrapOptions` (bootstrapParallel() also takes the `sem()` options). */
export const PARALLEL_BOOTSTRAP_OPTION_KEYS = optionKeys<ParallelBootstrapOptions>({
  workers: true, draws: true, seed: true, type: true, level: true, dropInadmissible: true, onProgress: true,
});

// When semkit runs from its TypeScript sources (tests, development) the worker must compile .ts files;
// this loader hook does that with the typescript package. The built package (dist/*.js) never uses it.
const TS_HOOKS = `
import { readFile } from "node:fs/promises";
let ts;
export async function initialize(data) { ts = (await import(data.typescript)).default; }
export async function load(url, context, next) {
  if (url.startsWith("file:") && url.endsWith(".ts")) {
    const source = await readFile(new URL(url), "utf8");
    const out = ts.transpileModule(source, { fileName: url, compilerOptions: {
      module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, preserveConstEnums: true } });
    return { format: "module", source: out.outputText, shortCircuit: true };
  }
  return next(url, context);
}`;

const BOOT = `
const { register } = require("node:module");
const { workerData } = require("node:worker_threads");
if (workerData.hooks !== null) register(workerData.hooks.url, { data: workerData.hooks.data });
import(workerData.entry);`;

/** Worker bootstrap script and entry module (compiled on the fly when running from the .ts sources). */
export const WORKER_BOOT = BOOT;

/**
 * The entry URL of a worker module in this folder, with the TypeScript loader hooks when semkit runs from its
 * sources.
 * @param main - module name without extension (default the CB-SEM bootstrap worker)
 * @returns entry URL and hooks (null for the built package)
 * @throws nothing
 * @example
 * new Worker(WORKER_BOOT, { eval: true, workerData: { ...workerEntry("plsWorkerMain") } });
 */
export function workerEntry(main = "bootstrapWorkerMain"): { entry: string; hooks: { url: string; data: { typescript: string } } | null } {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = new URL(fromSource ? `./${main}.ts` : `./${main}.js`, import.meta.url).href;
  if (!fromSource) return { entry, hooks: null };
  const typescript = pathToFileURL(createRequire(import.meta.url).resolve("typescript")).href;
  return { entry, hooks: { url: "data:text/javascript," + encodeURIComponent(TS_HOOKS), data: { typescript } } };
}

/**
 * Run bootstrap draws (and jackknife fits) on worker threads. Draws are handed out in small chunks as
 * workers become free; every draw uses the random stream (seed, draw), so the result is identical for any
 * number of workers and to the single-threaded `runDraws`.
 * @param setup bootstrap setup
 * @param draws number of draws
 * @param seed seed
 * @param jackknife also run the N leave-one-out fits (for BCa)
 * @param workers number of worker threads (≥ 1)
 * @param onProgress called with (done, total) as chunks finish
 * @returns the raw statistics
 * @throws OptionError for a bad worker count; rejects when a worker fails, and with CallbackError when onProgress throws
 * @example
 * const raw = await runDrawsParallel(setup, 1000, 1, false, 2);
 */
export async function runDrawsParallel(
  setup: BootstrapSetup, draws: number, seed: number, jackknife: boolean, workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<BootstrapDraws> {
  if (!(Number.isInteger(workers) && workers >= 1)) throw new OptionError(message.bootstrapBadWorkers(workers));
  const probe = drawRunner(setup);
  const w = probe.width, N = probe.ntotal;
  checkBootstrapSize(draws, jackknife ? N : 0, w);
  const values = new Float64Array(draws * w), status = new Uint8Array(draws);
  const jack = jackknife ? new Float64Array(N * w) : null;
  const total = draws + (jackknife ? N : 0);
  const chunkSize = Math.max(1, Math.min(50, Math.floor(total / (workers * 8))));
  const { entry, hooks } = workerEntry();
  let done = 0;
  let failure: Error | null = null;
  const progress = guardProgress(onProgress, (e) => { failure = e; });
  await runChunkedWorkers<WorkChunk & { values: Float64Array; status: Uint8Array }>(
    drawChunks(draws, jackknife ? N : 0, chunkSize), workers,
    () => new Worker(BOOT, { eval: true, workerData: { setup, seed, entry, hooks } }),
    (msg) => {
      if (msg.jackknife) jack!.set(msg.values, msg.from * w);
      else { values.set(msg.values, msg.from * w); status.set(msg.status, msg.from); }
      done += msg.to - msg.from;
      progress(done, total);
      if (failure !== null) throw failure;
    },
    "bootstrap",
  );
  return { draws, values, status, jackknife: jack };
}

/**
 * `bootstrap` on worker threads (Node): the same results as the single-threaded `bootstrap` for the same
 * seed, whatever the number of workers, computed on every core by default.
 * @param model lavaan syntax, or a fit made by `sem()`/`cfa()` from the same data and options
 * @param data the data
 * @param options `sem()` options, bootstrap options and `workers`
 * @returns bootstrap estimates, counts of failed and inadmissible draws, and the replicates
 * @throws as `bootstrap`; OptionError for a bad worker count (more workers than cores are lowered to the
 *   cores, with a warning in the result); rejects with CallbackError when onProgress throws
 * @example
 * const b = await bootstrapParallel(model, csv, { draws: 1000, seed: 1, workers: 2 });
 */
export async function bootstrapParallel(
  model: string | SemFit, data: DataInput, options: SemOptions & ParallelBootstrapOptions = {},
): Promise<BootstrapResult> {
  checkOptionsObject("bootstrapParallel", options);
  options = checkOptionKeys("bootstrapParallel", options, mergeOptionKeys(SEM_OPTION_KEYS, PARALLEL_BOOTSTRAP_OPTION_KEYS));
  const settings = bootstrapSettings(options);
  if (options.workers !== undefined && !(Number.isInteger(options.workers) && options.workers >= 1)) throw new OptionError(message.bootstrapBadWorkers(options.workers));
  const { workers, warning } = clampWorkers(options.workers, availableParallelism());
  const { setup, fit } = bootstrapSetup(model, data, pickOptionKeys(options, SEM_OPTION_KEYS));
  const raw = await runDrawsParallel(setup, settings.draws, settings.seed, settings.type === "bca", workers, options.onProgress);
  const res = summarizeBootstrap(setup, fit, raw, settings);
  return warning === null ? res : { ...res, warnings: [warning, ...res.warnings] };
}
