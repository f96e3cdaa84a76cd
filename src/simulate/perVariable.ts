import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { unknownColumn } from "../data/unknownColumn.ts";
import type { PerVariable } from "./types.ts";

/**
 * Expand a per-variable option (one number, one per variable, or an object by name) to one value
 * per observed variable.
 * @param option the option value (undefined gives the default everywhere)
 * @param names observed variables in model order
 * @param label option name for messages
 * @param fallback value for variables not given
 * @returns one value per variable
 * @throws OptionError for a wrong length or a non-finite value; UnknownColumnError for an unknown name
 * @example
 * perVariable({ x2: 1.5 }, ["x1", "x2"], "skew", 0); // Float64Array [0, 1.5]
 */
export function perVariable(option: PerVariable | undefined, names: readonly string[], label: string, fallback: number): Float64Array {
  const p = names.length;
  const out = new Float64Array(p).fill(fallback);
  if (option === undefined) return out;
  if (typeof option === "number") out.fill(option);
  else if (Array.isArray(option) || ArrayBuffer.isView(option)) {
    const arr = option as readonly number[];
    if (arr.length !== p) throw new OptionError(message.simBadLength(label, arr.length, p));
    for (let j = 0; j < p; j++) out[j] = arr[j]!;
  } else {
    for (const [name, v] of Object.entries(option as Record<string, number>)) {
      const j = names.indexOf(name);
      if (j < 0) throw unknownColumn(name, names);
      out[j] = v;
    }
  }
  for (let j = 0; j < p; j++) if (!Number.isFinite(out[j]!)) throw new OptionError(message.simBadMoment(label, names[j]!, out[j]!));
  return out;
}
