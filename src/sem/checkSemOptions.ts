import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { describeValue } from "../options/describeValue.ts";

const MISSING = ["listwise", "fiml", "ml"] as const;
const SE = ["standard", "none", "bootstrap"] as const;

const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * Checks the shape of `sem()` / `cfa()` options for callers without TypeScript, so that a wrong type or an
 * unknown value gives an OptionError naming the option instead of a TypeError deep inside, or an option
 * that is silently ignored (e.g. `missing: "pairwise"`, which lavaan rejects as well).
 * @param options the options as passed
 * @throws OptionError naming the option, what it must be and what it was
 * @example
 * checkSemOptions({ group: 5 }); // OptionError: option group must be a column name (string), got number 5
 */
export function checkSemOptions(options: unknown): void {
  checkOptionsObject("sem", options);
  if (options === undefined) return;
  const o = options as Record<string, unknown>;
  if (o["group"] !== undefined && typeof o["group"] !== "string") {
    throw new OptionError(message.optionType("group", "a column name (string)", describeValue(o["group"])));
  }
  for (const name of ["groupEqual", "groupPartial", "reverse", "missingCodes"]) {
    if (o[name] !== undefined && !isStringArray(o[name])) {
      throw new OptionError(message.optionType(name, "an array of strings", describeValue(o[name])));
    }
  }
  for (const name of ["stdLv", "meanstructure", "fixedX", "orthogonal"]) {
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
  checkEsemAndClusterOptions(o);
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
