import type { Column } from "./types.ts";
import type { MissingTest } from "./missingCodes.ts";
import { parseNumber } from "./parseNumber.ts";

/**
 * Turn raw cell values (CSV strings, numbers, null…) into a typed column. The column is numeric when
 * every non-missing value is a finite number or a string that parses as one; otherwise it is text.
 * Missing values become NaN (numeric) or null (text). Internal to src/data.
 * @param values - raw values, one per row
 * @param missing - the missing-value test
 * @param decimal - decimal mark for numbers written as text
 * @returns the typed column
 * @example buildColumn(["1", "NA", "3"], makeMissingTest(), ".") // numeric [1, NaN, 3]
 */
export function buildColumn(values: ArrayLike<unknown>, missing: MissingTest, decimal: "." | ","): Column {
  const n = values.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let x: number;
    if (typeof v === "string") {
      if (missing.text(v)) {
        out[i] = NaN;
        continue;
      }
      x = parseNumber(v, decimal);
      if (Number.isNaN(x)) return textColumn(values, missing, decimal);
    } else if (typeof v === "number") {
      x = v;
    } else if (v === null || v === undefined) {
      out[i] = NaN;
      continue;
    } else if (typeof v === "bigint") {
      x = Number(v);
    } else {
      return textColumn(values, missing, decimal);
    }
    if (missing.number(x)) {
      out[i] = NaN;
      continue;
    }
    if (!Number.isFinite(x)) return textColumn(values, missing, decimal);
    out[i] = x;
  }
  return { kind: "numeric", values: out };
}

function isNumericCode(v: string, missing: MissingTest, decimal: "." | ","): boolean {
  const x = parseNumber(v, decimal);
  return !Number.isNaN(x) && missing.number(x);
}

function textColumn(values: ArrayLike<unknown>, missing: MissingTest, decimal: "." | ","): Column {
  const n = values.length;
  const out: (string | null)[] = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) out[i] = null;
    else if (typeof v === "string") out[i] = missing.text(v) || isNumericCode(v, missing, decimal) ? null : v;
    else if (typeof v === "number") out[i] = missing.number(v) ? null : String(v);
    else out[i] = cellText(v);
  }
  return { kind: "text", values: out };
}

/** Text of a non-string cell; objects without a usable toString (e.g. `Object.create(null)`) must not throw. */
function cellText(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
