import type { Representation } from "../representation/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import type { MomentBlock } from "./momentBlocks.ts";
import { mlEvaluator, type MlEvaluator } from "./mlEvaluator.ts";
import { wlsEvaluator, type WlsWeight } from "./wlsEvaluator.ts";
import { h1ExpectedInformation } from "./h1ExpectedInformation.ts";
import { momentCount } from "../representation/momentJacobian.ts";

/** Builds an estimator's discrepancy for a compiled model and its sample moment blocks. */
export type Objective = (rep: Representation, blocks: readonly MomentBlock[], stats: SampleStatistics) => MlEvaluator;

/** Estimators that differ by their discrepancy function (the robust ones reuse "ML"). */
export type ObjectiveName = "ML" | "GLS" | "ULS";

/**
 * The discrepancy functions by estimator (a strategy table):
 *   ML  — normal-theory likelihood (complete data or FIML pattern blocks), `mlEvaluator`;
 *   GLS — least squares weighted by ½Dᵀ(S⁻¹⊗S⁻¹)D (and S⁻¹ for means), `wlsEvaluator`;
 *   ULS — unweighted least squares, `wlsEvaluator` with W = I.
 * GLS and ULS expect `stats.cov` to hold lavaan's unbiased (N − 1) sample covariances and weight
 * group g by (N_g − 1)/N, so that χ² = N·F = Σ_g (N_g − 1) F_g as in lavaan.
 * Source: lavaan 0.6-14 `lav_model_objective` and R/lav_samplestats.R (WLS.V for GLS, WLS.VD for ULS).
 * @example
 * const ev = objectives.GLS(rep, completeDataBlocks(stats), stats);
 */
export const objectives: Readonly<Record<ObjectiveName, Objective>> = {
  ML: (rep, blocks) => mlEvaluator(rep, blocks),
  GLS: (rep, blocks, stats) => wlsEvaluator(rep, blocks, glsWeights(stats, rep.p, rep.meanstructure), lsScale(stats)),
  ULS: (rep, blocks, stats) => wlsEvaluator(rep, blocks, stats.cov.map(() => ({ W: null })), lsScale(stats)),
};

/** lavaan's per-group factor (N_g − 1)/N of the least-squares discrepancies. */
const lsScale = (stats: SampleStatistics): number[] => stats.nobs.map((n) => (n - 1) / stats.ntotal);

/**
 * GLS weight matrices ½Dᵀ(S_g⁻¹⊗S_g⁻¹)D (⊕ S_g⁻¹ for the means), one per group.
 * @param stats sample statistics (unbiased covariances)
 * @param p observed variables
 * @param meanstructure whether the mean moments are weighted too
 * @returns one weight per group; a singular S_g gives an all-NaN weight (F = NaN, reported as non-convergence)
 * @throws never
 * @example
 * glsWeights(stats, 9, false)[0]!.W; // 45×45
 */
export function glsWeights(stats: SampleStatistics, p: number, meanstructure: boolean): WlsWeight[] {
  return stats.cov.map((S) => ({ W: h1ExpectedInformation([S], [1], p, meanstructure) ?? new Float64Array(momentCount(p, meanstructure) ** 2).fill(NaN) }));
}
