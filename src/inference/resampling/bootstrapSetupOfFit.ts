import type { Dataset } from "../../data/types.ts";
import type { ParTable } from "../../partable/types.ts";
import type { BootstrapSetup } from "./types.ts";
import { numericMatrix } from "../../data/numericMatrix.ts";
import { bootstrapTargets } from "./bootstrapTargets.ts";
import { OptionError } from "../../errors.ts";
import { message } from "../../messages.ts";

/** What the bootstrap needs of a full-sample fit: its parameter table, estimates, groups and case counts. */
export interface FitForBootstrap {
  readonly partable: ParTable;
  readonly theta: Float64Array;
  readonly groups: readonly string[];
  readonly nobs: readonly number[];
}

/**
 * Cut the complete-case data of each group, in the order of the model's observed variables, for the bootstrap of a
 * fit made on the same data (lavaan's `lav_bootstrap_internal` resamples the rows each group was fitted on).
 * @param fit the full-sample fit (partable, theta, groups, nobs)
 * @param ds the data set the fit was made from (reverse coding and missing codes applied)
 * @param groups the group of every data row (−1: no group), as `groupLabels` gives it
 * @returns the setup of the draws
 * @throws OptionError when the data do not give the fit's groups and complete-case counts
 * @example
 * const setup = bootstrapSetupOfFit(fit, ds, groupLabels(ds, undefined));
 */
export function bootstrapSetupOfFit(fit: FitForBootstrap, ds: Dataset, groups: { readonly labels: readonly string[]; readonly rowGroup: Int32Array }): BootstrapSetup {
  const pt = fit.partable;
  const X = numericMatrix(ds, pt.ov, { missing: "listwise" });
  const p = pt.ov.length;
  const groupData: Float64Array[] = [], nobs: number[] = [];
  for (let g = 0; g < groups.labels.length; g++) {
    let n = 0;
    for (let r = 0; r < X.n; r++) if (groups.rowGroup[X.rows[r]!] === g) n++;
    const rows = new Float64Array(n * p);
    let k = 0;
    for (let r = 0; r < X.n; r++) {
      if (groups.rowGroup[X.rows[r]!] !== g) continue;
      rows.set(X.data.subarray(r * p, (r + 1) * p), k * p);
      k++;
    }
    groupData.push(rows); nobs.push(n);
  }
  const same = groups.labels.length === fit.groups.length && groups.labels.every((l, g) => l === fit.groups[g] && nobs[g] === fit.nobs[g]);
  if (!same) throw new OptionError(message.bootstrapDataMismatch(fit.nobs, nobs));
  return { pt, thetaHat: fit.theta, names: pt.ov, groupLabels: [...groups.labels], groupData, nobs, targets: bootstrapTargets(pt) };
}
