import { DataError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { toDataset } from "../data/toDataset.ts";
import type { DataInput } from "../data/toDataset.ts";
import { selectItems } from "../data/selectItems.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { reverseCode, SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import type { Scale } from "../data/reverseCode.ts";
import { correlation } from "../data/correlation.ts";
import { checkScale } from "../data/checkScale.ts";
import { likelyMissingCodes } from "../data/likelyMissingCodes.ts";
import { optionKeys } from "../options/optionKeys.ts";

/** A correlation matrix given directly: p×p as rows or row-major values, with the sample size. */
export interface CorrelationInput {
  readonly R: Float64Array | readonly number[] | readonly (readonly number[])[];
  /** Number of observations behind R (needed for χ², TLI, RMSEA, Bartlett and parallel analysis). */
  readonly n?: number;
  /** Item names (default V1, V2, …). */
  readonly names?: readonly string[];
}

/** Anything the EFA functions accept: a data set in any supported shape, or a correlation matrix. */
export type EfaInput = DataInput | CorrelationInput;

/** Item selection and keying for EFA on raw data. */
export interface EfaItemOptions {
  /** Item names or patterns such as `"sq*"` (array or comma-separated string); default: every numeric column. */
  readonly items?: readonly string[] | string;
  /** Items to reverse as min + max − x first (e.g. `["tru4", "swc3"]`). */
  readonly reverse?: readonly string[];
  /**
   * Response scale: `reverse` uses it (default: smallest and largest observed value over the analysed items), and an
   * item value outside it is a DataError.
   */
  readonly scale?: Scale;
  /** Extra missing-value codes for CSV text / string cells. */
  readonly missing?: readonly string[];
  /** Sample size when the input is a correlation matrix (overrides `input.n`). */
  readonly n?: number;
}

/** The accepted keys of `EfaItemOptions`. */
export const EFA_ITEM_OPTION_KEYS = optionKeys<EfaItemOptions>({
  items: true, reverse: true, scale: SCALE_OPTION_KEYS, missing: true, n: true,
});

/** Resolved EFA input: correlation matrix, its size, item names, and the complete-case data when available. */
export interface ResolvedEfaInput {
  readonly R: Float64Array;
  readonly p: number;
  /** Number of complete cases (NaN when a correlation matrix came without n). */
  readonly n: number;
  readonly names: string[];
  /** Row-major n×p complete-case data, or null for correlation input. */
  readonly data: Float64Array | null;
  /** Notes on the raw data: reading notes, likely missing-value codes or typos in the items (absent for a correlation matrix). */
  readonly warnings?: readonly string[];
}

/**
 * Turn EFA input into a correlation matrix: for data, select the items, reverse-code, keep
 * complete cases (listwise, as the psych reference does) and correlate (Pearson); for a
 * correlation matrix, check that it is square, symmetric, finite with unit diagonal.
 *
 * Source: Pearson correlations on complete cases (R `cor(na.omit(x))`).
 * @param input data (Dataset, CSV text, rows, columns, danfo/arquero) or `{ R, n?, names? }`
 * @param options items, reverse, scale, missing codes, n
 * @returns R, p, n, names and the complete-case data
 * @throws UnknownColumnError / DataError for unknown or text items and too few rows; OptionError for a
 *   reverse item that is not analysed; DataError for a malformed correlation matrix
 * @example
 * resolveEfaInput(ds, { items: "sq*,pv*", reverse: [] }).p; // 7
 */
export function resolveEfaInput(input: EfaInput, options: EfaItemOptions = {}): ResolvedEfaInput {
  if (isCorrelationInput(input)) return fromCorrelation(input, options.n ?? input.n);
  let ds = toDataset(input as DataInput, options.missing !== undefined ? { missing: options.missing } : {});
  if (ds.n === 0) throw new DataError(message.dataNoRows);
  const names = options.items !== undefined
    ? selectItems(ds, options.items)
    : ds.names.filter((name) => ds.columns.get(name)?.kind === "numeric");
  if (names.length < 2) throw new DataError(message.efaTooFewItems(names.length));
  if (options.reverse !== undefined && options.reverse.length > 0) {
    const rev = selectItems(ds, options.reverse);
    for (const r of rev) if (!names.includes(r)) throw new OptionError(message.efaReverseNotItem(r));
    ds = reverseCode(ds, rev, options.scale ?? observedRange(ds, names));
  }
  const all = numericMatrix(ds, names, { missing: "keep" });
  if (options.scale !== undefined) checkScale(all, options.scale);
  const warnings = [...(ds.warnings ?? []), ...likelyMissingCodes(ds, names)];
  const m = numericMatrix(ds, names, { missing: "listwise" });
  if (m.n <= m.p) throw new DataError(message.efaTooFewRows(m.n, m.p));
  const R = correlation(m.data, m.n, m.p);
  for (let j = 0; j < m.p; j++) if (Number.isNaN(R[j * m.p + j]!)) throw new DataError(message.efaConstantItem(m.names[j]!), { column: m.names[j]! });
  return { R, p: m.p, n: m.n, names: m.names, data: m.data, warnings };
}

function isCorrelationInput(input: EfaInput): input is CorrelationInput {
  if (typeof input !== "object" || input === null || !("R" in input)) return false;
  const R = (input as { R: unknown }).R;
  return R instanceof Float64Array || (Array.isArray(R) && (R.length === 0 || typeof R[0] === "number" || Array.isArray(R[0])));
}

function fromCorrelation(input: CorrelationInput, n: number | undefined): ResolvedEfaInput {
  const src = input.R;
  let p: number, R: Float64Array;
  if (src instanceof Float64Array || (src.length > 0 && typeof src[0] === "number")) {
    const flat = src as ArrayLike<number>;
    p = Math.round(Math.sqrt(flat.length));
    if (p * p !== flat.length) throw new DataError(message.efaCorrelationShape(flat.length));
    R = Float64Array.from(flat);
  } else {
    const rowsIn = src as readonly (readonly number[])[];
    p = rowsIn.length;
    R = new Float64Array(p * p);
    rowsIn.forEach((row, i) => {
      if (row.length !== p) throw new DataError(message.efaCorrelationShape(p * (p - 1) + row.length));
      row.forEach((v, j) => { R[i * p + j] = v; });
    });
  }
  if (p < 2) throw new DataError(message.efaTooFewItems(p));
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
    const v = R[i * p + j]!;
    if (!Number.isFinite(v)) throw new DataError(message.efaBadCorrelation(i + 1, j + 1, `${v} is not a finite number`));
    if (i === j && Math.abs(v - 1) > 1e-8) throw new DataError(message.efaBadCorrelation(i + 1, j + 1, `diagonal element ${v} is not 1`));
    if (j < i && Math.abs(v - R[j * p + i]!) > 1e-8) throw new DataError(message.efaBadCorrelation(i + 1, j + 1, `${v} differs from the mirrored element ${R[j * p + i]!} (not symmetric)`));
    if (Math.abs(v) > 1 + 1e-8) throw new DataError(message.efaBadCorrelation(i + 1, j + 1, `${v} is outside [-1, 1]`));
  }
  const names = input.names !== undefined ? [...input.names] : Array.from({ length: p }, (_, j) => `V${j + 1}`);
  if (names.length !== p) throw new DataError(message.efaCorrelationNames(names.length, p));
  return { R, p, n: n ?? Number.NaN, names, data: null };
}

function observedRange(ds: ReturnType<typeof toDataset>, names: readonly string[]): Scale {
  const m = numericMatrix(ds, names, { missing: "keep" });
  let min = Infinity, max = -Infinity;
  for (const v of m.data) if (!Number.isNaN(v)) { if (v < min) min = v; if (v > max) max = v; }
  return { min, max };
}
