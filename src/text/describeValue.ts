/**
 * How a JavaScript value reads in an error message, for options of the wrong type.
 * @param v any value
 * @returns "null", "undefined", "an array", "an object", a quoted string (cut after 20 characters when longer
 *   than 40), or e.g. "number 5"
 * @example
 * describeValue(5); // "number 5"
 */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return "an array";
  // a long text (e.g. CSV passed where a Dataset belongs) is cut, so that the message stays one line
  if (typeof v === "string") return v.length <= 40 ? `the string ${JSON.stringify(v)}` : `a string of ${v.length} characters (${JSON.stringify(v.slice(0, 20))}…)`;
  return typeof v === "object" || typeof v === "function" ? `a${typeof v === "object" ? "n" : ""} ${typeof v}` : `${typeof v} ${String(v)}`;
}
