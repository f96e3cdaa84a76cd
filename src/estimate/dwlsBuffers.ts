import type { Representation, GroupMatrices } from "../representation/types.ts";
import type { DwlsTarget } from "./dwlsTarget.ts";
import { allocateMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, type ImpliedBuffers } from "../representation/impliedMoments.ts";
import { freeSlots, type FreeSlot } from "./pool.ts";

/** The work space of a DWLS evaluator: model matrices, per-group results and the pair list of vech(Σ) without the diagonal. */
export interface DwlsBuffers {
  readonly mats: GroupMatrices[];
  readonly implied: ImpliedBuffers[];
  /** free parameters of each group that enter Σ (u ≥ 0) */
  readonly covSlots: FreeSlot[][];
  /** free parameters of each group that enter μ (z ≥ 0); empty without a mean structure */
  readonly meanSlots: FreeSlot[][];
  /** σ_g(θ), residuals s_g − σ_g and Δ_g (rows × npar) of each group, sized by its wlsObs */
  readonly sigmas: Float64Array[];
  readonly resids: Float64Array[];
  readonly jacobians: Float64Array[];
  /** scale factors δ_g of each group (length p) */
  readonly deltas: Float64Array[];
  /** the pool of ∂(Σ, μ) columns, p × (p + 2m) */
  readonly V: Float64Array;
  /** p(p − 1)/2 and the variables a > b of each off-diagonal pair in vech order */
  readonly npair: number;
  readonly pairA: Int32Array;
  readonly pairB: Int32Array;
}

/**
 * Allocate what a DWLS evaluator (all-ordinal or mixed) writes while it runs, once, outside the hot loops:
 * the model matrices and implied moments of every group, the free slots that enter Σ and μ, σ(θ), residuals,
 * the Jacobian Δ and the scale factors per group, the derivative pool V and the off-diagonal pairs (a, b),
 * a > b, of vech(Σ, diagonal = FALSE) (lavaan's order of the polychoric correlations).
 * Source: Muthén, du Toit & Spisic (1997); lavaan 0.6-14 lav_model_wls_est (vech order).
 * @param rep compiled representation
 * @param targets the DWLS targets, one per group (their wlsObs lengths size the buffers)
 * @returns the buffers
 * @throws never
 * @example
 * const { mats, implied, sigmas, npair, pairA, pairB } = dwlsBuffers(rep, targets);
 */
export function dwlsBuffers(rep: Representation, targets: readonly DwlsTarget[]): DwlsBuffers {
  const { p, m } = rep;
  const q = p + 2 * m;
  const npar = rep.npar;
  const mats = allocateMatrices(rep);
  const implied = targets.map(() => allocateImplied(p, m));
  const slots: FreeSlot[][] = targets.map((_, g) => freeSlots(rep, g));
  const covSlots = slots.map((s) => s.filter((x) => x.u >= 0));
  const meanSlots = slots.map((s) => (rep.meanstructure ? s.filter((x) => x.z >= 0) : []));
  const sigmas = targets.map((t) => new Float64Array(t.wlsObs.length));
  const resids = targets.map((t) => new Float64Array(t.wlsObs.length));
  const jacobians = targets.map((t) => new Float64Array(t.wlsObs.length * npar));
  const deltas = targets.map(() => new Float64Array(p));
  const V = new Float64Array(p * q);
  const npair = (p * (p - 1)) / 2;
  const pairA = new Int32Array(npair), pairB = new Int32Array(npair);
  for (let b = 0, k = 0; b < p; b++) for (let a = b + 1; a < p; a++, k++) { pairA[k] = a; pairB[k] = b; }
  return { mats, implied, covSlots, meanSlots, sigmas, resids, jacobians, deltas, V, npair, pairA, pairB };
}
