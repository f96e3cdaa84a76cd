import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { LAVAAN_OPTION_ALIASES } from "./optionAliases.ts";
import { nearestName } from "../text/nearestName.ts";
import type { OptionKeys } from "./optionKeys.ts";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) && !ArrayBuffer.isView(v) && !(v instanceof Map) &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * Rejects option keys a public function does not know, so that a typo (`estimater`) or an option of another
 * function is an error instead of being silently ignored. lavaan's dotted names (`group.equal`, `std.lv`, …;
 * see `LAVAAN_OPTION_ALIASES`) are accepted where the function has the camelCase option, and renamed to it.
 * Nested options objects listed in `keys.nested` (e.g. `scale: { min, max }`) are checked the same way.
 * Keys whose value is undefined are checked too: `{ itemz: undefined }` is still a typo.
 * @param fn the public function's name, for the message
 * @param options the options as passed (undefined, or an object: check that first with `checkOptionsObject`)
 * @param keys the function's accepted keys (its exported `…_OPTION_KEYS` constant)
 * @param path the dotted path of a nested options object, for the message (internal; "" at the top)
 * @returns the options with lavaan aliases renamed to semkit's names (the same object when there are none)
 * @throws OptionError naming the unknown key, the function and the nearest valid name; or naming both
 *   spellings when an option is given under its lavaan name and its semkit name
 * @example
 * checkOptionKeys("alpha", { itemz: ["a"] }, ALPHA_OPTION_KEYS);
 * // OptionError: alpha(): unknown option "itemz"; did you mean "items"? …
 * checkOptionKeys("sem", { "std.lv": true }, SEM_OPTION_KEYS); // { stdLv: true }
 */
export function checkOptionKeys<T>(fn: string, options: T, keys: OptionKeys, path = ""): T {
  if (!isPlainObject(options)) return options;
  let renamed: Record<string, unknown> | undefined;
  for (const key of Object.keys(options)) {
    let name = key;
    if (!keys.names.includes(key)) {
      const alias = Object.hasOwn(LAVAAN_OPTION_ALIASES, key) ? LAVAAN_OPTION_ALIASES[key]! : undefined;
      if (alias === undefined || !keys.names.includes(alias)) {
        const full = path + key;
        const near = nearestName(key, keys.names, { fold: "separators" });
        const text = alias !== undefined || key.includes(".")
          ? message.optionUnknownLavaan(fn, full, near === undefined ? undefined : path + near, keys.names)
          : message.optionUnknown(fn, full, near === undefined ? undefined : path + near, keys.names);
        throw new OptionError(text);
      }
      if (Object.hasOwn(options, alias)) throw new OptionError(message.optionTwoSpellings(fn, path + key, path + alias));
      renamed ??= { ...options };
      renamed[alias] = renamed[key];
      delete renamed[key];
      name = alias;
    }
    const sub = keys.nested[name];
    if (sub !== undefined) {
      const value = options[key];
      const checked = checkOptionKeys(fn, value, sub, `${path}${name}.`);
      if (checked !== value) (renamed ??= { ...options })[name] = checked;
    }
  }
  return (renamed ?? options) as T;
}
