import type { DataInput } from "../data/toDataset.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import type { BootstrapOptions, BootstrapResult } from "../inference/resampling/types.ts";
import { bootstrapSetup } from "./bootstrapSetup.ts";
import { bootstrapSettings } from "../inference/resampling/bootstrapSettings.ts";
import { summarizeBootstrap } from "../inference/resampling/summarizeBootstrap.ts";
import { runDrawsOnWorkers, type WorkerLike } from "./workerProtocol.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { pickOptionKeys } from "../options/optionKeys.ts";
import { SEM_OPTION_KEYS } from "../sem/types.ts";
import { BOOTSTRAP_FN_OPTION_KEYS } from "./bootstrap.ts";

/**
 * `bootstrap` on Web Workers (browsers, Deno) or any message ports: each worker must run
 * `serveBootstrapDraws(self)`. Same numbers as the single-threaded `bootstrap` for the same seed.
 * @param model lavaan syntax, or a fit made from the same data and options
 * @param data the data
 * @param workers started workers running `serveBootstrapDraws` (left running; terminate them yourself); beyond
 *   `navigator.hardwareConcurrency` the extra workers are left idle, with a warning in the result
 * @param options `sem()` and bootstrap options
 * @returns the bootstrap result
 * @throws as `bootstrap`; rejects when a worker fails, and with CallbackError when onProgress throws
 * @example
 * const workers = [1, 2].map(() => new Worker(new URL("./boot.worker.js", import.meta.url), { type: "module" }));
 * const b = await bootstrapOnWorkers(model, csv, workers, { draws: 1000, seed: 1 });
 */
export async function bootstrapOnWorkers(
  model: string | SemFit, data: DataInput, workers: readonly WorkerLike[], options: SemOptions & BootstrapOptions = {},
): Promise<BootstrapResult> {
  checkOptionsObject("bootstrapOnWorkers", options);
  options = checkOptionKeys("bootstrapOnWorkers", options, BOOTSTRAP_FN_OPTION_KEYS);
  const settings = bootstrapSettings(options);
  const { setup, fit } = bootstrapSetup(model, data, pickOptionKeys(options, SEM_OPTION_KEYS));
  // more workers than the browser's logical cores only cost memory: the extra ones are left idle
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: unknown } }).navigator?.hardwareConcurrency;
  const clamp = Array.isArray(workers) && typeof cores === "number" && Number.isInteger(cores) && cores >= 1 && workers.length > cores;
  const used = clamp ? workers.slice(0, cores as number) : workers;
  const raw = await runDrawsOnWorkers(used, setup, settings.draws, settings.seed, settings.type === "bca", options.onProgress);
  const res = summarizeBootstrap(setup, fit, raw, settings);
  return clamp ? { ...res, warnings: [message.workersClamped(workers.length, cores as number), ...res.warnings] } : res;
}
