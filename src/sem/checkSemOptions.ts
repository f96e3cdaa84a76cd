import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { describeValue } from "../text/describeValue.ts";
import type { OptionKeys } from "../options/optionKeys.ts";
import { checkSeed } from "../random/checkSeed.ts";
import { SEM_OPTION_KEYS } from "./types.ts";
import type { SemOptions } from "./types.ts";

const MISSING = ["listwise", "fiml", "ml", "ml.x"] as const;
const ESTIMATORS = ["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV"] as const;
const SE = ["standard", "none", "bootstrap"] as const;

const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * Checks `sem()` / `cfa()` options for callers without TypeScript: an unknown key (`estimater`) is an
 * OptionError naming the nearest valid one, lavaan's dotted names (`group.equal`, `std.lv`) are renamed to
 * semkit's, and a wrong type or an unknown value gives an OptionError naming the option instead of a
 * TypeError deep inside, or an option that is silently ignored (e.g. `missing: "pairwise"`, which lavaan
 * rejects as well). Numeric missing-value codes (`missingCodes: [-99]`) are turned into strings, and the
 * estimator's name is read in any case, as lavaan does (`"mlr"` is `"MLR"`).
 * @param options the options as passed
 * @param fn the public function's name, for the messages (default "sem")
 * @param keys the accepted keys (default `SEM_OPTION_KEYS`)
 * @returns the options with lavaan's names renamed, missing codes as strings and the estimator in upper case
 * @throws OptionError naming the option, what it must be and what it was
 * @example
 * checkSemOptions({ group: 5 }); // OptionError: option group must be a column name (string), got number 5
 * checkSemOptions({ "std.lv": true }); // { stdLv: true }
 */
export function checkSemOptions<T extends SemOptions>(options: T, fn = "sem", keys: OptionKeys = SEM_OPTION_KEYS): T {
  checkOptionsObject(fn, options);
  if (options === undefined) return options;
  let o = checkOptionKeys(fn, options, keys) as Record<string, unknown>;
  if (o["group"] !== undefined && typeof o["group"] !== "string") {
    throw new OptionError(message.optionType("group", "a column name (string)", describeValue(o["group"])));
  }
  for (const name of ["groupEqual", "groupPartial", "reverse"]) {
    if (o[name] !== undefined && !isStringArray(o[name])) {
      throw new OptionError(message.optionType(name, "an array of strings", describeValue(o[name])));
    }
  }
  const codes = o["missingCodes"];
  if (codes !== undefined) {
    if (!Array.isArray(codes) || !codes.every((c) => typeof c === "string" || (typeof c === "number" && Number.isFinite(c)))) {
      throw new OptionError(message.optionMissingCodes(describeValue(codes)));
    }
    if (codes.some((c) => typeof c === "number")) o = { ...o, missingCodes: codes.map(String) };
  }
  const estimator = o["estimator"];
  if (estimator !== undefined) {
    if (typeof estimator !== "string") throw new OptionError(message.optionType("estimator", "a string such as \"ML\"", describeValue(estimator)));
    // lavaan reads the estimator's name in any case ("mlr" is "MLR")
    const upper = estimator.toUpperCase();
    if (!(ESTIMATORS as readonly string[]).includes(upper)) throw new OptionError(message.optionValue("estimator", estimator, ESTIMATORS));
    if (upper !== estimator) o = { ...o, estimator: upper };
  }
  const ordered = o["ordered"];
  if (ordered !== undefined && typeof ordered !== "boolean" && !isStringArray(ordered)) {
    throw new OptionError(message.optionOrdered(describeValue(ordered)));
  }
  for (const name of ["stdLv", "meanstructure", "fixedX", "orthogonal", "stdOv", "intOvFree", "intLvFree"]) {
    if (o[name] !== undefined && typeof o[name] !== "boolean") {
      throw new OptionError(message.optionType(name, "true or false", describeValue(o[name])));
    }
  }
  if (o["missing"] !== undefined && !(MISSING as readonly unknown[]).includes(o["missing"])) {
    throw new OptionError(message.optionValue("missing", String(o["missing"]), MISSING));
  }
  if (o["se"] !== undefined && !(SE as readonly unknown[]).includes(o["se"])) {
    throw new OptionError(message.optionValue("se", String(o["se"]), SE));
  }
  if (o["seed"] !== undefined) checkSeed(fn, o["seed"]);
  checkEsemAndClusterOptions(o);
  return o as T;
}

const ROTATION_ARGS: Readonly<Record<string, "boolean" | "number" | "rowWeights">> = {
  orthogonal: "boolean", stdOv: "boolean", rowWeights: "rowWeights", geominEpsilon: "number", obliminGamma: "number",
  promaxKappa: "number", rstarts: "number",
};

/** `cluster` (a column name), `rotation` (a string; its value is checked with the ESEM settings) and `rotationArgs`. */
function checkEsemAndClusterOptions(o: Record<string, unknown>): void {
  for (const name of ["cluster", "rotation"]) {
    if (o[name] !== undefined && typeof o[name] !== "string") throw new OptionError(message.optionType(name, "a string", describeValue(o[name])));
  }
  const a = o["rotationArgs"];
  if (a === undefined) return;
  if (typeof a !== "object" || a === null || Array.isArray(a)) throw new OptionError(message.optionType("rotationArgs", "an object", describeValue(a)));
  for (const [key, value] of Object.entries(a)) {
    const kind = ROTATION_ARGS[key];
    if (kind === undefined) throw new OptionError(message.optionValue("rotationArgs key", key, Object.keys(ROTATION_ARGS)));
    const ok = kind === "rowWeights" ? value === "none" || value === "kaiser"
      : kind === "number" ? typeof value === "number" && Number.isFinite(value) && (key !== "rstarts" || (Number.isInteger(value) && value >= 0))
      : typeof value === "boolean";
    if (!ok) throw new OptionError(message.optionType(`rotationArgs.${key}`, kind === "rowWeights" ? '"none" or "kaiser"' : key === "rstarts" ? "a whole number ≥ 0" : `a ${kind}`, describeValue(value)));
  }
}
