import type { Representation } from "./types.ts";
import { Mat } from "./types.ts";
import type { ImpliedBuffers } from "./impliedMoments.ts";

/**
 * Number of sample moments of one group in lavaan's h1 (unrestricted) model: p(p+1)/2 variances
 * and covariances, plus p means with a mean structure.
 * @param p observed variables
 * @param meanstructure whether means are modelled
 * @returns moments per group
 * @example
 * momentCount(9, false); // 45
 */
export function momentCount(p: number, meanstructure: boolean): number {
  return (p * (p + 1)) / 2 + (meanstructure ? p : 0);
}

/**
 * Jacobian Δ = ∂(σ, μ)/∂θᵀ of the model-implied moments of every group (lavaan's `Delta`,
 * `computeDelta`), analytically from the LISREL matrices at the last evaluated θ:
 *   ∂Σ/∂λ_ij = e_i (ΛC)_jᵀ + (ΛC)_j e_iᵀ,  ∂μ/∂λ_ij = e_i (Mα)_j
 *   ∂Σ/∂θ_ij = e_i e_jᵀ + e_j e_iᵀ (halved on the diagonal)
 *   ∂Σ/∂ψ_ij = D_i D_jᵀ + D_j D_iᵀ (halved on the diagonal), D = ΛM, M = (I − B)⁻¹
 *   ∂Σ/∂β_ij = D_i (ΛC)_jᵀ + (ΛC)_j D_iᵀ,  ∂μ/∂β_ij = D_i (Mα)_j
 *   ∂μ/∂ν_i = e_i,  ∂μ/∂α_i = D_i
 * (C = MΨMᵀ; Bollen 1989, ch. 8; Neudecker & Satorra 1991). Parameters held equal share a θ index
 * and their columns add up.
 * Rows per group, group after group: σ_ab for a = 0…p−1, b = a…p−1 (vech by rows), then μ_a when the model has a mean structure.
 * @param rep representation
 * @param implied per-group implied buffers at θ (evaluate the model first, e.g. `ev.objective(theta)`)
 * @returns (G·momentCount) × npar, row-major
 * @throws never
 * @example
 * sol.ev.objective(sol.theta); const delta = momentJacobian(sol.rep, sol.ev.implied);
 */
export function momentJacobian(rep: Representation, implied: readonly ImpliedBuffers[]): Float64Array {
  const { p, m, npar, meanstructure } = rep;
  const nm = momentCount(p, meanstructure);
  const out = new Float64Array(rep.ngroups * nm * npar);
  const u = new Float64Array(p), v = new Float64Array(p), z = new Float64Array(p);
  const col = (src: Float64Array, j: number, dst: Float64Array): void => { for (let a = 0; a < p; a++) dst[a] = src[a * m + j]!; };
  const unit = (i: number, dst: Float64Array): void => { dst.fill(0); dst[i] = 1; };
  for (const s of rep.slots) {
    if (s.free < 0) continue;
    const imp = implied[s.group]!;
    let scale = 1, hasSigma = true, mean = 0; // mean: 0 none, else multiplier of z
    switch (s.mat) {
      case Mat.Lambda: unit(s.i, u); col(imp.LC, s.j, v); unit(s.i, z); mean = imp.Ma[s.j]!; break;
      case Mat.Theta: unit(s.i, u); unit(s.j, v); if (s.i === s.j) scale = 0.5; break;
      case Mat.Psi: col(imp.D, s.i, u); col(imp.D, s.j, v); if (s.i === s.j) scale = 0.5; break;
      case Mat.Beta: col(imp.D, s.i, u); col(imp.LC, s.j, v); col(imp.D, s.i, z); mean = imp.Ma[s.j]!; break;
      case Mat.Nu: hasSigma = false; unit(s.i, z); mean = 1; break;
      case Mat.Alpha: hasSigma = false; col(imp.D, s.i, z); mean = 1; break;
    }
    const base = s.group * nm;
    if (hasSigma) {
      let r = base;
      for (let a = 0; a < p; a++) for (let b = a; b < p; b++, r++) {
        out[r * npar + s.free]! += scale * (u[a]! * v[b]! + v[a]! * u[b]!);
      }
    }
    if (meanstructure && mean !== 0) {
      const r0 = base + (p * (p + 1)) / 2;
      for (let a = 0; a < p; a++) out[(r0 + a) * npar + s.free]! += mean * z[a]!;
    }
  }
  return out;
}
