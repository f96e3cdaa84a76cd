/**
 * Edit distance between two strings (insertions, deletions, substitutions each cost 1).
 * Source: Levenshtein (1966), "Binary codes capable of correcting deletions, insertions, and reversals";
 * computed with the two-row dynamic programme of Wagner & Fischer (1974).
 * @param a - first string
 * @param b - second string
 * @returns the number of single-character edits turning a into b (NaN when either is not a string)
 * @example levenshtein("sat5", "sat1") // 1
 */
export function levenshtein(a: string, b: string): number {
  if (typeof a !== "string" || typeof b !== "string") return Number.NaN;
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      const sub = (prev[j - 1] as number) + cost;
      cur[j] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] as number;
}
