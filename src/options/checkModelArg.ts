import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { describeValue } from "../text/describeValue.ts";

/**
 * Checks a "model" argument that may be lavaan syntax or a fit made by `sem()`/`cfa()` (bootstrap,
 * invariance, mediation, …), for JavaScript callers: `bootstrap(undefined, data)` must end in a typed error.
 * @param fn the public function's name, for the message
 * @param model the argument as passed
 * @param arg the argument's name (default "model")
 * @throws OptionError when `model` is neither a string nor an object with a parameter table
 * @example
 * checkModelArg("bootstrap", undefined);
 * // OptionError: bootstrap(): model must be lavaan syntax (a string) or a fit from sem(), got undefined
 */
export function checkModelArg(fn: string, model: unknown, arg = "model"): void {
  if (typeof model === "string") return;
  const fit = model as { partable?: unknown } | null;
  if (fit !== null && typeof fit === "object" && fit.partable !== null && typeof fit.partable === "object") return;
  throw new OptionError(message.argType(fn, arg, "lavaan syntax (a string) or a fit from sem()", describeValue(model)));
}
