import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Largest working memory one call may ask for: 2 GiB. Typed arrays and the JavaScript heap of a default Node
 * process (about 4 GiB on 64-bit systems) cannot hold much more, and a request beyond it is almost always a
 * typo (`--n 1e8` for `1e3`); refusing it up front beats an out-of-memory crash minutes later.
 */
export const MEMORY_LIMIT_BYTES = 2 * 1024 ** 3;

/**
 * Refuses, before any allocation, a size whose arrays would not fit in memory.
 * @param what what is being sized, for the message (e.g. "simulate: n = 100000000 rows × 12 variables")
 * @param bytes bytes the call would allocate (an estimate of its largest arrays)
 * @param limit the limit (default `MEMORY_LIMIT_BYTES`)
 * @returns nothing
 * @throws OptionError naming the size, the bytes needed and the limit when bytes > limit or bytes is not finite
 * @example
 * checkMemory("simulate: n = 1e8 rows × 12 variables", 2 * 1e8 * 12 * 8); // throws: … about 17.9 GiB …
 */
export function checkMemory(what: string, bytes: number, limit: number = MEMORY_LIMIT_BYTES): void {
  if (!(bytes <= limit)) throw new OptionError(message.sizeTooLarge(what, bytes, limit));
}
