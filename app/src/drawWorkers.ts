import type { WorkerLike } from "../../src/index.ts";

declare const __SEMKIT_DRAWS_WORKER__: string;

/**
 * Start bootstrap draw workers for one bootstrap run, from the inlined code of `drawsWorker.ts` through a Blob
 * URL (so they also start from file://): one per logical core, at least 2 and at most 4. The caller terminates
 * them when the run is over (the library's protocol keeps its listeners on them); a cancel terminates the
 * analysis worker and with it these.
 * @returns the workers, or null where a worker cannot start workers (then the draws run in the analysis worker)
 * @example const workers = startDrawWorkers(); try { … } finally { workers?.forEach((w) => w.terminate()); }
 */
export function startDrawWorkers(): Worker[] | null {
  if (typeof Worker === "undefined") return null;
  try {
    const n = Math.max(2, Math.min(4, navigator.hardwareConcurrency || 2));
    const url = URL.createObjectURL(new Blob([__SEMKIT_DRAWS_WORKER__], { type: "text/javascript" }));
    const workers = Array.from({ length: n }, () => new Worker(url));
    URL.revokeObjectURL(url);
    return workers;
  } catch {
    return null;
  }
}

/** The workers as the library's protocol sees them. */
export const asWorkerLike = (workers: readonly Worker[]): WorkerLike[] => workers as unknown as WorkerLike[];
