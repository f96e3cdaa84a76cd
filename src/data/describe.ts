import type { Dataset } from "./types.ts";
import type { Scale } from "./reverseCode.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { numericMatrix } from "./numericMatrix.ts";
import { selectItems } from "./selectItems.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "./reverseCode.ts";

/** Descriptive statistics of one item. */
export interface ItemDescription {
  readonly name: string;
  /** Observed (non-missing) values. */
  readonly n: number;
  /** Missing values. */
  readonly missing: number;
  readonly mean: number;
  /** Standard deviation with denominator n − 1. */
  readonly sd: number;
  /** Standard error of the mean, sd / √n. */
  readonly se: number;
  readonly median: number;
  /** Skewness, psych type 3: Σ(x − x̄)³ / (n·sd³). */
  readonly skew: number;
  /** Excess kurtosis, psych type 3: Σ(x − x̄)⁴ / (n·sd⁴) − 3. */
  readonly kurtosis: number;
  readonly min: number;
  readonly max: number;
  /**
   * Counts per integer category from the scale's min to max (or the observed min to max when all values
   * are integers spanning at most 20 categories); empty for continuous data.
   */
  readonly frequencies: readonly { readonly value: number; readonly count: number }[];
}

/** Result of {@link describe}. */
export interface DescribeResult {
  readonly items: ItemDescription[];
  /** Values outside the declared scale, naming column and row. */
  readonly warnings: string[];
}

const MAX_LISTED = 5;
const MAX_CATEGORIES = 20;

/** Options of `describe()`. */
export interface DescribeOptions {
  /** The declared response scale, e.g. `{ min: 1, max: 5 }`: values outside it are reported. */
  readonly scale?: Scale;
}

/** The accepted keys of `describe()` options. */
export const DESCRIBE_OPTION_KEYS = optionKeys<DescribeOptions>({ scale: SCALE_OPTION_KEYS });

/**
 * Item descriptives as `psych::describe` (Revelle, 2022) with its default type 3 skew and kurtosis
 * (Joanes & Gill, 1998, b1 and b2 − 3): for the n observed values of an item,
 * skew = Σ(x − x̄)³ / (n·s³) and kurtosis = Σ(x − x̄)⁴ / (n·s⁴) − 3, where s is the n − 1 standard deviation.
 * Also counts each response category, and warns about values outside a declared scale.
 * @param ds - the data set
 * @param names - item names or patterns (see selectItems)
 * @param options - `scale`: the declared response scale, e.g. `{ min: 1, max: 5 }`
 * @returns one entry per item, and warnings
 * @throws UnknownColumnError / DataError for unknown or text columns; OptionError for a bad scale; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example describe(ds, "sat*", { scale: { min: 1, max: 5 } }).items[0].mean
 */
export function describe(
  ds: Dataset,
  names: readonly string[] | string,
  options: DescribeOptions = {},
): DescribeResult {
  checkArg("describe", "ds", ds, "dataset");
  checkOptionsObject("describe", options);
  options = checkOptionKeys("describe", options, DESCRIBE_OPTION_KEYS);
  const scale = options.scale;
  if (scale !== undefined && !(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.min < scale.max)) {
    throw new OptionError(message.dataBadScale(scale.min, scale.max));
  }
  const m = numericMatrix(ds, selectItems(ds, names));
  const warnings: string[] = [];
  const items = m.names.map((name, j) => {
    const values: number[] = [];
    const rows: number[] = [];
    for (let i = 0; i < m.n; i++) {
      const v = m.data[i * m.p + j] as number;
      if (!Number.isNaN(v)) {
        values.push(v);
        rows.push(i);
      }
    }
    if (scale !== undefined) warnOutOfScale(name, values, rows, scale, warnings);
    return describeValues(name, values, m.n, scale);
  });
  return { items, warnings };
}

function describeValues(name: string, values: number[], total: number, scale: Scale | undefined): ItemDescription {
  const n = values.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = n > 0 ? sum / n : NaN;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const v of values) {
    const d = v - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  const median =
    n === 0 ? NaN : n % 2 === 1 ? (sorted[(n - 1) / 2] as number) : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
  return {
    name,
    n,
    missing: total - n,
    mean,
    sd,
    se: sd / Math.sqrt(n),
    median,
    skew: m3 / (n * sd ** 3),
    kurtosis: m4 / (n * sd ** 4) - 3,
    min: n > 0 ? min : NaN,
    max: n > 0 ? max : NaN,
    frequencies: frequencies(values, scale, min, max),
  };
}

function frequencies(values: number[], scale: Scale | undefined, min: number, max: number): { value: number; count: number }[] {
  let lo: number;
  let hi: number;
  if (scale !== undefined) {
    lo = Math.ceil(scale.min);
    hi = Math.floor(scale.max);
    if (hi - lo + 1 > MAX_CATEGORIES) return [];
  } else {
    if (values.length === 0 || !values.every(Number.isInteger) || max - min + 1 > MAX_CATEGORIES) return [];
    lo = min;
    hi = max;
  }
  const counts = new Array<number>(hi - lo + 1).fill(0);
  for (const v of values) if (Number.isInteger(v) && v >= lo && v <= hi) counts[v - lo] = (counts[v - lo] as number) + 1;
  return counts.map((count, k) => ({ value: lo + k, count }));
}

function warnOutOfScale(name: string, values: number[], rows: number[], scale: Scale, warnings: string[]): void {
  let listed = 0;
  let more = 0;
  values.forEach((v, k) => {
    if (v >= scale.min && v <= scale.max) return;
    if (listed < MAX_LISTED) {
      warnings.push(message.dataOutOfScale(name, (rows[k] as number) + 1, v, scale.min, scale.max));
      listed++;
    } else more++;
  });
  if (more > 0) warnings.push(message.dataMoreOutOfScale(name, more));
}
