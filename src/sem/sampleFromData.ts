import type { Dataset } from "../data/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { blockedMoments } from "../estimate/blockedMoments.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { unknownColumn } from "../data/unknownColumn.ts";
import { DataError } from "../errors.ts";
import { missingPatterns, type MissingPatternData } from "../data/missingPatterns.ts";
import { emSaturated } from "../estimate/emSaturated.ts";
import type { FimlInput } from "../estimate/estimateModel.ts";
import { message } from "../messages.ts";
import { rowTotals } from "./rowTotals.ts";

/**
 * Group labels in lavaan's order: order of first appearance in the data, missing labels skipped.
 * @param ds data set
 * @param group grouping column, or undefined for one group
 * @returns the labels ([""] for a single group) and each row's 0-based group (−1 for a missing label)
 * @throws UnknownColumnError when the column is not in the data
 * @example
 * groupLabels(ds, "school").labels; // ["Pasteur", "Grant-White"]
 */
export function groupLabels(ds: Dataset, group: string | undefined): { labels: string[]; rowGroup: Int32Array } {
  const rowGroup = new Int32Array(ds.n);
  if (group === undefined) return { labels: [""], rowGroup };
  const col = ds.columns.get(group);
  if (col === undefined) throw unknownColumn(group, ds.names);
  const labels: string[] = [];
  const index = new Map<string, number>();
  for (let r = 0; r < ds.n; r++) {
    const raw = col.kind === "text" ? col.values[r] : Number.isNaN(col.values[r]!) ? null : String(col.values[r]);
    if (raw === null || raw === undefined) { rowGroup[r] = -1; continue; }
    let g = index.get(raw);
    if (g === undefined) { g = labels.length; labels.push(raw); index.set(raw, g); }
    rowGroup[r] = g;
  }
  return { labels, rowGroup };
}

/**
 * Sample statistics for ML with listwise deletion: per group, the N-denominator covariance
 * matrix and means of the model's observed variables over complete rows.
 * @param ds data set
 * @param ov observed variables in model order
 * @param groups output of `groupLabels`
 * @returns sample statistics
 * @throws DataError when a group has fewer complete rows than 2
 * @example
 * const stats = sampleFromData(ds, pt.ov, groupLabels(ds, undefined));
 */
export function sampleFromData(ds: Dataset, ov: readonly string[], groups: { labels: string[]; rowGroup: Int32Array }): SampleStatistics {
  const X = numericMatrix(ds, ov, { missing: "keep" });
  const p = ov.length, G = groups.labels.length;
  // listwise deletion: a row counts in its group when every value is observed
  const rowGroup = new Int32Array(X.n);
  const counts = new Array<number>(G).fill(0);
  for (let r = 0; r < X.n; r++) {
    let g = groups.rowGroup[X.rows[r]!]!;
    for (let j = 0; j < p && g >= 0; j++) if (Number.isNaN(X.data[r * p + j]!)) g = -1;
    rowGroup[r] = g;
    if (g >= 0) counts[g]!++;
  }
  const cov: Float64Array[] = [], mean: Float64Array[] = [], groupRows: Float64Array[] = [];
  for (let g = 0; g < G; g++) {
    if (counts[g]! < 2) throw new DataError(message.tooFewCases(groups.labels[g]!, counts[g]!));
    // one group without incomplete rows: the matrix is already the group's rows
    const whole = G === 1 && counts[g] === X.n;
    const rows = whole ? X.data : new Float64Array(counts[g]! * p);
    for (let r = 0, k = 0; r < X.n && !whole; r++) {
      if (rowGroup[r] !== g) continue;
      for (let j = 0; j < p; j++) rows[k++] = X.data[r * p + j]!;
    }
    const mom = blockedMoments(rows, counts[g]!, p); // momentsOf's numbers, faster
    cov.push(mom.cov); mean.push(mom.mean); groupRows.push(rows);
  }
  const ntotal = counts.reduce((a, b) => a + b, 0);
  return { names: ov, groups: groups.labels, nobs: counts, ntotal, norig: rowTotals(ds.n, G, groups.rowGroup), cov, mean, rows: groupRows };
}

/** FIML inputs with the EM (h1) moments as sample statistics. */
export interface FimlSample {
  readonly stats: SampleStatistics;
  readonly fiml: FimlInput;
  readonly patterns: MissingPatternData;
  /** Whether EM converged in every group. */
  readonly emConverged: boolean;
  /** Rows deleted per group for a missing exogenous covariate (fixed.x with missing = "ml"). */
  readonly exoDropped: readonly number[];
}

/**
 * Sample statistics for FIML (lavaan `missing = "ml"`): rows grouped by missing-data pattern, and the
 * unrestricted means and covariances estimated by EM (they serve as h1 moments for fit measures).
 * Rows with every model variable missing are dropped. Rows missing a value of one of `exo` (the fixed.x
 * covariates) are deleted first, as lavaan's `lav_data_full` does unless missing = "ml.x"; `norig` still counts them.
 * @param ds data set
 * @param ov observed variables in model order
 * @param groups output of `groupLabels`
 * @param exo exogenous covariates whose missing values delete the row (empty: keep every row)
 * @returns EM moments, pattern blocks, the h1 log-likelihood and the rows deleted per group
 * @throws DataError when a group has fewer than 2 usable rows
 * @example
 * const { stats, fiml } = fimlFromData(ds, pt.ov, groupLabels(ds, undefined));
 */
export function fimlFromData(
  ds: Dataset, ov: readonly string[], groups: { labels: string[]; rowGroup: Int32Array }, exo: readonly string[] = [],
): FimlSample {
  const X = numericMatrix(ds, ov, { missing: "keep" });
  const p = ov.length, G = groups.labels.length;
  const exoDropped = new Array<number>(G).fill(0);
  let rowGroup = groups.rowGroup;
  if (exo.length > 0) {
    const cols = exo.map((v) => ov.indexOf(v));
    rowGroup = Int32Array.from(groups.rowGroup);
    for (let r = 0; r < X.n; r++) {
      const g = rowGroup[r]!;
      if (g < 0 || !cols.some((j) => Number.isNaN(X.data[r * p + j]!))) continue;
      rowGroup[r] = -1;
      exoDropped[g]!++;
    }
  }
  const patterns = missingPatterns(X.data, X.n, p, rowGroup, G);
  const cov: Float64Array[] = [], mean: Float64Array[] = [];
  let h1 = 0, emConverged = true;
  for (let g = 0; g < G; g++) {
    if (patterns.nobs[g]! < 2) throw new DataError(message.tooFewCases(groups.labels[g]!, patterns.nobs[g]!));
    const em = emSaturated(patterns.blocks.filter((b) => b.group === g), p);
    cov.push(em.cov); mean.push(em.mean);
    h1 += em.logl;
    emConverged &&= em.converged;
  }
  const ntotal = patterns.nobs.reduce((a, b) => a + b, 0);
  const stats: SampleStatistics = { names: ov, groups: groups.labels, nobs: patterns.nobs, ntotal, norig: rowTotals(ds.n, G, groups.rowGroup), cov, mean };
  return { stats, fiml: { blocks: patterns.blocks, h1Logl: h1, rows: patterns.rows }, patterns, emConverged, exoDropped };
}
