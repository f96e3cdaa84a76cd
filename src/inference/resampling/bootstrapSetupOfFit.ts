import type { Dataset } from "../../data/types.ts";
import type { ParTable } from "../../partable/types.ts";
import type { BootstrapSetup } from "./types.ts";
import type { Estimator } from "../../estimate/estimator.ts";
import { numericMatrix } from "../../data/numericMatrix.ts";
import { bootstrapTargets } from "./bootstrapTargets.ts";
import { OptionError } from "../../errors.ts";
import { message } from "../../messages.ts";

/** What the bootstrap needs of a full-sample fit: its parameter table, estimates, groups, case counts and estimator. */
export interface FitForBootstrap {
  readonly partable: ParTable;
  readonly theta: Float64Array;
  readonly groups: readonly string[];
  readonly nobs: readonly number[];
  readonly estimator: Estimator;
  /** The fit's sample means per group (complete cases), to check that the data are the ones it was fitted to. */
  readonly solution?: { readonly stats: { readonly mean: readonly Float64Array[] }; readonly fiml?: boolean };
}

/** The estimators whose estimates the draws reproduce: the draws are ML fits (MLR and MLM share ML's estimates). */
const BOOTSTRAP_ESTIMATORS: readonly Estimator[] = ["ML", "MLR", "MLM"];

/**
 * Cut the complete-case data of each group, in the order of the model's observed variables, for the bootstrap of a
 * fit made on the same data (lavaan's `lav_bootstrap_internal` resamples the rows each group was fitted on).
 * @param fit the full-sample fit (partable, theta, groups, nobs)
 * @param ds the data set the fit was made from (reverse coding and missing codes applied)
 * @param groups the group of every data row (−1: no group), as `groupLabels` gives it
 * @returns the setup of the draws
 * @throws OptionError for a FIML fit with incomplete rows or one by another estimator than ML, MLR or MLM (the draws are ML fits), or when the data do
 *   not give the fit's groups, complete-case counts and means (other data, other reverse coding, or stdOv)
 * @example
 * const setup = bootstrapSetupOfFit(fit, ds, groupLabels(ds, undefined));
 */
export function bootstrapSetupOfFit(fit: FitForBootstrap, ds: Dataset, groups: { readonly labels: readonly string[]; readonly rowGroup: Int32Array }): BootstrapSetup {
  if (!BOOTSTRAP_ESTIMATORS.includes(fit.estimator)) throw new OptionError(message.bootstrapEstimatorUnsupported(fit.estimator));
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
  // a FIML fit with incomplete rows used more cases than the complete ones the draws resample
  if (!same) throw new OptionError(fit.solution?.fiml === true ? message.bootstrapFimlUnsupported : message.bootstrapDataMismatch(fit.nobs, nobs));
  checkMeans(groupData, nobs, pt.ov, fit.solution?.stats.mean);
  return { pt, thetaHat: fit.theta, names: pt.ov, groupLabels: [...groups.labels], groupData, nobs, targets: bootstrapTargets(pt) };
}

/** The column means of each group's rows must be the fit's sample means (a relative 1e-9 allows for summation order). */
function checkMeans(groupData: readonly Float64Array[], nobs: readonly number[], names: readonly string[], fitMeans?: readonly Float64Array[]): void {
  if (fitMeans === undefined) return;
  const p = names.length;
  groupData.forEach((rows, g) => {
    const want = fitMeans[g];
    if (want === undefined || want.length !== p) return;
    for (let j = 0; j < p; j++) {
      let sum = 0;
      for (let i = 0; i < nobs[g]!; i++) sum += rows[i * p + j]!;
      const mean = sum / nobs[g]!;
      if (Math.abs(mean - want[j]!) > 1e-9 * Math.max(1, Math.abs(want[j]!))) throw new OptionError(message.bootstrapDataMeanMismatch(names[j]!, mean, want[j]!));
    }
  });
}
