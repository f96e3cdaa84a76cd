import type { Dataset } from "./types.ts";
import { numericColumn } from "./numericColumn.ts";
import { message } from "../messages.ts";

/** Most distinct values a column may have to be treated as a rating-scale (Likert) item. */
const MAX_DISTINCT = 60;

/**
 * Warnings for values that look like survey missing-value codes or typos inside a rating-scale item.
 * A column counts as a rating-scale item when most of its values (at least half) form a "core" of at most 11
 * distinct integers between −10 and 10 with gaps of at most 2 between neighbours (one unused category is allowed).
 * Codes made only of nines (±9, ±99, ±999, …) never join the core, except a 9 next to it that is about as frequent
 * as the core's categories (at least half their mean count: the top of a 1–9 scale). A value below or above the core is then
 * reported with its count: as a likely missing code when it is ±9, ±99, ±999… (or ±8, ±98, ±998…, "refused"),
 * otherwise, when it lies more than the core's width beyond it, as a likely typo or outlier (`1e3`, `55`, `1e12` in a
 * 1–5 item). Columns with more than 5% non-integer values are not rating items and are not checked. The value stays in the analysis;
 * the message names `missingCodes` / `--missing-codes`, which turn it into a missing value.
 * @param ds - the data set
 * @param names - the columns to check (missing values as NaN)
 * @returns one warning per suspicious value, in column order
 * @example
 * likelyMissingCodes(ds, ["sat1"]) // ['column "sat1": the value -99 (4 rows) lies outside the range 1–5 …']
 */
export function likelyMissingCodes(ds: Dataset, names: readonly string[]): string[] {
  const out: string[] = [];
  const p = names.length, n = ds.n;
  // whole numbers −10 … 10 (every rating answer) are counted in bins; other values in a map per column.
  // A column is given up once it has too many distinct values or too many fractions to be a rating item.
  const bins = new Int32Array(p * 21), observed = new Int32Array(p);
  const other: Map<number, number>[] = new Array<Map<number, number>>(p);
  const skip = new Uint8Array(p);
  // more than 5% of the rows holding fractions (test scores, means of items): not a rating item
  const maxFractional = 0.05 * n;
  for (let j = 0; j < p; j++) {
    const column = numericColumn(ds, names[j]!), base = j * 21;
    if (oneRunOfAnswers(column)) { skip[j] = 1; continue; }
    const m = new Map<number, number>();
    other[j] = m;
    let seen = 0, fractional = 0;
    for (let i = 0; i < n; i++) {
      const x = column[i]!;
      if (x !== x) continue; // missing
      seen++;
      const k = (x + 10) | 0;
      if (k === x + 10 && k >= 0 && k <= 20) { bins[base + k]!++; continue; }
      if (!Number.isInteger(x) && ++fractional > maxFractional) { skip[j] = 1; break; }
      m.set(x, (m.get(x) ?? 0) + 1);
      if (m.size > MAX_DISTINCT) { skip[j] = 1; break; }
    }
    observed[j] = seen;
  }
  for (let j = 0; j < p; j++) {
    if (skip[j] === 1 || observed[j] === 0) continue;
    let binned = 0;
    for (let b = 0; b < 21; b++) if (bins[j * 21 + b]! > 0) binned++;
    if (binned + other[j]!.size > MAX_DISTINCT) continue;
    const counts = new Map<number, number>();
    for (let b = 0; b < 21; b++) if (bins[j * 21 + b]! > 0) counts.set(b - 10, bins[j * 21 + b]!);
    for (const [v, c] of other[j]!) counts.set(v, c);
    const core = ratingCore(counts);
    if (core === null || core.count * 2 < observed[j]!) continue;
    const span = core.hi - core.lo;
    const outside = [...counts].filter(([v]) => v < core.lo || v > core.hi).sort((a, b) => a[0] - b[0]);
    for (const [value, count] of outside) {
      const name = names[j]!;
      // a 9 next to the core (a 1–9 scale) is a scale point when it is about as frequent as the others
      const adjacent = value >= core.lo - 2 && value <= core.hi + 2;
      if (adjacent && count >= 0.5 * (core.count / core.distinct)) continue;
      if (isCodeLike(value)) out.push(message.dataLikelyMissingCode(name, value, count, core.lo, core.hi));
      else if (value < core.lo - span || value > core.hi + span) out.push(message.dataLikelyTypo(name, value, count, core.lo, core.hi));
    }
  }
  return out;
}

/** Bits of −9 and 9 in a mask of the whole numbers −10 … 10 (bit k for the value k − 10). */
const NINES = (1 << 1) | (1 << 19);

/**
 * Whether every value is a whole number −10 … 10 other than ±9 and the values seen form one run with gaps of at
 * most 2: then the rating core is all of them, nothing lies outside it, and there is nothing to count.
 */
function oneRunOfAnswers(column: Float64Array): boolean {
  let mask = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i]!;
    if (x !== x) continue;
    const k = (x + 10) | 0;
    if (k !== x + 10 || k < 0 || k > 20) return false;
    mask |= 1 << k;
  }
  if (mask === 0 || (mask & NINES) !== 0) return false;
  // neighbouring answers more than 2 apart (two or more unused values between) would split the run
  while ((mask & 1) === 0) mask >>>= 1;
  for (let gap = 0; mask !== 0; mask >>>= 1) {
    if ((mask & 1) === 1) gap = 0;
    else if (++gap > 1) return false;
  }
  return true;
}

/** The run of small integers (gaps ≤ 2) holding the most observations, or null when it is not scale-like. */
function ratingCore(counts: ReadonlyMap<number, number>): { lo: number; hi: number; count: number; distinct: number } | null {
  const values = [...counts.keys()].filter((v) => Number.isInteger(v) && Math.abs(v) <= 10 && !isNines(v)).sort((a, b) => a - b);
  let best: { lo: number; hi: number; count: number; distinct: number } | null = null;
  let start = 0;
  for (let k = 0; k <= values.length; k++) {
    if (k === values.length || (k > start && values[k]! - values[k - 1]! > 2)) {
      let count = 0;
      for (let m = start; m < k; m++) count += counts.get(values[m]!)!;
      if (k > start && (best === null || count > best.count)) best = { lo: values[start]!, hi: values[k - 1]!, count, distinct: k - start };
      start = k;
    }
  }
  if (best === null || best.distinct < 2 || best.distinct > 11) return null;
  // a rating item holds whole numbers: more than 5% of other values (test scores, means of items) is not one
  let fractional = 0, total = 0;
  for (const [v, c] of counts) { total += c; if (!Number.isInteger(v)) fractional += c; }
  if (fractional > 0.05 * total) return null;
  return best;
}

/** ±9, ±99, ±999, … */
function isNines(v: number): boolean {
  const a = Math.abs(v);
  return a >= 9 && a < 1e15 && Number.isInteger(a) && /^9+$/.test(String(a));
}

/** ±9…9 or ±9…98 (the usual "don't know" / "refused" codes). */
function isCodeLike(v: number): boolean {
  const a = Math.abs(v);
  return isNines(v) || (a >= 8 && a < 1e15 && Number.isInteger(a) && /^9*8$/.test(String(a)));
}
