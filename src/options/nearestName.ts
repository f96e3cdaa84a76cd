import { levenshtein } from "../text/levenshtein.ts";

/** Lower case without dots, dashes, underscores and spaces: "std.lv", "std_lv" and "stdLv" read alike. */
const fold = (s: string): string => s.toLowerCase().replace(/[._\-\s]/g, "");

/**
 * The valid name closest to a misspelt one, for "did you mean" in messages: the smallest edit distance
 * (Levenshtein 1966) after folding case and separators, ties broken by list order.
 * @param name the misspelt name
 * @param valid the valid names (at least one)
 * @param maxDistance when given, a nearest name further than this (in edits) is not returned
 * @returns the nearest valid name, or undefined when `valid` is empty or nothing is within `maxDistance`
 * @throws never
 * @example
 * nearestName("estimater", ["estimator", "missing"]); // "estimator"
 */
export function nearestName(name: string, valid: readonly string[], maxDistance = Infinity): string | undefined {
  if (typeof name !== "string" || !Array.isArray(valid)) return undefined;
  let best: string | undefined, bestD = Infinity;
  const f = fold(name);
  for (const v of valid) {
    const fv = fold(v);
    // a prefix ("item" for "items") or a fold-equal spelling is as near as it gets
    const d = fv === f ? 0 : levenshtein(f, fv) - (fv.startsWith(f) || f.startsWith(fv) ? 0.5 : 0);
    if (d < bestD) { bestD = d; best = v; }
  }
  return bestD <= maxDistance ? best : undefined;
}
