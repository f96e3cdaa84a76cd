import type { FreeSlot } from "./pool.ts";

/**
 * Add the rows of the DWLS Jacobian Δ = ∂σ/∂θ that belong to the off-diagonal covariances σ_ab = δ_aδ_b Σ_ab
 * (a > b in vech order), starting at row `off`: for each free parameter k of Σ (a slot with u ≥ 0),
 * δ_aδ_b ∂Σ_ab/∂θ_k with ∂Σ_ab/∂θ_k = s(V_au V_bv + V_av V_bu); then for a free scale factor δ_a (or δ_b),
 * Σ_ab times the other δ. All-ordinal and mixed evaluators share it (rows before `off` hold thresholds,
 * −means and variances).
 * Source: Muthén, du Toit & Spisic (1997); lavaan 0.6-14 delta parameterisation (lav_model_gradient, Delta).
 * @param J Δ of the group, row-major rows × npar (added to)
 * @param npar number of free parameters
 * @param off first covariance row
 * @param slots free parameters of the group that enter Σ
 * @param V derivative pool p × q (fillPoolOf)
 * @param p number of observed variables
 * @param q columns of V (p + 2m)
 * @param pairA first variable a of each pair (a > b)
 * @param pairB second variable b of each pair
 * @param delta scale factors δ of the group
 * @param deltaFree θ index of each scale factor, −1 when fixed
 * @param S implied Σ, row-major p × p
 * @returns nothing; J is updated in place
 * @throws never
 * @example
 * correlationJacobian(J, npar, t.nth, covSlots[g], V, p, q, pairA, pairB, delta, t.deltaFree, imp.sigma);
 */
export function correlationJacobian(
  J: Float64Array, npar: number, off: number, slots: readonly FreeSlot[], V: Float64Array, p: number, q: number,
  pairA: Int32Array, pairB: Int32Array, delta: Float64Array, deltaFree: Int32Array, S: Float64Array,
): void {
  const npair = pairA.length;
  for (const sl of slots) {
    for (let k = 0; k < npair; k++) {
      const a = pairA[k]!, b = pairB[k]!;
      const d = sl.s * (V[a * q + sl.u]! * V[b * q + sl.v]! + V[a * q + sl.v]! * V[b * q + sl.u]!);
      if (d !== 0) J[(off + k) * npar + sl.k]! += delta[a]! * delta[b]! * d;
    }
  }
  for (let k = 0; k < npair; k++) {
    const a = pairA[k]!, b = pairB[k]!, row = (off + k) * npar;
    const ka = deltaFree[a]!, kb = deltaFree[b]!;
    if (ka >= 0) J[row + ka]! += delta[b]! * S[a * p + b]!;
    if (kb >= 0) J[row + kb]! += delta[a]! * S[a * p + b]!;
  }
}
