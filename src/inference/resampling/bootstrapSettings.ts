import type { BootstrapCiType, BootstrapOptions } from "./types.ts";
import { OptionError } from "../../errors.ts";
import { message } from "../../messages.ts";
import { checkSeed } from "../../random/checkSeed.ts";
import { describeValue } from "../../text/describeValue.ts";

/** Validated bootstrap settings with defaults filled in. */
export interface BootstrapSettings {
  readonly draws: number;
  readonly seed: number;
  readonly type: BootstrapCiType;
  readonly level: number;
  readonly dropInadmissible: boolean;
}

/**
 * Check bootstrap options and fill in the defaults (1000 draws, seed 1, percentile, level 0.95).
 * @param options user options
 * @param fn the public function's name, for the messages (default "bootstrap")
 * @returns the settings
 * @throws OptionError for draws < 2 or not whole, a seed that is not a whole number from 0 to 2^53 − 1, a level outside (0, 1) or an unknown interval type
 * @example
 * bootstrapSettings({ draws: 2000 }).type; // "percentile"
 */
export function bootstrapSettings(options: BootstrapOptions, fn = "bootstrap"): BootstrapSettings {
  if (options.seed !== undefined) checkSeed(fn, options.seed);
  const draws = options.draws ?? 1000, level = options.level ?? 0.95, type = options.type ?? "percentile";
  if (!(Number.isInteger(draws) && draws >= 2)) throw new OptionError(message.bootstrapBadDraws(draws));
  if (!(typeof level === "number" && level > 0 && level < 1)) throw new OptionError(message.bootstrapBadLevel(level));
  if (options.dropInadmissible !== undefined && typeof options.dropInadmissible !== "boolean") {
    throw new OptionError(message.optionType("dropInadmissible", "true or false", describeValue(options.dropInadmissible)));
  }
  if (type !== "percentile" && type !== "bc" && type !== "bca") throw new OptionError(message.bootstrapBadType(String(type)));
  return { draws, seed: options.seed ?? 1, type, level, dropInadmissible: options.dropInadmissible ?? false };
}
