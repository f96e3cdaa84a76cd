import { DataError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { toDataset } from "./toDataset.ts";
import type { DataInput } from "./toDataset.ts";
import { selectItems } from "./selectItems.ts";
import { numericMatrix } from "./numericMatrix.ts";
import { reverseCode, SCALE_OPTION_KEYS } from "./reverseCode.ts";
import type { Scale } from "./reverseCode.ts";
import type { Dataset } from "./types.ts";
import { checkScale } from "./checkScale.ts";
import { likelyMissingCodes } from "./likelyMissingCodes.ts";
import { optionKeys } from "../options/optionKeys.ts";

/** A numeric item matrix given directly: row-major n×p values (NaN = missing) or an array of rows. */
export type ItemMatrixInput =
  | { readonly data: Float64Array | readonly number[]; readonly n: number; readonly p: number; readonly names?: readonly string[] }
  | readonly (readonly number[])[];

/** Anything the reliability functions accept as data. */
export type ReliabilityInput = DataInput | ItemMatrixInput;

/** How to pick and key the items. */
export interface ItemSelection {
  /** Item names or patterns such as `"sq*"` (array or comma-separated string); default: every numeric column. */
  readonly items?: readonly string[] | string;
  /** Items to reverse as min + max − x before the analysis. */
  readonly reverse?: readonly string[];
  /**
   * Response scale: `reverse` uses it (default: the smallest and largest value over all analysed items, as psych),
   * and an item value outside it is a DataError.
   */
  readonly scale?: Scale;
  /** Extra missing-value codes when the input is CSV text or has string cells (e.g. `["-99", "."]`). */
  readonly missing?: readonly string[];
}

/** The accepted keys of `ItemSelection` (omega, polychoric). */
export const ITEM_SELECTION_KEYS = optionKeys<ItemSelection>({
  items: true, reverse: true, scale: SCALE_OPTION_KEYS, missing: true,
});

/**
 * Resolve reliability input into a numeric item matrix: select items (names or `*` patterns),
 * reverse-code the `reverse` items as min + max − x, keep every row (missing = NaN, for pairwise deletion).
 *
 * @param input a Dataset, CSV text, rows, columns, danfo/arquero table, or a numeric matrix
 * @param options items, reverse, scale, missing codes
 * @returns the row-major matrix, its size, the item names, the reversed items, and warnings (notes from reading the
 *   data, likely missing-value codes or typos in the items)
 * @throws UnknownColumnError for unknown items; DataError for text items, a matrix whose length is not
 *   n × p, no rows or a single row, or (with `scale`) an item value outside the scale; OptionError for a `reverse`
 *   item that is not analysed or a bad scale
 * @example
 * itemMatrix(ds, { items: "tru*", reverse: ["tru4"], scale: { min: 1, max: 5 } }).names; // ["tru1", …, "tru4"]
 */
export function itemMatrix(input: ReliabilityInput, options: ItemSelection = {}): {
  data: Float64Array; n: number; p: number; names: string[]; reversed: string[]; warnings: string[];
} {
  const direct = asMatrix(input);
  let ds: Dataset;
  if (direct !== null) {
    if (direct.data.length !== direct.n * direct.p) throw new DataError(message.dataBadDimensions(direct.data.length, direct.n, direct.p));
    const names = direct.names ?? Array.from({ length: direct.p }, (_, j) => `V${j + 1}`);
    const cols: Record<string, Float64Array> = {};
    names.forEach((name, j) => {
      const col = new Float64Array(direct.n);
      for (let i = 0; i < direct.n; i++) col[i] = direct.data[i * direct.p + j]!;
      cols[name] = col;
    });
    ds = toDataset(cols);
  } else {
    ds = toDataset(input as DataInput, options.missing !== undefined ? { missing: options.missing } : {});
  }
  const names = options.items !== undefined
    ? selectItems(ds, options.items)
    : ds.names.filter((name) => ds.columns.get(name)?.kind === "numeric");
  if (names.length === 0) throw new OptionError(message.alphaNoItems);
  const reversed: string[] = [];
  if (options.reverse !== undefined && options.reverse.length > 0) {
    const rev = selectItems(ds, options.reverse);
    for (const r of rev) if (!names.includes(r)) throw new OptionError(message.alphaReverseNotItem(r));
    const scale = options.scale ?? observedRange(ds, names);
    ds = reverseCode(ds, rev, scale);
    reversed.push(...rev);
  }
  const m = numericMatrix(ds, names, { missing: "keep" });
  if (m.n === 0) throw new DataError(message.dataNoRows);
  if (m.n === 1) throw new DataError(message.dataOneRow(""));
  if (options.scale !== undefined) checkScale(m, options.scale);
  return { data: m.data, n: m.n, p: m.p, names: m.names, reversed, warnings: [...(ds.warnings ?? []), ...likelyMissingCodes(ds, names)] };
}

function asMatrix(input: ReliabilityInput): { data: ArrayLike<number>; n: number; p: number; names?: readonly string[] } | null {
  if (Array.isArray(input) && input.length > 0 && input.every((row) => Array.isArray(row))) {
    const rows = input as readonly (readonly number[])[];
    const p = rows[0]!.length;
    const data = new Float64Array(rows.length * p);
    rows.forEach((row, i) => row.forEach((v, j) => { data[i * p + j] = v ?? NaN; }));
    return { data, n: rows.length, p };
  }
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    const o = input as { data?: unknown; n?: unknown; p?: unknown; names?: readonly string[] };
    if ((o.data instanceof Float64Array || Array.isArray(o.data)) && typeof o.n === "number" && typeof o.p === "number") {
      const out: { data: ArrayLike<number>; n: number; p: number; names?: readonly string[] } = { data: o.data as ArrayLike<number>, n: o.n, p: o.p };
      if (o.names !== undefined) out.names = o.names;
      return out;
    }
  }
  return null;
}

function observedRange(ds: Dataset, names: readonly string[]): Scale {
  const m = numericMatrix(ds, names, { missing: "keep" });
  let min = Infinity, max = -Infinity;
  for (const v of m.data) if (v === v) { if (v < min) min = v; if (v > max) max = v; }
  return { min, max };
}
