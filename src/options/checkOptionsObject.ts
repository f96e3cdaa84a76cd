import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { describeValue } from "../text/describeValue.ts";

/**
 * Checks that the options argument of a public function is an object (or absent), for callers without
 * TypeScript: `alpha(data, null)` must not end in "Cannot read properties of null".
 * @param fn the public function's name, for the message
 * @param options the options as passed
 * @param required whether the function has required options (then undefined is an error too)
 * @throws OptionError when options is neither undefined (if not required) nor a plain object
 * @example
 * checkOptionsObject("alpha", null); // OptionError: alpha(): options must be an object, got null
 */
export function checkOptionsObject(fn: string, options: unknown, required = false): void {
  if (options === undefined && !required) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new OptionError(message.optionsNotObject(fn, describeValue(options)));
  }
}
