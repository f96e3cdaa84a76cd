import type { DwlsSolution, MixedDwlsSolution } from "../estimate/dwlsSolution.ts";
import { dwlsEvaluator } from "../estimate/dwlsEvaluator.ts";
import { ordinalTargets } from "../estimate/ordinalTargets.ts";
import { mixedTargets } from "../estimate/mixedTargets.ts";
import { mixedDwlsEvaluator } from "../estimate/mixedDwlsEvaluator.ts";

/**
 * Each group's share of the DWLS test statistic (lavaan's `stat.group` for WLSMV):
 *   T_g = (N_g − 1) Σ_j w_gj (s_gj − σ_gj(θ̂))²,
 * s_g lavaan's WLS.obs, σ_g the model's, w_g the diagonal weights; the shares add up to the χ² (N − G)·F.
 * Evaluated by a fresh evaluator, so the fitted matrices (with the reported latent-response variances)
 * are left as they are.
 * Source: lavaan 0.6-14 lav_model_objective (DWLS group.fx) and lav_model_test (stat.group).
 * @param o the solution of `fitOrdinal` or `fitMixed`
 * @returns T_g per group
 * @throws never
 * @example
 * dwlsGroupChisq(fitOrdinal(pt, ds, groups)); // [92.942, 64.815] for the loyalty core model by gender (lavaan)
 */
export function dwlsGroupChisq(o: DwlsSolution): number[] {
  const { sol } = o;
  const mixed = "targets" in o;
  const targets = mixed ? mixedTargets(sol.pt, (o as MixedDwlsSolution).ordinal) : ordinalTargets(sol.pt, o.ordinal);
  const ev = mixed ? mixedDwlsEvaluator(sol.rep, targets as ReturnType<typeof mixedTargets>) : dwlsEvaluator(sol.rep, targets);
  ev.objective(sol.theta);
  return targets.map((t, g) => {
    const sig = ev.sigmas[g]!;
    let q = 0;
    for (let j = 0; j < t.wlsObs.length; j++) { const r = t.wlsObs[j]! - sig[j]!; q += t.weights[j]! * r * r; }
    return (sol.stats.nobs[g]! - 1) * q;
  });
}
