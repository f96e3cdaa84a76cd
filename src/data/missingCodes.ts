import { parseNumber } from "./parseNumber.ts";

/** Tests whether a cell counts as missing. Internal to src/data. */
export interface MissingTest {
  /** Missing text: `""`, `"NA"` or a user code (compared after trimming blanks). */
  text(s: string): boolean;
  /** Missing number: NaN, or equal to a numeric user code such as `-99`. */
  number(x: number): boolean;
}

/**
 * Build the missing-value test for a set of user codes. `""` and `"NA"` are always missing; user
 * codes that are numbers (e.g. `"-99"`) also match numeric cells equal to them (`-99.0`, or the number -99
 * in row objects).
 * @param codes - extra missing codes
 * @param decimal - decimal mark used to read numeric codes
 * @returns the test
 * @example makeMissingTest(["-99"]).number(-99) // true
 */
export function makeMissingTest(codes: readonly string[] = [], decimal: "." | "," = "."): MissingTest {
  const textCodes = new Set<string>(["", "NA"]);
  const numCodes: number[] = [];
  for (const c of codes) {
    const t = String(c).trim();
    textCodes.add(t);
    const x = parseNumber(t, decimal);
    const y = decimal === "," ? parseNumber(t, ".") : NaN;
    if (Number.isFinite(x)) numCodes.push(x);
    if (Number.isFinite(y)) numCodes.push(y);
  }
  const one = numCodes.length === 1 ? numCodes[0] : NaN;
  return {
    text(s: string): boolean {
      if (s.length === 0) return true;
      if (textCodes.has(s)) return true;
      const first = s.charCodeAt(0);
      const last = s.charCodeAt(s.length - 1);
      if (first <= 32 || last <= 32) return textCodes.has(s.trim());
      return false;
    },
    number(x: number): boolean {
      if (Number.isNaN(x)) return true;
      if (numCodes.length === 0) return false;
      if (numCodes.length === 1) return x === one;
      return numCodes.includes(x);
    },
  };
}
