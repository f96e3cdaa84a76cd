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
  /** variables with a within part (both levels, or within only) */
  readonly p: number;
  /** between-only (cluster-level) variables */
  readonly pz: number;
  /** pooled within-cluster scatter of the p within variables Σ_j Σ_i (y_ij − ȳ_j)(y_ij − ȳ_j)ᵀ, row-major p × p */
  readonly scatter: Float64Array;
  /** one entry per distinct cluster size s: count, Σ v_j and Σ v_j v_jᵀ over its clusters, v_j = (ȳ_j, z_j) (p + pz) */
  readonly sizes: readonly { readonly size: number; readonly count: number; readonly sum: Float64Array; readonly cross: Float64Array }[];
  /** overall means (p) and the means over clusters of the between-only variables (pz) */
  readonly mean: Float64Array;
  /** covariance of the cluster means v_j over clusters (divisor J), (p + pz) × (p + pz) */
  readonly betweenCov: Float64Array;
  /** covariance of the within variables over all cases (divisor N), p × p */
  readonly totalCov: Float64Array;
}

/**
 * Two-level sufficient statistics (lavaan's `lav_samplestats` for two-level complete data): the pooled within-cluster
 * scatter of the variables with a within part, and per distinct cluster size the sums and cross-products of the
 * cluster vectors v_j = (ȳ_j, z_j) (cluster means, then the between-only variables), with listwise deletion over the
 * variables and the cluster column; plus the moments lavaan fixes exogenous covariates at (total covariance with
 * divisor N for within variables, covariance over clusters with divisor J for between-only variables).
 * Source: lavaan 0.6-14 R/lav_samplestats.R and lav_mvnorm_cluster.R (cov.d, mean.d per cluster size).
 * @param ds data set
 * @param names variables with a within part (both levels, or within only)
 * @param between between-only variables (constant within a cluster; their cluster means are used)
 * @param cluster name of the cluster column
 * @returns the statistics
 * @throws DataError when the cluster column is missing
 * @example
 * clusterStatistics(ds, ["y1", "y2", "y3", "y4"], [], "cluster").nclusters; // 200
 */
export function clusterStatistics(ds: Dataset, names: readonly string[], between: readonly string[], cluster: string): ClusterStatistics {
  if (!ds.columns.has(cluster)) throw new DataError(message.clusterColumnMissing(cluster), { column: cluster });
  const M = numericMatrix(ds, [...names, ...between, cluster], { missing: "listwise" });
  const p = names.length, pz = between.length, q = p + pz, w = q + 1, n = M.n;
  const byCluster = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = M.data[i * w + q]!;
    const list = byCluster.get(c) ?? [];
    list.push(i);
    byCluster.set(c, list);
  }
  const scatter = new Float64Array(p * p), totalMean = new Float64Array(p), totalCov = new Float64Array(p * p);
  for (let i = 0; i < n; i++) for (let a = 0; a < p; a++) totalMean[a] = totalMean[a]! + M.data[i * w + a]! / n;
  for (let i = 0; i < n; i++) for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
    totalCov[a * p + b] = totalCov[a * p + b]! + (M.data[i * w + a]! - totalMean[a]!) * (M.data[i * w + b]! - totalMean[b]!) / n;
  }
  const sizes = new Map<number, { size: number; count: number; sum: Float64Array; cross: Float64Array }>();
  const vs: Float64Array[] = [];
  for (const rows of byCluster.values()) {
    const s = rows.length, v = new Float64Array(q);
    for (const i of rows) for (let a = 0; a < q; a++) v[a] = v[a]! + M.data[i * w + a]! / s;
    for (const i of rows) for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
      scatter[a * p + b] = scatter[a * p + b]! + (M.data[i * w + a]! - v[a]!) * (M.data[i * w + b]! - v[b]!);
    }
    const e = sizes.get(s) ?? { size: s, count: 0, sum: new Float64Array(q), cross: new Float64Array(q * q) };
    e.count++;
    for (let a = 0; a < q; a++) {
      e.sum[a] = e.sum[a]! + v[a]!;
      for (let b = 0; b < q; b++) e.cross[a * q + b] = e.cross[a * q + b]! + v[a]! * v[b]!;
    }
    sizes.set(s, e);
    vs.push(v);
  }
  const J = vs.length, cm = new Float64Array(q), betweenCov = new Float64Array(q * q);
  for (const v of vs) for (let a = 0; a < q; a++) cm[a] = cm[a]! + v[a]! / J;
  for (const v of vs) for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) betweenCov[a * q + b] = betweenCov[a * q + b]! + (v[a]! - cm[a]!) * (v[b]! - cm[b]!) / J;
  const mean = new Float64Array(q);
  mean.set(totalMean, 0);
  for (let a = p; a < q; a++) mean[a] = cm[a]!;
  return { n, nclusters: J, p, pz, scatter, sizes: [...sizes.values()].sort((x, y) => x.size - y.size), mean, betweenCov, totalCov };
}
