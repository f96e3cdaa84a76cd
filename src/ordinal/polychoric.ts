import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { ITEM_SELECTION_KEYS, itemMatrix } from "../data/itemMatrix.ts";
import type { ItemSelection, ReliabilityInput } from "../data/itemMatrix.ts";
import { ordinalSampleStatistics } from "./ordinalSampleStatistics.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** One estimate in lavaan's parameterEstimates() layout: a threshold (`sat1 | t1`) or a correlation (`sat1 ~~ sat2`). */
export interface PolychoricEstimate {
  readonly lhs: string;
  readonly op: "|" | "~~";
  readonly rhs: string;
  readonly est: number;
  readonly se: number;
}

/** Polychoric correlations of Likert items with thresholds and standard errors. */
export interface PolychoricResult {
  /** item names, in matrix order */
  readonly names: string[];
  /** complete rows used (rows with a missing item are dropped, as lavCor's listwise default) */
  readonly nobs: number;
  /** rows dropped for missing values */
  readonly droppedRows: number;
  /** sorted category values of each item */
  readonly levels: number[][];
  /** polychoric (tetrachoric for two binary items) correlations, row-major p×p, unit diagonal */
  readonly correlation: Float64Array;
  /** standard errors of the correlations, row-major p×p, 0 on the diagonal */
  readonly correlationSe: Float64Array;
  /** thresholds of each item (K−1 values), in item order */
  readonly thresholds: number[][];
  /** standard errors of the thresholds */
  readonly thresholdSe: number[][];
  /** every correlation (lower triangle, column by column) then every threshold, as lavaan lists them */
  readonly estimates: PolychoricEstimate[];
  /** Γ (lavaan's NACOV) of thresholds then correlations, row-major; Var ≈ Γ/(N − 1) as lavaan's SEs use */
  readonly gamma: Float64Array;
  /** notes (near-±1 correlations, empty cells, dropped rows) */
  readonly warnings: string[];
}

/**
 * Polychoric correlation matrix of ordinal items (tetrachoric for binary ones) with thresholds and standard
 * errors, as lavaan 0.6-14's `lavCor(x, ordered = names(x), estimator = "WLSMV", se = "robust.sem")`:
 * two-step ML (thresholds from the margins, then each correlation from its contingency table), SEs from the
 * Muthén (1984) sandwich, SE = √(diag Γ / (N − 1)) (lavaan divides by N minus the number of groups). Use the
 * matrix for factor analysis of Likert items (e.g. with efaFromCorrelation and n = nobs).
 *
 * Source: Olsson (1979), Psychometrika 44, 443–460; Muthén (1984), Psychometrika 49, 115–132;
 * lavaan 0.6-14 (Rosseel 2012) lavCor, lav_model_vcov.
 * @param input a Dataset, CSV text, rows, columns, danfo/arquero table, or a numeric matrix
 * @param options items (names or patterns such as "sat*"; default every numeric column), items to reverse, scale
 * @returns correlations, thresholds, SEs, Γ and warnings
 * @throws UnknownColumnError for unknown items; DataError for text items, an item with one category or more
 *   than 15; OptionError when no items are selected or options is not an object
 * @example
 * const r = polychoric(csvText, { items: "sat*" });
 * r.correlation; // 4 × 4 polychoric matrix
 * r.estimates.find((e) => e.lhs === "sat1" && e.rhs === "sat2")?.se;
 */
export function polychoric(input: ReliabilityInput, options: ItemSelection = {}): PolychoricResult {
  checkOptionsObject("polychoric", options);
  options = checkOptionKeys("polychoric", options, ITEM_SELECTION_KEYS);
  let m: ReturnType<typeof itemMatrix>;
  try {
    m = itemMatrix(input, options);
  } catch (e) {
    if (e instanceof OptionError && e.message === message.alphaNoItems) throw new OptionError(message.polychoricNoItems);
    throw e;
  }
  const { n, p, names } = m;
  // listwise deletion
  const keep: number[] = [];
  for (let r = 0; r < n; r++) {
    let ok = true;
    for (let j = 0; j < p && ok; j++) if (Number.isNaN(m.data[r * p + j]!)) ok = false;
    if (ok) keep.push(r);
  }
  const N = keep.length;
  const x = new Float64Array(N * p);
  keep.forEach((r, s) => x.set(m.data.subarray(r * p, r * p + p), s * p));
  const st = ordinalSampleStatistics(x, N, p, names);
  const q = st.wlsObs.length, nth = st.nth;
  const se = new Float64Array(q);
  for (let a = 0; a < q; a++) se[a] = Math.sqrt(st.gamma[a * q + a]! / (N - 1));
  const correlationSe = new Float64Array(p * p);
  const estimates: PolychoricEstimate[] = [];
  let k = nth;
  for (let j = 0; j < p - 1; j++) {
    for (let i = j + 1; i < p; i++, k++) {
      correlationSe[i * p + j] = correlationSe[j * p + i] = se[k]!;
      estimates.push({ lhs: names[j]!, op: "~~", rhs: names[i]!, est: st.wlsObs[k]!, se: se[k]! });
    }
  }
  const thresholds: number[][] = [], thresholdSe: number[][] = [];
  k = 0;
  for (let v = 0; v < p; v++) {
    const t = [...st.thresholds[v]!];
    thresholds.push(t);
    thresholdSe.push(t.map((_, l) => se[k + l]!));
    t.forEach((est, l) => estimates.push({ lhs: names[v]!, op: "|", rhs: `t${l + 1}`, est, se: se[k + l]! }));
    k += t.length;
  }
  const warnings = [...st.warnings];
  if (N < n) warnings.unshift(message.polychoricDroppedRows(n - N, n));
  return {
    names: [...names], nobs: N, droppedRows: n - N, levels: st.levels.map((l) => [...l]),
    correlation: st.correlation, correlationSe, thresholds, thresholdSe, estimates, gamma: st.gamma, warnings,
  };
}
