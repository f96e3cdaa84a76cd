import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { DataInput } from "../data/toDataset.ts";
import type { PlsOptions, PlsResult } from "../pls/types.ts";
import { plsSetup } from "../pls/plsSetup.ts";
import { plsFromSetup } from "../pls/plsFromSetup.ts";
import { plsStatistics } from "../pls/plsStatistics.ts";
import { summarizePlsBootstrap } from "../pls/summarizePlsBootstrap.ts";
import { withBootstrap } from "../pls/withBootstrap.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { WORKER_BOOT, workerEntry } from "./bootstrapWorkers.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { mergeOptionKeys, optionKeys } from "../options/optionKeys.ts";
import { PLS_OPTION_KEYS } from "../pls/checkPlsOptions.ts";
import { clampWorkers } from "./clampWorkers.ts";
import { drawChunks, runChunkedWorkers, type WorkChunk } from "./runChunkedWorkers.ts";

/** The accepted keys of `plsParallel()` options: those of `pls()` and `workers`. */
export const PLS_PARALLEL_OPTION_KEYS = mergeOptionKeys(PLS_OPTION_KEYS, optionKeys<{ workers?: number }>({ workers: true }));

/**
 * `pls()` with its bootstrap on worker threads (Node). Draws are handed out in chunks as workers become free;
 * draw i uses only the generator stream (seed, i), so the result is bit-identical to `pls()` in one thread and
 * for any number of workers.
 * @param model - lavaan-style model syntax
 * @param data - any data input
 * @param options - PLS options (set `bootstrap`) plus `workers` (default: every core)
 * @returns the PLS result with bootstrap columns
 * @throws as pls; OptionError for a bad worker count; rejects when a worker fails
 * @example
 * const fit = await plsParallel(model, csv, { bootstrap: 5000, seed: 1, workers: 2 });
 */
export async function plsParallel(model: string, data: DataInput, options: PlsOptions & { workers?: number } = {}): Promise<PlsResult> {
  checkOptionsObject("plsParallel", options);
  options = checkOptionKeys("plsParallel", options, PLS_PARALLEL_OPTION_KEYS);
  const { workers: requested, ...plsOptions } = options;
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1)) throw new OptionError(message.bootstrapBadWorkers(requested));
  const { workers, warning } = clampWorkers(requested, availableParallelism());
  const setup = plsSetup(model, data, plsOptions);
  const { fit, estimate } = plsFromSetup(setup, plsOptions);
  const draws = plsOptions.bootstrap ?? 0;
  if (draws === 0) return fit;
  const seed = plsOptions.seed ?? 1, level = plsOptions.level ?? 0.95;
  const n = setup.data.n;
  const s = plsStatistics(estimate.layout, estimate.core, estimate.data.r).keys.length;
  const values = new Float64Array(draws * s).fill(Number.NaN), jack = new Float64Array(n * s).fill(Number.NaN);
  let failed = 0;
  const chunkSize = Math.max(1, Math.min(250, Math.floor((draws + n) / (workers * 8))));
  const { entry, hooks } = workerEntry("plsWorkerMain");
  const problem = { x: setup.data.x, raw: setup.data.raw, n, baseItems: [...setup.baseItems], spec: setup.spec, schemeName: setup.schemeName, options: plsOptions, seed };
  await runChunkedWorkers<WorkChunk & { values: Float64Array; failed: number; s: number }>(
    drawChunks(draws, n, chunkSize), workers,
    () => new Worker(WORKER_BOOT, { eval: true, workerData: { problem, entry, hooks } }),
    (msg) => {
      // a chunk whose every draw failed comes back empty: its rows stay NaN
      if (msg.s === s) (msg.jackknife ? jack : values).set(msg.values.subarray(0, (msg.to - msg.from) * s), msg.from * s);
      if (!msg.jackknife) failed += msg.failed;
    },
    "PLS bootstrap",
  );
  const boot = summarizePlsBootstrap(estimate, { draws: values, failed, s }, { draws: jack, failed: 0, s }, { draws, seed, level });
  const res = withBootstrap(fit, boot, plsOptions.ci ?? "percentile");
  return warning === null ? res : { ...res, warnings: [warning, ...res.warnings] };
}
