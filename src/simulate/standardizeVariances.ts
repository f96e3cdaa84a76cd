import type { GroupMatrices, Representation, Slot } from "../representation/types.ts";
import { Mat } from "../representation/types.ts";
import { allocateImplied, impliedMoments } from "../representation/impliedMoments.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Choose the (residual) variances of a population model so that every observed and latent
 * variable has variance 1, as lavaan's `simulateData(standardized = TRUE)` does (lavaan ≥ 0.6-20,
 * `lav_lisrel_residual_variances` with `correlation = TRUE`):
 *
 *   ψ_ii = 1 − Var(Σ_j β_ij η_j)   (latent and phantom variables),   θ_aa = 1 − (Λ C Λᵀ)_aa   (indicators),
 *
 * with C = (I − B)⁻¹ Ψ (I − B)⁻ᵀ. The values are found by the fixed-point iteration
 * ψ_ii ← ψ_ii + 1 − C_ii, θ_aa ← θ_aa + 1 − Σ_aa, which is exact after (longest path + 2)
 * sweeps for a recursive model (each sweep fixes one more layer), and is iterated to
 * convergence otherwise. (lavaan 0.6-14 used a two-stage shortcut that leaves variances of
 * latent variables further down a chain above 1; semkit gives every variance exactly 1.)
 *
 * Source: Bollen (1989), ch. 8 (implied moments of the LISREL model); lavaan 0.6-20 R/lav_simulate_old.R.
 * @param rep representation of the (all fixed) population model
 * @param mats per-group matrices holding the population values; variances are overwritten
 * @param rows which partable rows are variances to solve for (`slot.row` indices)
 * @param names name of each partable row's variable (for messages)
 * @returns nothing; `mats` is updated in place
 * @throws ModelSpecificationError when a residual variance would be negative or the iteration diverges
 * @example
 * standardizeVariances(rep, mats, new Set([3, 4]), (row) => pt.rows[row].lhs);
 */
export function standardizeVariances(
  rep: Representation, mats: readonly GroupMatrices[], rows: ReadonlySet<number>, names: (row: number) => string,
): void {
  const { p, m } = rep;
  for (let g = 0; g < rep.ngroups; g++) {
    const slots: Slot[] = rep.slots.filter((s) => s.group === g && rows.has(s.row) && (s.mat === Mat.Psi || s.mat === Mat.Theta) && s.i === s.j);
    if (slots.length === 0) continue;
    const buf = allocateImplied(p, m), mg = mats[g]!;
    let converged = false;
    for (let it = 0; it < 2000; it++) {
      if (!impliedMoments(mg, p, m, rep.hasBeta, buf)) break;
      let maxDev = 0;
      for (const s of slots) {
        const dev = s.mat === Mat.Psi ? 1 - buf.C[s.i * m + s.i]! : 1 - buf.sigma[s.i * p + s.i]!;
        if (!Number.isFinite(dev)) { maxDev = Infinity; break; }
        if (s.mat === Mat.Psi) mg.psi[s.i * m + s.i]! += dev; else mg.theta[s.i * p + s.i]! += dev;
        maxDev = Math.max(maxDev, Math.abs(dev));
      }
      if (!Number.isFinite(maxDev) || maxDev > 1e12) break;
      if (maxDev < 1e-13) { converged = true; break; }
    }
    if (!converged) throw new ModelSpecificationError(message.simStandardizeDiverged);
    for (const s of slots) {
      const v = s.mat === Mat.Psi ? mg.psi[s.i * m + s.i]! : mg.theta[s.i * p + s.i]!;
      if (v < -1e-12) throw new ModelSpecificationError(message.simNegativeResidual(names(s.row), v));
      if (v < 0) { if (s.mat === Mat.Psi) mg.psi[s.i * m + s.i] = 0; else mg.theta[s.i * p + s.i] = 0; }
    }
  }
}
