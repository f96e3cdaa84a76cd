import { levenshtein } from "./levenshtein.ts";

/** How `nearestName` compares names and which it may return. */
export interface NearestNameSettings {
  /** A name further than this many edits (after folding) is not suggested (default: no limit). */
  readonly maxDistance?: number;
  /**
   * What the comparison ignores: "case" (default) or "separators", which also ignores dots, dashes, underscores and
   * spaces and prefers a name that starts with the other ("std.lv", "std_lv" and "stdLv" read alike; "item" finds "items").
   */
  readonly fold?: "case" | "separators";
  /** Names to suggest only when nothing else is as near (e.g. names the model already uses). */
  readonly avoid?: ReadonlySet<string>;
}

const foldCase = (s: string): string => s.toLowerCase();
const foldSeparators = (s: string): string => s.toLowerCase().replace(/[._\-\s]/g, "");

/**
 * The candidate closest to a misspelt name, for "did you mean" in messages. Names are compared by edit distance
 * (Levenshtein 1966) after folding; ties go to the smaller distance with case kept, then to a name not in `avoid`,
 * then to the earlier candidate.
 * @param name the misspelt name
 * @param candidates the valid names
 * @param settings the distance limit, the folding and the names to avoid
 * @returns the nearest candidate, or undefined when there is none within `maxDistance`
 * @throws never
 * @example
 * nearestName("estimater", ["estimator", "missing"]); // "estimator"
 * nearestName("std_lv", ["stdLv", "items"], { fold: "separators" }); // "stdLv"
 */
export function nearestName(name: string, candidates: readonly string[], settings: NearestNameSettings = {}): string | undefined {
  if (typeof name !== "string" || !Array.isArray(candidates)) return undefined;
  const separators = settings.fold === "separators";
  const fold = separators ? foldSeparators : foldCase;
  const limit = settings.maxDistance ?? Infinity;
  const f = fold(name);
  let best: string | undefined, bestScore = Infinity;
  for (const c of candidates) {
    const fc = fold(c);
    // with "separators", a prefix ("item" for "items") is half an edit nearer
    const d = fc === f ? 0 : levenshtein(f, fc) - (separators && (fc.startsWith(f) || f.startsWith(fc)) ? 0.5 : 0);
    if (d > limit) continue;
    const score = d * 1e6 + (c === name ? 0 : levenshtein(name, c)) * 2 + (settings.avoid?.has(c) === true ? 1 : 0);
    if (score < bestScore) { bestScore = score; best = c; }
  }
  return best;
}
