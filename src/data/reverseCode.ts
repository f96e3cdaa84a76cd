import type { Column, Dataset } from "./types.ts";
import { DataError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { numericMatrix } from "./numericMatrix.ts";
import { checkArg, checkFields } from "../options/checkArg.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** The response scale of Likert items, e.g. `{ min: 1, max: 5 }`. */
export interface Scale {
  readonly min: number;
  readonly max: number;
}

/** The keys of a response scale `{ min, max }`. */
export const SCALE_OPTION_KEYS = optionKeys<Scale>({ min: true, max: true });

/**
 * Reverse-code items: each value x becomes min + max − x (for a 1–5 scale, 6 − x), so that reverse-worded
 * items (e.g. tru4, swc3) point the same way as the rest of their scale. Missing values stay missing.
 * Source: standard Likert scoring, e.g. psych's `reverse.code` (Revelle, 2022), which uses the same rule.
 * @param ds - the data set (not modified)
 * @param names - the columns to reverse
 * @param scale - the response scale; when absent, the smallest and largest observed value over these columns
 * @returns a new Dataset with the named columns reversed and all others shared with `ds`
 * @throws UnknownColumnError for a missing column; DataError for a text column, when no value is observed, or
 *   for a value outside the given scale (naming column and row); OptionError for a scale without finite min < max; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example reverseCode(ds, ["tru4", "swc3"], { min: 1, max: 5 }) // tru4 = 6 - tru4, swc3 = 6 - swc3
 */
export function reverseCode(ds: Dataset, names: readonly string[], scale?: Scale): Dataset {
  checkArg("reverseCode", "ds", ds, "dataset");
  checkArg("reverseCode", "names", names, "names");
  if (scale !== undefined) {
    checkOptionKeys("reverseCode", scale, SCALE_OPTION_KEYS, "scale.");
    checkFields("reverseCode", "scale", scale, { min: "number", max: "number" });
  }
  const m = numericMatrix(ds, names);
  let lo: number;
  let hi: number;
  if (scale !== undefined) {
    if (!(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.min < scale.max)) {
      throw new OptionError(message.dataBadScale(scale.min, scale.max));
    }
    lo = scale.min;
    hi = scale.max;
    // min + max − x of a value outside the scale is outside it too: a typo such as 55 for 5 would
    // otherwise flow silently into the analysis
    for (let j = 0; j < m.p; j++) {
      for (let i = 0; i < m.n; i++) {
        const x = m.data[i * m.p + j] as number;
        if (x < lo || x > hi) {
          const column = m.names[j] as string;
          throw new DataError(message.dataOutOfScale(column, i + 1, x, lo, hi), { column, row: i + 1 });
        }
      }
    }
  } else {
    lo = Infinity;
    hi = -Infinity;
    for (const x of m.data) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (lo > hi) throw new DataError(message.dataNoValues(names.join(", ")), { column: names[0] as string });
  }
  const sum = lo + hi;
  const replaced = new Map<string, Column>();
  m.names.forEach((name, j) => {
    const out = new Float64Array(m.n);
    for (let i = 0; i < m.n; i++) out[i] = sum - (m.data[i * m.p + j] as number);
    replaced.set(name, { kind: "numeric", values: out });
  });
  const columns = new Map<string, Column>();
  for (const name of ds.names) columns.set(name, replaced.get(name) ?? (ds.columns.get(name) as Column));
  return { names: ds.names, n: ds.n, columns, ...(ds.warnings !== undefined ? { warnings: ds.warnings } : {}) };
}
