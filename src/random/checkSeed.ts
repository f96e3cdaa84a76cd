import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { describeValue } from "../text/describeValue.ts";

/**
 * Checks a random seed: a whole number from 0 to 2^53 − 1 (`Number.MAX_SAFE_INTEGER`), each of which gives
 * its own stream of draws (see `createRng`). NaN, Infinity, fractions, negative numbers and larger numbers
 * (which cannot be told apart as doubles) are refused rather than silently mapped to another seed.
 * @param fn the public function's name, for the message
 * @param seed the seed as passed
 * @param option the option's name, for the message (default "seed")
 * @throws OptionError naming the function, the option and the value
 * @example
 * checkSeed("bootstrap", 1.5); // OptionError: bootstrap(): seed must be a whole number from 0 to 2^53 - 1 …
 */
export function checkSeed(fn: string, seed: unknown, option = "seed"): asserts seed is number {
  if (typeof seed === "number" && Number.isSafeInteger(seed) && seed >= 0) return;
  throw new OptionError(message.optionBadSeed(fn, option, describeValue(seed)));
}
