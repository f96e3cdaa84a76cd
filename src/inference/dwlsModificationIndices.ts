import type { ModificationIndex } from "./types.ts";
import type { DwlsSolution, MixedDwlsSolution } from "../estimate/dwlsSolution.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { impliedMoments } from "../representation/impliedMoments.ts";
import { dwlsEvaluator } from "../estimate/dwlsEvaluator.ts";
import { ordinalTargets } from "../estimate/ordinalTargets.ts";
import { mixedTargets } from "../estimate/mixedTargets.ts";
import { mixedDwlsEvaluator } from "../estimate/mixedDwlsEvaluator.ts";
import { modificationCandidates, type ModificationCandidate } from "./modificationCandidates.ts";
import { extendedTable, scoreTests, epcScales } from "./scoreTests.ts";

/**
 * Modification indices of a DWLS fit of ordinal indicators, or of ordinal and continuous ones (`fitMixed`),
 * as lavaan's `modindices()` after `estimator = "WLSMV"`: the candidates of `modificationCandidates` except
 * thresholds and residual variances of the latent responses (not parameters in the delta parameterisation), tested with
 * lavaan's DWLS gradient and expected information of the extended model at θ̂:
 *   g = −Σ_g (N_g − 1)/N · Δ_gᵀ W_g (s_g − σ_g),   I = Σ_g (N_g/N) · Δ_gᵀ W_g Δ_g,
 * W_g the diagonal DWLS weights, s_g lavaan's WLS.obs (thresholds or −means, variances of continuous variables,
 * polychoric/polyserial/Pearson correlations or covariances) and σ_g the
 * model's; MI = N g²/V, EPC = −g/V as in `scoreTests`. sepc.all scales by the latent-response standard
 * deviations 1/δ (delta parameterisation).
 * Source: Sörbom (1989); lavaan 0.6-14 `modindices()`, `lav_model_gradient` (DWLS with group weights
 * (N_g − 1)/N) and `lav_model_information_expected` (Δᵀ diag(WLS.VD) Δ).
 * @param o the solution of `fitOrdinal` or `fitMixed`
 * @returns modification indices sorted by decreasing mi
 * @throws never
 * @example
 * dwlsModificationIndices(fitOrdinal(pt, ds))[0]; // the largest
 */
export function dwlsModificationIndices(o: DwlsSolution): ModificationIndex[] {
  const { sol } = o;
  const { pt } = sol;
  const npar = pt.npar;
  const ordinalVars = new Set(pt.classes?.ovOrd ?? pt.rows.filter((r) => r.op === "|").map((r) => r.lhs));
  const kept = modificationCandidates(pt).filter((c) => c.op !== "|" && !(c.op === "~~" && c.lhs === c.rhs && ordinalVars.has(c.lhs)));
  const candidates: ModificationCandidate[] = kept.map((c, i) => ({ ...c, free: npar + i + 1 }));
  if (candidates.length === 0) return [];
  const { ext, th } = extendedTable(sol, candidates);
  const rep = buildRepresentation(ext, sol.stats);
  const mixed = "targets" in o;
  const targets = mixed ? mixedTargets(ext, (o as MixedDwlsSolution).ordinal) : ordinalTargets(ext, o.ordinal);
  const ev = mixed ? mixedDwlsEvaluator(rep, targets as ReturnType<typeof mixedTargets>) : dwlsEvaluator(rep, targets);
  const n = th.length, N = sol.stats.ntotal;
  ev.objective(th);
  ev.derivatives(th, new Float64Array(n), null); // Δ_g and σ_g at θ
  const score = new Float64Array(n), info = new Float64Array(n * n);
  targets.forEach((t, g) => {
    const J = ev.jacobians[g]!, sig = ev.sigmas[g]!, rows = t.wlsObs.length, Ng = sol.stats.nobs[g]!;
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
    for (let i = 0; i < p; i++) {
      if (ordinalVars.has(rep.ovNames[i]!)) mats.theta[i * p + i] = 1 / (delta[i]! * delta[i]!) - (imp.sigma[i * p + i]! - mats.theta[i * p + i]!);
    }
    impliedMoments(mats, p, rep.m, rep.hasBeta, imp);
  });
  return scoreTests(candidates, npar, score, info, N, epcScales(sol, ev.implied, new Set()));
}
