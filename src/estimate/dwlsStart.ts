import type { ParTable } from "../partable/types.ts";
import type { DwlsTarget } from "./dwlsEvaluator.ts";
import { startValues } from "../partable/startValues.ts";

/**
 * Start values of a DWLS fit (all-ordinal or mixed): the ordinary start values from the sample covariances
 * (or correlations) and means, then each free threshold at its sample threshold (the first nth entries of the
 * group's WLS.obs) and each free scale factor δ at 1.
 * Source: lavaan 0.6-14 lav_start (thresholds from the sample statistics; delta parameterisation, δ = 1).
 * @param pt parameter table
 * @param cov sample covariance (or correlation) matrix of every group, row-major p × p
 * @param mean sample means of every group
 * @param targets the DWLS targets of every group (threshold and scale-factor slots; wlsObs)
 * @returns θ at the start, length pt.npar
 * @throws OptionError from startValues on arrays of the wrong shape
 * @example
 * const start = dwlsStart(pt, stats.cov, stats.mean, ordinalTargets(pt, ordinal));
 */
export function dwlsStart(pt: ParTable, cov: readonly Float64Array[], mean: readonly Float64Array[], targets: readonly DwlsTarget[]): Float64Array {
  const p = pt.ov.length;
  const start = startValues(pt, cov, mean);
  targets.forEach((t) => {
    for (let j = 0; j < t.nth; j++) if (t.thresholdFree[j]! >= 0) start[t.thresholdFree[j]!] = t.wlsObs[j]!;
    for (let v = 0; v < p; v++) if (t.deltaFree[v]! >= 0) start[t.deltaFree[v]!] = 1;
  });
  return start;
}
