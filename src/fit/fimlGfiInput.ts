import type { MlSolution } from "../estimate/estimateModel.ts";
import type { FitGroupInput } from "./types.ts";
import { pairwiseMoments } from "./pairwiseMoments.ts";

/**
 * What GFI needs of one group of a FIML solution, as lavaan computes it under missing = "ml": the
 * group's missing-data patterns (weights n_k/N_g) and lavaan's WLS.obs, the available-case means and
 * pairwise covariances pooled from the patterns.
 * Source: lavaan 0.6-14 lav_object_inspect_wls_obs / lav_mvnorm_missing_information_expected.
 * @param sol a FIML solution
 * @param group 0-based group
 * @returns the `missingData` entry of the group's FitGroupInput
 * @throws never
 * @example
 * fitMeasuresML({ ..., groups: [{ ...g, missingData: fimlGfiInput(sol, 0) }] });
 */
export function fimlGfiInput(sol: MlSolution, group: number): NonNullable<FitGroupInput["missingData"]> {
  const blocks = sol.blocks.filter((b) => b.group === group);
  const pw = pairwiseMoments(sol.rep.p, blocks);
  return { patterns: blocks.map((b) => ({ observed: b.observed, weight: b.n / pw.n })), cov: pw.cov, mean: pw.mean };
}
