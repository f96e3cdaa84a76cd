import { CallbackError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Wraps a user's progress callback so that an exception it throws is turned into a `CallbackError` passed to
 * `fail` (which rejects the pending promise) instead of escaping from a worker's message handler, where it
 * would end the process. After the first failure the callback is not called again.
 * @param onProgress the user's callback (or undefined)
 * @param fail receives the error once
 * @returns a callback that never throws
 * @throws never
 * @example
 * const progress = guardProgress(options.onProgress, reject);
 * progress(10, 100);
 */
export function guardProgress(
  onProgress: ((done: number, total: number) => void) | undefined, fail: (e: Error) => void,
): (done: number, total: number) => void {
  let failed = false;
  return (done, total) => {
    if (onProgress === undefined || failed) return;
    try {
      onProgress(done, total);
    } catch (e) {
      failed = true;
      const err = new CallbackError(message.callbackThrew("onProgress", e instanceof Error ? e.message : String(e)));
      (err as { cause?: unknown }).cause = e;
      fail(err);
    }
  };
}
