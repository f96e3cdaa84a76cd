import { availableParallelism } from "node:os";
import { message } from "../messages.ts";

/** A worker count that fits the machine, and the warning when the request was lowered. */
export interface ClampedWorkers {
  readonly workers: number;
  /** `message.workersClamped` when the request exceeded the cores, else null. */
  readonly warning: string | null;
}

/**
 * Clamps a requested number of worker threads to the cores Node reports (`os.availableParallelism()`): each
 * worker holds its own copy of the model and data, so more workers than cores only cost memory
 * (about 14 MB each) and scheduling, never speed.
 * @param requested workers asked for (undefined: every core); validity (a whole number ≥ 1) is checked by the caller
 * @param cores available cores (default `os.availableParallelism()`)
 * @returns the worker count to use and the warning to report when it was lowered
 * @throws never
 * @example
 * clampWorkers(400, 2); // { workers: 2, warning: "workers = 400 is more than the 2 available CPU cores; using 2" }
 */
export function clampWorkers(requested: number | undefined, cores: number = availableParallelism()): ClampedWorkers {
  const max = Math.max(1, Math.floor(cores));
  if (requested === undefined) return { workers: max, warning: null };
  if (requested <= max) return { workers: requested, warning: null };
  return { workers: max, warning: message.workersClamped(requested, max) };
}
