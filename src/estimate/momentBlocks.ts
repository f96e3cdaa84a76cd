import { spdInverse } from "../linalg/spdInverse.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";

export type { MomentBlock } from "../data/momentBlock.ts";
import type { MomentBlock } from "../data/momentBlock.ts";


/**
 * Complete-data blocks: one per group, with the saturated constant log|S_g| + p.
 * @param stats sample statistics
 * @returns one block per group
 * @example
 * completeDataBlocks(stats).length; // number of groups
 */
export function completeDataBlocks(stats: SampleStatistics): MomentBlock[] {
  const p = stats.names.length;
  return stats.cov.map((S, g) => {
    const logdetS = spdInverse(S, p, new Float64Array(p * p), new Float64Array(p * p));
    // a singular S (collinear items) has no log-determinant: keep F finite; the fit carries a warning
    const constant = Number.isNaN(logdetS) ? p : logdetS + p;
    return { group: g, weight: stats.nobs[g]! / stats.ntotal, n: stats.nobs[g]!, observed: null, cov: S, mean: stats.mean[g]!, constant };
  });
}
