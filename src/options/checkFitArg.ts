import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { describeValue } from "../text/describeValue.ts";

/**
 * Checks that an argument is a fit made by `sem()`/`cfa()` (validity, mediation, …), for JavaScript callers:
 * `validity(undefined)` must end in a typed error, not in "Cannot read properties of undefined".
 * @param fn the public function's name, for the message
 * @param fit the argument as passed
 * @throws OptionError when `fit` is not an object with a parameter table and a solution
 * @example
 * checkFitArg("validity", {}); // OptionError: validity(): fit must be a fit from sem() or cfa(), got an object
 */
export function checkFitArg(fn: string, fit: unknown): void {
  const f = fit as { partable?: unknown; solution?: unknown } | null;
  const isObj = (v: unknown): boolean => v !== null && typeof v === "object";
  if (isObj(f) && isObj(f!.partable) && isObj(f!.solution)) return;
  throw new OptionError(message.argType(fn, "fit", "a fit from sem() or cfa()", describeValue(fit)));
}
