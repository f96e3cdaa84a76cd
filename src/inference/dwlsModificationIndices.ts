import type { ModificationIndex } from "../sem/types.ts";
import type { OrdinalSolution } from "../sem/fitOrdinal.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { impliedMoments } from "../representation/impliedMoments.ts";
import { dwlsEvaluator } from "../estimate/dwlsEvaluator.ts";
import { ordinalTargets } from "../sem/ordinalTargets.ts";
import { modificationCandidates, type ModificationCandidate } from "./modificationCandidates.ts";
import { extendedTable, scoreTests, epcScales } from "./scoreTests.ts";

/**
 * Modification indices of a DWLS fit of ordinal indicators (lavaan's `modindices()` after
 * `estimator = "WLSMV"`): the candidates of `modificationCandidates` except intercepts, scale factors,
 * thresholds and residual variances of the latent responses (lavaan reports those as NA), tested with
 * lavaan's DWLS gradient and expected information of the extended model at θ̂:
 *   g = −Σ_g (N_g − 1)/N · Δ_gᵀ W_g (s_g − σ_g),   I = Σ_g (N_g/N) · Δ_gᵀ W_g Δ_g,
 * W_g the diagonal DWLS weights, s_g lavaan's WLS.obs (thresholds, polychoric correlations) and σ_g the
 * model's; MI = N g²/V, EPC = −g/V as in `scoreTests`. sepc.all scales by the latent-response standard
 * deviations 1/δ (delta parameterisation).
 * Source: Sörbom (1989); lavaan 0.6-14 `modindices()`, `lav_model_gradient` (DWLS with group weights
 * (N_g − 1)/N) and `lav_model_information_expected` (Δᵀ diag(WLS.VD) Δ).
 * @param o the ordinal solution of `fitOrdinal`
 * @returns modification indices sorted by decreasing mi
 * @throws never
 * @example
 * dwlsModificationIndices(fitOrdinal(pt, ds))[0]; // the largest
 */
export function dwlsModificationIndices(o: OrdinalSolution): ModificationIndex[] {
  const { sol, ordinal } = o;
  const { pt } = sol;
  const npar = pt.npar;
  const ov = new Set(pt.ov);
  const kept = modificationCandidates(pt).filter((c) => c.op !== "|" && !(c.op === "~~" && c.lhs === c.rhs && ov.has(c.lhs)));
  const candidates: ModificationCandidate[] = kept.map((c, i) => ({ ...c, free: npar + i + 1 }));
  if (candidates.length === 0) return [];
  const { ext, th } = extendedTable(sol, candidates);
  const rep = buildRepresentation(ext, sol.stats);
  const targets = ordinalTargets(ext, ordinal);
  const ev = dwlsEvaluator(rep, targets);
  const n = th.length, N = sol.stats.ntotal;
  ev.objective(th);
  ev.derivatives(th, new Float64Array(n), null); // Δ_g and σ_g at θ
  const score = new Float64Array(n), info = new Float64Array(n * n);
  targets.forEach((t, g) => {
    const J = ev.jacobians[g]!, sig = ev.sigmas[g]!, rows = t.wlsObs.length, Ng = ordinal.groups[g]!.nobs;
    const wg = (Ng - 1) / N, fg = Ng / N;
    for (let j = 0; j < rows; j++) {
      const w = t.weights[j]!, wr = w * (t.wlsObs[j]! - sig[j]!);
      for (let a = 0; a < n; a++) {
        const ja = J[j * n + a]!;
        if (ja === 0) continue;
        score[a]! -= wg * ja * wr;
        const fw = fg * w * ja;
        for (let b = 0; b < n; b++) info[a * n + b]! += fw * J[j * n + b]!;
      }
    }
  });
  // latent-response variances 1/δ² on the diagonal of the implied covariance, as fitOrdinal reports them
  const p = rep.p;
  ev.implied.forEach((imp, g) => {
    const mats = ev.mats[g]!, delta = ev.deltas[g]!;
    for (let i = 0; i < p; i++) mats.theta[i * p + i] = 1 / (delta[i]! * delta[i]!) - (imp.sigma[i * p + i]! - mats.theta[i * p + i]!);
    impliedMoments(mats, p, rep.m, rep.hasBeta, imp);
  });
  return scoreTests(candidates, npar, score, info, N, epcScales(sol, ev.implied, new Set()));
}
