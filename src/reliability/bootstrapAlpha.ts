import { createRng } from "../random/rng.ts";
import { pairwiseCovariance } from "./kernels/pairwiseCovariance.ts";

/**
 * Percentile bootstrap interval of coefficient α: rows are resampled with replacement,
 * α = p/(p−1)(1 − tr C/ΣC) is recomputed from the pairwise covariance matrix of each
 * resample, and the 2.5%, 50% and 97.5% quantiles (R type 7) are returned
 * (Efron & Tibshirani 1993, §13.3; psych `alpha(n.iter = …)` does the same with R's RNG).
 * Resample b draws from `createRng(seed, b)`, so results do not depend on how work is split.
 *
 * @param x row-major n×p matrix (items already keyed), NaN for missing
 * @param n rows
 * @param p items
 * @param nBoot number of resamples (> 0)
 * @param seed integer seed
 * @returns `{ lower, median, upper, failed }`, `failed` counting the resamples whose α is not finite
 *   (e.g. every resampled row identical); they are left out of the quantiles
 * @throws never
 * @example
 * bootstrapAlpha(x, 480, 4, 1000, 42).lower;
 */
export function bootstrapAlpha(
  x: Float64Array, n: number, p: number, nBoot: number, seed: number,
): { lower: number; median: number; upper: number; failed: number } {
  const buf = new Float64Array(n * p);
  const alphas: number[] = [];
  for (let b = 0; b < nBoot; b++) {
    const rng = createRng(seed, b);
    for (let i = 0; i < n; i++) {
      const src = rng.int(n) * p;
      for (let j = 0; j < p; j++) buf[i * p + j] = x[src + j]!;
    }
    const c = pairwiseCovariance(buf, n, p);
    let tr = 0, sum = 0;
    for (let i = 0; i < p; i++) { tr += c[i * p + i]!; for (let j = 0; j < p; j++) sum += c[i * p + j]!; }
    const a = (1 - tr / sum) * p / (p - 1);
    if (Number.isFinite(a)) alphas.push(a);
  }
  alphas.sort((u, v) => u - v);
  return {
    lower: quantile7(alphas, 0.025), median: quantile7(alphas, 0.5), upper: quantile7(alphas, 0.975), failed: nBoot - alphas.length,
  };
}

/** R's default (type 7) quantile of sorted values. */
function quantile7(s: readonly number[], prob: number): number {
  if (s.length === 0) return NaN;
  const h = (s.length - 1) * prob;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}
