import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { message } from "../messages.ts";
import { collinearItems } from "./collinearItems.ts";

/**
 * Warnings about a sample too small or too degenerate for the model: a group with no more complete
 * cases than observed variables (its N-denominator covariance matrix has rank ≤ n − 1 < p, so it is
 * singular), otherwise an item that is (almost) a linear combination of others (see `collinearItems`),
 * and fewer cases in all than free parameters.
 * @param stats sample statistics
 * @param npar free parameters
 * @returns warning texts (empty when the sample is large enough)
 * @example
 * sampleSizeWarnings(stats, 21); // ["only 15 cases for 21 free parameters: …"]
 */
export function sampleSizeWarnings(stats: SampleStatistics, npar: number): string[] {
  const out: string[] = [];
  const p = stats.names.length;
  stats.nobs.forEach((n, g) => {
    const group = stats.groups.length > 1 ? stats.groups[g]! : "";
    if (n <= p) out.push(message.semFewerCasesThanVariables(n, p, group));
    else {
      const collinear = collinearItems(stats.cov[g]!, p, stats.names, group);
      if (collinear !== null) out.push(collinear);
    }
  });
  if (stats.ntotal < npar) out.push(message.semFewerCasesThanParameters(stats.ntotal, npar));
  return out;
}
