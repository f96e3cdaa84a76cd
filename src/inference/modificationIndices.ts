import type { MlSolution } from "../estimate/estimateModel.ts";
import type { ModificationIndex } from "./types.ts";
import type { Estimator } from "../estimate/estimator.ts";
import type { Representation } from "../representation/types.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { mlEvaluator, type MlEvaluator } from "../estimate/mlEvaluator.ts";
import { glsWeights } from "../estimate/objectives.ts";
import { exogenousCovariates, observedCovariates } from "./parameterRows.ts";
import { EstimationError } from "../errors.ts";
import { message } from "../messages.ts";
import { modificationCandidates } from "./modificationCandidates.ts";
import { expectedMomentInformation } from "./expectedMomentInformation.ts";
import { exogenousMomentMask } from "./exogenousMomentMask.ts";
import { momentJacobian, momentCount } from "../representation/momentJacobian.ts";
import { matMul } from "./matMul.ts";
import { extendedTable, scoreTests, epcScales } from "./scoreTests.ts";
import { maskMomentWeight } from "./maskMomentWeight.ts";

/**
 * Modification indices (univariate score tests) for every parameter the model fixes to zero, as
 * lavaan's `modindices()`: cross-loadings, residual covariances, covariances among the exogenous
 * covariates, latent covariances, regressions among the variables of the structural part (reverse
 * paths and covariates regressed on factors included) and, with a mean structure, intercepts.
 *
 *   MI_c = N g_c² / V_c,   EPC_c = −g_c / V_c,   V_c = I_cc − I_cf I_ff⁻¹ I_fc
 *
 * with g the gradient of lavaan's discrepancy and I its expected information (per observation) of
 * the model extended by the candidates, at θ̂ with every candidate at 0; candidates with
 * V_c < ε^(1/3) are dropped (lavaan's NA).
 *   - ML, MLR, MLM (complete data or FIML): g = ½∇F (F the discrepancy with χ² = N·F), I the expected
 *     information Δᵀ A Δ; with fixed exogenous covariates A is the expected h1 information at the implied
 *     moments (summed over missing-data patterns under FIML) with the covariates' own moments
 *     eliminated, as lavaan.
 *   - GLS, ULS: g = −Σ_g (N_g − 1)/N · Δ_gᵀ W_g (s_g − σ̂_g), I = Σ_g (N_g/N) Δ_gᵀ W_g Δ_g with the estimator's
 *     weight W (GLS: ½Dᵀ(S⁻¹⊗S⁻¹)D, ULS: I) and s the unbiased sample moments.
 * sepc.lv, sepc.all and sepc.nox scale the EPC as the standardized solution would scale that parameter.
 * Source: Sörbom (1989), "Model modification", Psychometrika 54; Saris, Satorra & Sörbom (1987) for
 * the EPC; lavaan 0.6-14 `modindices()`, `lav_model_gradient`, `lav_model_information_expected`.
 * @param sol estimation result
 * @param estimator the estimator of the fit (default "ML")
 * @returns modification indices sorted by decreasing mi
 * @throws EstimationError for WLSMV/DWLS: their fits use `dwlsModificationIndices` (fittedModel's estimator hook)
 * @example
 * modificationIndices(sol)[0]; // the largest
 */
export function modificationIndices(sol: MlSolution, estimator: Estimator = "ML"): ModificationIndex[] {
  if (estimator === "WLSMV" || estimator === "DWLS") throw new EstimationError(message.fixedXModindicesEstimator(estimator));
  const { pt, stats, theta } = sol;
  const npar = pt.npar;
  const candidates = modificationCandidates(pt);
  if (candidates.length === 0) return [];
  sol.ev.objective(theta);
  const { ext, th } = extendedTable(sol, candidates);
  const rep = buildRepresentation(ext, stats);
  const ev = mlEvaluator(rep, sol.blocks);
  const ovx = exogenousCovariates(sol);
  const xIdx = ovx.map((v) => rep.ovNames.indexOf(v));
  const { score, info } = estimator === "GLS" || estimator === "ULS"
    ? leastSquaresScore(sol, rep, ev, th, estimator, xIdx)
    : mlScore(sol, rep, ev, th, xIdx);
  // sepc.nox leaves lavaan's ov.x unscaled whatever fixed.x is
  return scoreTests(candidates, npar, score, info, stats.ntotal, epcScales(sol, ev.implied, new Set(observedCovariates(sol))));
}

/** ML family: half the gradient of F and its expected information (masked for fixed covariates). */
function mlScore(sol: MlSolution, rep: Representation, ev: MlEvaluator, th: Float64Array, xIdx: readonly number[]): { score: Float64Array; info: Float64Array } {
  const n = th.length;
  const g = new Float64Array(n), H = new Float64Array(n * n);
  ev.derivatives(th, g, H);
  for (let i = 0; i < n; i++) g[i] = g[i]! / 2;
  if (xIdx.length === 0) {
    for (let i = 0; i < n * n; i++) H[i] = H[i]! / 2;
    return { score: g, info: H };
  }
  ev.objective(th);
  const keep = exogenousMomentMask(rep.p, rep.meanstructure, xIdx, sol.stats.groups.length);
  const patterns = sol.fiml ? sol.blocks.map((b) => ({ group: b.group, weight: b.weight, observed: b.observed }))
    : sol.stats.nobs.map((ng, k) => ({ group: k, weight: ng / sol.stats.ntotal, observed: null }));
  const A = expectedMomentInformation(rep.p, rep.meanstructure, ev.implied.map((im) => im.sigma), patterns, keep);
  if (A === null) return { score: g, info: H.fill(Number.NaN) };
  const rows = sol.stats.groups.length * momentCount(rep.p, rep.meanstructure);
  return { score: g, info: sandwich(momentJacobian(rep, ev.implied), A, rows, n) };
}

/** GLS/ULS: lavaan's least-squares gradient (group weights (N_g − 1)/N) and expected information (N_g/N). */
function leastSquaresScore(
  sol: MlSolution, rep: Representation, ev: MlEvaluator, th: Float64Array, estimator: "GLS" | "ULS", xIdx: readonly number[],
): { score: Float64Array; info: Float64Array } {
  const { stats } = sol;
  const n = th.length, p = rep.p, ms = rep.meanstructure, nm = momentCount(p, ms), G = stats.groups.length;
  ev.objective(th);
  const Delta = momentJacobian(rep, ev.implied);
  const weights = estimator === "GLS" ? glsWeights(stats, p, ms) : null;
  // lavaan's GLS weight eliminates the fixed covariates' own moments (its ULS weight does not)
  const keep = estimator === "GLS" ? exogenousMomentMask(p, ms, xIdx, 1) : null;
  const score = new Float64Array(n), info = new Float64Array(n * n);
  for (let g = 0; g < G; g++) {
    const D = Delta.subarray(g * nm * n, (g + 1) * nm * n);
    const W = weights !== null ? maskMomentWeight(Float64Array.from(weights[g]!.W!), nm, keep) : identity(nm);
    const S = stats.cov[g]!, Sig = ev.implied[g]!.sigma, e = new Float64Array(nm);
    let r = 0;
    for (let a = 0; a < p; a++) for (let b = a; b < p; b++) e[r++] = S[a * p + b]! - Sig[a * p + b]!;
    if (ms) for (let a = 0; a < p; a++) e[r++] = stats.mean[g]![a]! - ev.implied[g]!.mu[a]!;
    const We = matMul(W, e, nm, nm, 1);
    const wg = (stats.nobs[g]! - 1) / stats.ntotal;
    for (let a = 0; a < n; a++) {
      let s = 0;
      for (let i = 0; i < nm; i++) s += D[i * n + a]! * We[i]!;
      score[a]! -= wg * s;
    }
    const Ig = sandwich(D, W, nm, n);
    const fg = stats.nobs[g]! / stats.ntotal;
    for (let i = 0; i < n * n; i++) info[i]! += fg * Ig[i]!;
  }
  return { score, info };
}

/** Dᵀ A D for D (rows×n) and symmetric A (rows×rows). */
function sandwich(D: Float64Array, A: Float64Array, rows: number, n: number): Float64Array {
  const AD = matMul(A, D, rows, rows, n);
  const out = new Float64Array(n * n);
  for (let r = 0; r < rows; r++) {
    for (let a = 0; a < n; a++) {
      const da = D[r * n + a]!;
      if (da === 0) continue;
      for (let b = 0; b < n; b++) out[a * n + b]! += da * AD[r * n + b]!;
    }
  }
  return out;
}

function identity(k: number): Float64Array {
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) out[i * k + i] = 1;
  return out;
}
