import type { PlsOptions } from "./types.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { checkSeed } from "../random/checkSeed.ts";

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  missing: ["mean", "listwise"],
  scheme: ["path", "centroid", "factorial"],
  interaction: ["twoStage", "productIndicator"],
  interactionScale: ["standardized", "raw"],
  fSquared: ["reestimate", "fixedScores"],
  ci: ["percentile", "bca"],
};
/** The accepted keys of `pls()` options. */
export const PLS_OPTION_KEYS = optionKeys<PlsOptions>({
  reverse: true, scale: SCALE_OPTION_KEYS, missingCodes: true, missing: true, scheme: true, consistent: true,
  maxIterations: true, stopCriterion: true, interaction: true, interactionScale: true, fSquared: true, bootstrap: true,
  seed: true, level: true, ci: true,
});

/**
 * Check the options of {@link pls}: unknown names and values outside the allowed sets are errors.
 * @param options - the options object (its keys are checked by the caller with `checkOptionKeys`)
 * @param fn - the public function's name, for the messages
 * @returns nothing
 * @throws OptionError naming the option and the allowed values
 * @example
 * checkPlsOptions({ scheme: "path", missing: "listwise" });
 */
export function checkPlsOptions(options: PlsOptions, fn = "pls"): void {
  checkOptionsObject(fn, options);
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const allowed = ENUMS[key];
    if (allowed !== undefined && !allowed.includes(value as string)) {
      throw new OptionError(message.plsBadOption(key, JSON.stringify(value), allowed.map((a) => JSON.stringify(a)).join(", ")));
    }
  }
  const int = (name: string, lo: number, hi: number): void => {
    const v = (options as Record<string, unknown>)[name];
    if (v === undefined) return;
    if (typeof v !== "number" || !Number.isInteger(v) || v < lo || v > hi) {
      throw new OptionError(message.plsBadOption(name, JSON.stringify(v), `an integer from ${lo} to ${hi}`));
    }
  };
  int("maxIterations", 1, 100000);
  int("stopCriterion", 1, 15);
  int("bootstrap", 0, 1000000);
  if (options.seed !== undefined) checkSeed(fn, options.seed);
  if (options.level !== undefined && !(typeof options.level === "number" && options.level > 0 && options.level < 1)) {
    throw new OptionError(message.plsBadOption("level", JSON.stringify(options.level), "a number between 0 and 1"));
  }
  if (options.consistent !== undefined && typeof options.consistent !== "boolean") {
    throw new OptionError(message.plsBadOption("consistent", JSON.stringify(options.consistent), "true or false"));
  }
  if (options.reverse !== undefined && !(Array.isArray(options.reverse) && options.reverse.every((r) => typeof r === "string"))) {
    throw new OptionError(message.plsBadOption("reverse", JSON.stringify(options.reverse), "an array of item names"));
  }
}
