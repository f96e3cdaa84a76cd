import type { Representation } from "../representation/types.ts";
import type { DwlsEvaluator, DwlsTarget } from "./dwlsEvaluator.ts";
import { freeSlots } from "./pool.ts";

/**
 * The free thresholds that Fisher scoring on the DWLS discrepancy never moves from their start: a
 * threshold τ whose θ index belongs to one threshold of one group only (no equality constraint, not a
 * matrix element or a scale factor), whose variable has a fixed non-zero scale factor δ_v and a model
 * mean that is zero for every θ (no free intercepts or latent means, fixed ones zero), and whose
 * residual s_j − δ_v τ is exactly zero at the start. Its row of Δ then depends on τ alone, so its
 * gradient stays exactly zero and its Hessian row is zero off the diagonal: the optimizer's step for it
 * is zero at every iteration, and it can be held fixed (see `subsetDiscrepancy`) with the same result.
 * Source: the DWLS discrepancy of Muthén, du Toit & Spisic (1997) (thresholds enter only their own
 * residual in the delta parameterisation); lavaan 0.6-14 starts the thresholds at the sample ones.
 * @param rep compiled representation
 * @param targets DWLS targets of every group
 * @param ev the evaluator built on them (its objective is evaluated at `start`)
 * @param start starting θ
 * @returns the sorted θ indices of those thresholds (empty when F(start) is not finite)
 * @throws never
 * @example
 * const idle = idleThresholds(rep, targets, ev, start); // the 60 thresholds of the loyalty core model
 */
export function idleThresholds(rep: Representation, targets: readonly DwlsTarget[], ev: DwlsEvaluator, start: Float64Array): number[] {
  const n = rep.npar;
  // how often each θ index occurs as a threshold, and whether it occurs anywhere else
  const uses = new Int32Array(n);
  const other = new Uint8Array(n);
  for (const s of rep.slots) if (s.free >= 0) other[s.free] = 1;
  for (const t of targets) {
    for (let j = 0; j < t.nth; j++) if (t.thresholdFree[j]! >= 0) uses[t.thresholdFree[j]!]!++;
    for (const k of t.deltaFree) if (k >= 0) other[k] = 1;
  }
  if (!Number.isFinite(ev.objective(start))) return [];
  const out: number[] = [];
  targets.forEach((t, g) => {
    if (rep.meanstructure) {
      // μ ≡ 0 for every θ: no free ν or α (slots without a Σ part), and fixed ν = 0, α = 0 (so Mα = 0, μ = 0)
      if (freeSlots(rep, g).some((sl) => sl.u < 0)) return;
      const imp = ev.implied[g]!;
      if (!imp.Ma.every((x) => x === 0) || !imp.mu.every((x) => x === 0)) return;
    }
    const sigma = ev.sigmas[g]!;
    for (let j = 0; j < t.nth; j++) {
      const k = t.thresholdFree[j]!, v = t.thresholdVar[j]!;
      if (k < 0 || uses[k] !== 1 || other[k] === 1 || t.deltaFree[v]! >= 0) continue;
      const d = t.deltaFixed[v]!, w = t.weights[j]!;
      if (!(d !== 0 && Number.isFinite(d) && w > 0 && Number.isFinite(w) && t.scale > 0)) continue;
      if (t.wlsObs[j]! - sigma[j]! === 0) out.push(k);
    }
  });
  return out.sort((a, b) => a - b);
}
