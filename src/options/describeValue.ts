/**
 * How a JavaScript value reads in an error message, for options of the wrong type.
 * @param v any value
 * @returns "null", "undefined", "an array", "an object", a quoted string, or e.g. "number 5"
 * @example
 * describeValue(5); // "number 5"
 */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return JSON.stringify(v);
  return typeof v === "object" || typeof v === "function" ? `a${typeof v === "object" ? "n" : ""} ${typeof v}` : `${typeof v} ${String(v)}`;
}
