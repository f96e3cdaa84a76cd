import type { Dataset } from "./types.ts";
import { numericMatrix } from "./numericMatrix.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";

/** Sufficient statistics of two-level data: clusters grouped by size. */
export interface ClusterStatistics {
  /** cases (after listwise deletion) */
  readonly n: number;
  /** clusters */
  readonly nclusters: number;
  readonly p: number;
  /** pooled within-cluster scatter Σ_j Σ_i (y_ij − ȳ_j)(y_ij − ȳ_j)ᵀ, row-major p × p */
  readonly scatter: Float64Array;
  /** one entry per distinct cluster size s: count, Σ s·ȳ_j, Σ s·ȳ_jȳ_jᵀ over the clusters of that size */
  readonly sizes: readonly { readonly size: number; readonly count: number; readonly sum: Float64Array; readonly cross: Float64Array }[];
  /** overall mean and the covariance of the cluster means (start values) */
  readonly mean: Float64Array;
  readonly betweenCov: Float64Array;
}

/**
 * Two-level sufficient statistics (lavaan's `lav_samplestats_cluster_patterns` for complete data): the pooled
 * within-cluster scatter and, per distinct cluster size, the weighted sums of the cluster means and of their
 * cross-products, with listwise deletion over the variables and the cluster column.
 * Source: lavaan 0.6-14 R/lav_samplestats.R (two-level, complete data); Muthén (1990), Mplus' MUML statistics.
 * @param ds data set
 * @param names observed variables (both levels)
 * @param cluster name of the cluster column
 * @returns the statistics
 * @throws DataError when the cluster column is missing or a cluster variable value is not a number
 * @example
 * clusterStatistics(ds, ["y1", "y2", "y3", "y4"], "cluster").nclusters; // 200
 */
export function clusterStatistics(ds: Dataset, names: readonly string[], cluster: string): ClusterStatistics {
  if (!ds.columns.has(cluster)) throw new DataError(message.clusterColumnMissing(cluster), { column: cluster });
  const M = numericMatrix(ds, [...names, cluster], { missing: "listwise" });
  const p = names.length, w = p + 1, n = M.n;
  const byCluster = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = M.data[i * w + p]!;
    const list = byCluster.get(c) ?? [];
    list.push(i);
    byCluster.set(c, list);
  }
  const scatter = new Float64Array(p * p), mean = new Float64Array(p);
  const sizes = new Map<number, { size: number; count: number; sum: Float64Array; cross: Float64Array }>();
  const means: Float64Array[] = [];
  for (const rows of byCluster.values()) {
    const s = rows.length, m = new Float64Array(p);
    for (const i of rows) for (let a = 0; a < p; a++) m[a] = m[a]! + M.data[i * w + a]! / s;
    for (const i of rows) for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
      scatter[a * p + b] = scatter[a * p + b]! + (M.data[i * w + a]! - m[a]!) * (M.data[i * w + b]! - m[b]!);
    }
    const e = sizes.get(s) ?? { size: s, count: 0, sum: new Float64Array(p), cross: new Float64Array(p * p) };
    e.count++;
    for (let a = 0; a < p; a++) {
      e.sum[a] = e.sum[a]! + s * m[a]!;
      mean[a] = mean[a]! + s * m[a]! / n;
      for (let b = 0; b < p; b++) e.cross[a * p + b] = e.cross[a * p + b]! + s * m[a]! * m[b]!;
    }
    sizes.set(s, e);
    means.push(m);
  }
  const J = means.length, betweenCov = new Float64Array(p * p);
  for (const m of means) for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
    betweenCov[a * p + b] = betweenCov[a * p + b]! + (m[a]! - mean[a]!) * (m[b]! - mean[b]!) / J;
  }
  return { n, nclusters: J, p, scatter, sizes: [...sizes.values()].sort((x, y) => x.size - y.size), mean, betweenCov };
}
