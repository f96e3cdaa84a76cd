import type { MlSolution } from "../estimate/estimateModel.ts";
import { momentJacobian, momentCount } from "../representation/momentJacobian.ts";
import { h1ExpectedInformation } from "../estimate/h1ExpectedInformation.ts";
import { adfGamma } from "./adfGamma.ts";
import { exogenousMomentMask } from "./exogenousMomentMask.ts";
import { exogenousCovariates } from "./parameterRows.ts";
import { matMul } from "./matMul.ts";
import { spdInverse } from "../linalg/spdInverse.ts";

/** Robust inference of an ML fit of complete data in lavaan's MLM conventions. */
export interface SatorraBentler {
  /** Var(θ̂) = E⁻¹ (Δᵀ W Γ W Δ) E⁻¹ / N ("robust.sem"), or null when E is singular. */
  readonly vcov: Float64Array | null;
  /** c = tr(UΓ)/df; χ²_scaled = χ²/c (NaN when df = 0 or E is singular). */
  readonly scalingFactor: number;
  /** tr(UΓ). */
  readonly traceUGamma: number;
}

/**
 * Satorra–Bentler robust standard errors and mean-adjusted (scaled) χ² of an ML solution of complete
 * data, as lavaan's estimator = "MLM" (se = "robust.sem", test = "satorra.bentler", expected
 * information, structured h1):
 *   W = ⊕_g f_g A1_g, A1_g = ½Dᵀ(Σ̂_g⁻¹⊗Σ̂_g⁻¹)D (⊕ Σ̂_g⁻¹ for the means), f_g = N_g/N,
 *   Δ = ∂(σ, μ)/∂θ, E = ΔᵀWΔ, Γ = ⊕_g Γ_g/f_g (Γ_g the distribution-free NACOV),
 *   Var(θ̂) = E⁻¹ ΔᵀWΓWΔ E⁻¹ / N,   U = W − WΔE⁻¹ΔᵀW,
 *   tr(UΓ) = tr(WΓ) − tr(E⁻¹ ΔᵀWΓWΔ),   c = tr(UΓ)/df.
 * With fixed exogenous covariates, W loses the rows and columns of the covariates' own moments and Γ is
 * the fixed-x Gamma (see `adfGamma`), as lavaan.
 * Source: Satorra & Bentler (1994), in von Eye & Clogg (Eds.), Latent Variables Analysis, 399–419;
 * Satorra (1989); lavaan 0.6-14 `lav_model_nvcov_robust_sem`, `lav_test_satorra_bentler_trace_original`.
 * @param sol complete-data ML solution with its raw rows kept
 * @returns sandwich covariance, scaling factor and tr(UΓ)
 * @throws never
 * @example
 * const sb = satorraBentler(sol); sol.chisq / sb.scalingFactor; // lavaan's chisq.scaled
 */
export function satorraBentler(sol: MlSolution): SatorraBentler {
  const none: SatorraBentler = { vcov: null, scalingFactor: NaN, traceUGamma: NaN };
  const { rep, stats, ev } = sol;
  const xIdx = exogenousCovariates(sol).map((v) => rep.ovNames.indexOf(v));
  const gammas = adfGamma(stats, rep.meanstructure, xIdx);
  if (gammas === null) return none;
  const G = stats.groups.length, N = stats.ntotal, p = rep.p, nm = momentCount(p, rep.meanstructure), n = G * nm;
  ev.objective(sol.theta);
  const fg = stats.nobs.map((k) => k / N);
  const W = h1ExpectedInformation(ev.implied.map((imp) => imp.sigma), fg, p, rep.meanstructure);
  if (W === null) return none;
  // fixed.x: lavaan zeroes the rows and columns of the covariates' own moments in W
  const keep = exogenousMomentMask(p, rep.meanstructure, xIdx, G);
  if (keep !== null) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (keep[i] === 0 || keep[j] === 0) W[i * n + j] = 0;
  const q = ev.npar;
  const Delta = momentJacobian(rep, ev.implied);
  const WD = matMul(W, Delta, n, n, q);
  // Γ·WD group by group (Γ is block-diagonal) and tr(WΓ)
  const GWD = new Float64Array(n * q);
  let trWG = 0;
  for (let g = 0; g < G; g++) {
    const Gg = gammas[g]!, o = g * nm, f = 1 / fg[g]!;
    for (let i = 0; i < nm; i++) {
      for (let j = 0; j < nm; j++) {
        const gij = f * Gg[i * nm + j]!;
        trWG += W[(o + j) * n + o + i]! * gij;
        const src = (o + j) * q, dst = (o + i) * q;
        for (let k = 0; k < q; k++) GWD[dst + k]! += gij * WD[src + k]!;
      }
    }
  }
  const E = new Float64Array(q * q), M = new Float64Array(q * q);
  for (let r = 0; r < n; r++) {
    for (let a = 0; a < q; a++) {
      const da = Delta[r * q + a]!, wa = WD[r * q + a]!;
      for (let b = 0; b < q; b++) { E[a * q + b]! += da * WD[r * q + b]!; M[a * q + b]! += wa * GWD[r * q + b]!; }
    }
  }
  const Einv = new Float64Array(q * q);
  if (Number.isNaN(spdInverse(E, q, Einv, new Float64Array(q * q)))) return none;
  const vcov = matMul(matMul(Einv, M, q, q, q), Einv, q, q, q);
  for (let i = 0; i < q * q; i++) vcov[i]! /= N;
  let trEM = 0;
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) trEM += Einv[a * q + b]! * M[b * q + a]!;
  const traceUGamma = trWG - trEM;
  const c = sol.df > 0 ? traceUGamma / sol.df : NaN;
  return { vcov, scalingFactor: c < 0 ? NaN : c, traceUGamma };
}
