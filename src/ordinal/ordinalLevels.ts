import { DataError } from "../errors.ts";
import { message } from "../messages.ts";

/** Most categories an ordered variable may have. */
export const MAX_CATEGORIES = 15;

/** Category coding of ordered variables. */
export interface OrdinalCoding {
  /** the sorted distinct values (categories) of each variable */
  readonly levels: Float64Array[];
  /** number of categories of each variable */
  readonly ncat: Int32Array;
  /** row-major n×p category index 0 … K−1 of every value */
  readonly codes: Uint8Array;
  /** variables with 13–15 categories (lavaan warns above 12) */
  readonly manyCategories: string[];
}

/**
 * Code ordered variables as categories the way lavaan does (`ordered()` on the whole data): the
 * categories of a variable are its distinct values in increasing order, and each value becomes its rank
 * 0 … K−1 (so 1/2/4/5 are four categories, and 2/7 a binary item).
 *
 * Source: lavaan 0.6-14 (Rosseel 2012), lav_data_full: ov.levels = nlevels(ordered(x)); R's `ordered()`.
 * @param data row-major n×p values (complete: no NaN)
 * @param n rows
 * @param p columns
 * @param names column names (for messages)
 * @returns levels, category counts and codes
 * @throws DataError (with column and row) for a missing or infinite value; DataError (column) for a variable
 *   with one category or more than {@link MAX_CATEGORIES}
 * @example
 * ordinalLevels(new Float64Array([1, 5, 3, 5]), 4, 1, ["x"]).codes; // [0, 2, 1, 2]
 */
export function ordinalLevels(data: Float64Array, n: number, p: number, names: readonly string[]): OrdinalCoding {
  const levels: Float64Array[] = [];
  const ncat = new Int32Array(p);
  const codes = new Uint8Array(n * p);
  const manyCategories: string[] = [];
  for (let v = 0; v < p; v++) {
    const seen = new Set<number>();
    for (let r = 0; r < n; r++) {
      const x = data[r * p + v]!;
      if (!Number.isFinite(x)) throw new DataError(message.ordinalNotFinite(names[v]!, r + 1, x), { column: names[v]!, row: r + 1 });
      if (!seen.has(x)) {
        seen.add(x);
        if (seen.size > MAX_CATEGORIES) {
          const k = countDistinct(data, n, p, v);
          throw new DataError(message.ordinalTooManyCategories(names[v]!, k, MAX_CATEGORIES), { column: names[v]! });
        }
      }
    }
    const lv = Float64Array.from(seen).sort();
    if (lv.length < 2) throw new DataError(message.ordinalOneCategory(names[v]!, lv[0]!), { column: names[v]! });
    if (lv.length > 12) manyCategories.push(names[v]!);
    levels.push(lv);
    ncat[v] = lv.length;
    for (let r = 0; r < n; r++) codes[r * p + v] = rank(lv, data[r * p + v]!);
  }
  return { levels, ncat, codes, manyCategories };
}

function rank(levels: Float64Array, x: number): number {
  let lo = 0, hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (levels[mid]! < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function countDistinct(data: Float64Array, n: number, p: number, v: number): number {
  const s = new Set<number>();
  for (let r = 0; r < n; r++) s.add(data[r * p + v]!);
  return s.size;
}
