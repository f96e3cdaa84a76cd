import type { Dataset } from "./types.ts";
import { DataError, OptionError, UnknownColumnError } from "../errors.ts";
import { describeValue } from "../text/describeValue.ts";
import { message } from "../messages.ts";
import { unknownColumn, unknownColumns } from "./unknownColumn.ts";
import { checkArg } from "../options/checkArg.ts";

/**
 * Resolve item names and `*` glob patterns into column names.
 * A string spec is split on commas (`"sq*, pv*"`). Plain names keep the user's order; a pattern expands to
 * the matching columns in data order. Names already selected are not repeated.
 * @param ds - the data set
 * @param spec - names and/or patterns, as an array or one comma-separated string
 * @returns the selected column names
 * @throws UnknownColumnError for a name not in the data (suggesting the nearest name) or a pattern that
 *   matches nothing; DataError when the spec selects nothing; OptionError when it is not strings; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example selectItems(ds, "sat*,loy1") // ["sat1", "sat2", "sat3", "sat4", "loy1"]
 */
export function selectItems(ds: Dataset, spec: readonly string[] | string): string[] {
  checkArg("selectItems", "ds", ds, "dataset");
  // JavaScript callers can pass anything: a clear error instead of "x.map is not a function"
  if (typeof spec !== "string" && !(Array.isArray(spec) && spec.every((t) => typeof t === "string"))) {
    throw new OptionError(message.optionNotNames(describeValue(spec)));
  }
  const tokens = (typeof spec === "string" ? spec.split(",") : spec).map((t) => t.trim()).filter((t) => t !== "");
  if (tokens.length === 0) throw new DataError(message.dataEmptySelection);
  const out: string[] = [];
  const chosen = new Set<string>();
  const add = (name: string): void => {
    if (!chosen.has(name)) {
      chosen.add(name);
      out.push(name);
    }
  };
  const unknown = tokens.filter((t) => !t.includes("*") && !ds.columns.has(t));
  if (unknown.length > 1) throw unknownColumns([...new Set(unknown)], ds.names);
  for (const token of tokens) {
    if (ds.columns.has(token)) {
      add(token);
    } else if (token.includes("*")) {
      const matches = ds.names.filter((name) => globMatch(token, name));
      if (matches.length === 0) throw new UnknownColumnError(message.dataNoMatch(token), { column: token });
      matches.forEach(add);
    } else {
      throw unknownColumn(token, ds.names);
    }
  }
  return out;
}

/** Match `name` against a pattern in which `*` stands for any run of characters (no regex, so names are literal). */
function globMatch(pattern: string, name: string): boolean {
  const parts = pattern.split("*");
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (!name.startsWith(first)) return false;
  if (name.length - first.length < last.length || !name.endsWith(last)) return false;
  let pos = first.length;
  const end = name.length - last.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const part = parts[k] as string;
    const at = name.indexOf(part, pos);
    if (at < 0 || at + part.length > end) return false;
    pos = at + part.length;
  }
  return true;
}
