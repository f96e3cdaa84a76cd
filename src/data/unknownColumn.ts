import { UnknownColumnError } from "../errors.ts";
import { message } from "../messages.ts";
import { nearestName } from "../text/nearestName.ts";

/**
 * The error for a column that is not in the data, suggesting the nearest existing name (case-insensitive
 * match first, then the smallest Levenshtein distance, if it is at most max(2, ⌊length/2⌋)). Internal to src/data.
 * @param name - the name asked for
 * @param names - the names in the data
 * @returns the error, with `column` set to `name`
 * @example throw unknownColumn("sat5", ["sat1", "sat2"]) // unknown column "sat5"; did you mean "sat1"?
 */
export function unknownColumn(name: string, names: readonly string[]): UnknownColumnError {
  return new UnknownColumnError(message.dataUnknownColumn(name, nearestColumn(name, names)), { column: name });
}

/**
 * The error for one or more columns that are not in the data: one name gives {@link unknownColumn}'s message,
 * several are listed together (as lavaan lists "missing observed variables"), each with its nearest existing name.
 * Internal to src/data.
 * @param names - the names asked for that are not in the data (at least one)
 * @param existing - the names in the data
 * @returns the error, with `column` set to the first name
 * @example throw unknownColumns(["sat9", "foo"], ["sat1", "sat2"]) // unknown columns "sat9" (did you mean "sat1"?), "foo"
 */
export function unknownColumns(names: readonly string[], existing: readonly string[]): UnknownColumnError {
  if (names.length === 1) return unknownColumn(names[0] as string, existing);
  const list = names.map((name) => ({ name, suggestion: nearestColumn(name, existing) }));
  return new UnknownColumnError(message.dataUnknownColumns(list), { column: names[0] as string });
}

/** The nearest column name to a misspelt one: within half its length in edits (at least 2), case ignored. */
function nearestColumn(name: string, names: readonly string[]): string | undefined {
  return nearestName(name, names, { maxDistance: Math.max(2, Math.floor(name.length / 2)) });
}
