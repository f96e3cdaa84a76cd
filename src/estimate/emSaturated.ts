import type { MomentBlock } from "./momentBlocks.ts";
import { spdInverse } from "../linalg/spdInverse.ts";

/** ML estimates of the unrestricted (saturated) model of one group under missing data. */
export interface SaturatedMoments {
  readonly mean: Float64Array;
  readonly cov: Float64Array;
  /** Log-likelihood at the estimates. */
  readonly logl: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * EM algorithm for the mean vector and covariance matrix of multivariate normal data with
 * values missing at random, working on missing-data patterns (sufficient statistics per pattern).
 * Source: Dempster, Laird & Rubin (1977); Little & Rubin (2002), §11.2; lavaan `lav_mvnorm_missing_h1_estimate_moments`.
 * @param blocks the group's pattern blocks (moments of the observed variables)
 * @param p number of variables
 * @param options iteration limit and tolerance on the log-likelihood
 * @returns the saturated mean, covariance and log-likelihood
 * @example
 * const h1 = emSaturated(patterns.blocks.filter((b) => b.group === 0), p);
 */
export function emSaturated(blocks: readonly MomentBlock[], p: number, options: { maxIterations?: number; tolerance?: number } = {}): SaturatedMoments {
  const maxIt = options.maxIterations ?? 1000, tol = options.tolerance ?? 1e-10;
  const ntot = blocks.reduce((s, b) => s + b.n, 0);
  // start: pattern-pooled means and variances, zero covariances
  const mean = new Float64Array(p), cov = new Float64Array(p * p), cnt = new Float64Array(p);
  for (const b of blocks) b.mean.forEach((v, a) => { const j = idx(b, a); mean[j]! += v * b.n; cnt[j]! += b.n; });
  for (let j = 0; j < p; j++) mean[j]! /= cnt[j]!;
  const vr = new Float64Array(p);
  for (const b of blocks) {
    const po = b.mean.length;
    for (let a = 0; a < po; a++) { const j = idx(b, a), d = b.mean[a]! - mean[j]!; vr[j]! += b.n * (b.cov[a * po + a]! + d * d); }
  }
  for (let j = 0; j < p; j++) cov[j * p + j] = vr[j]! / cnt[j]!;
  // per-pattern buffers; Σ_oo⁻¹ from each log-likelihood evaluation is reused by the next E-step (same moments)
  const works = blocks.map((b) => patternWork(b, p));
  let logl = patternLoglik(works, mean, cov, p), it = 0, converged = false;
  const T1 = new Float64Array(p), T2 = new Float64Array(p * p);
  while (it < maxIt) {
    it++;
    T1.fill(0); T2.fill(0);
    for (const w of works) eStep(w, mean, cov, p, T1, T2);
    for (let j = 0; j < p; j++) mean[j] = T1[j]! / ntot;
    for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) cov[a * p + c] = T2[a * p + c]! / ntot - mean[a]! * mean[c]!;
    const next = patternLoglik(works, mean, cov, p);
    if (Math.abs(next - logl) < tol * (1 + Math.abs(logl))) { logl = next; converged = true; break; }
    logl = next;
  }
  return { mean, cov, logl, iterations: it, converged };
}

const idx = (b: MomentBlock, a: number): number => (b.observed === null ? a : b.observed[a]!);

/** One pattern's indices and scratch: K = Σ_oo⁻¹ at the current moments (valid after `patternLoglik`). */
interface PatternWork {
  readonly b: MomentBlock;
  readonly obs: Int32Array;
  readonly mis: Int32Array;
  readonly S: Float64Array;
  readonly K: Float64Array;
  readonly work: Float64Array;
  readonly B: Float64Array;
  readonly full: Float64Array;
  readonly C: Float64Array;
}

function patternWork(b: MomentBlock, p: number): PatternWork {
  const po = b.mean.length;
  const obs = b.observed === null ? Int32Array.from({ length: p }, (_, j) => j) : b.observed;
  const isObs = new Uint8Array(p);
  for (const j of obs) isObs[j] = 1;
  const mis: number[] = [];
  for (let j = 0; j < p; j++) if (!isObs[j]) mis.push(j);
  return {
    b, obs, mis: Int32Array.from(mis), S: new Float64Array(po * po), K: new Float64Array(po * po), work: new Float64Array(po * po),
    B: new Float64Array(mis.length * po), full: new Float64Array(p), C: new Float64Array(p * p),
  };
}

/** `loglik` over pattern buffers, leaving each pattern's Σ_oo⁻¹ in its K. */
function patternLoglik(works: readonly PatternWork[], mean: Float64Array, cov: Float64Array, p: number): number {
  let ll = 0;
  for (const { b, obs, S, K, work } of works) {
    const po = b.mean.length;
    for (let a = 0; a < po; a++) for (let c = 0; c < po; c++) S[a * po + c] = cov[obs[a]! * p + obs[c]!]!;
    const logdet = spdInverse(S, po, K, work);
    if (Number.isNaN(logdet)) { ll = -Infinity; continue; } // every pattern's K is still refreshed
    let tr = 0;
    for (let a = 0; a < po; a++) for (let c = 0; c < po; c++) {
      tr += K[a * po + c]! * (b.cov[c * po + a]! + (b.mean[c]! - mean[obs[c]!]!) * (b.mean[a]! - mean[obs[a]!]!));
    }
    ll += -0.5 * b.n * (po * Math.log(2 * Math.PI) + logdet + tr);
  }
  return ll;
}

/** E-step of one pattern: add its expected sufficient statistics Σ x and Σ x xᵀ to T1, T2 (uses w.K at the current moments). */
function eStep(w: PatternWork, mean: Float64Array, cov: Float64Array, p: number, T1: Float64Array, T2: Float64Array): void {
  const { b, obs, mis, B, full, C } = w;
  const Kinv = w.K;
  const po = b.mean.length, n = b.n;
  // regression of missing on observed: B = Σ_mo Σ_oo⁻¹, residual covariance Σ_mm − B Σ_om
  const nm = mis.length;
  for (let i = 0; i < nm; i++) for (let a = 0; a < po; a++) {
    let s = 0;
    for (let c = 0; c < po; c++) s += cov[mis[i]! * p + obs[c]!]! * Kinv[c * po + a]!;
    B[i * po + a] = s;
  }
  // full-vector pattern mean: observed part = pattern mean, missing part = μ_m + B (x̄_o − μ_o)
  for (let a = 0; a < po; a++) full[obs[a]!] = b.mean[a]!;
  for (let i = 0; i < nm; i++) {
    let s = mean[mis[i]!]!;
    for (let a = 0; a < po; a++) s += B[i * po + a]! * (b.mean[a]! - mean[obs[a]!]!);
    full[mis[i]!] = s;
  }
  for (let j = 0; j < p; j++) T1[j]! += n * full[j]!;
  // Σ x xᵀ = n (x̄ x̄ᵀ + C) where C holds the within-pattern covariance of the completed data
  for (let a = 0; a < po; a++) for (let c = 0; c < po; c++) C[obs[a]! * p + obs[c]!] = b.cov[a * po + c]!;
  for (let i = 0; i < nm; i++) for (let a = 0; a < po; a++) {
    let s = 0;
    for (let c = 0; c < po; c++) s += B[i * po + c]! * b.cov[c * po + a]!;
    C[mis[i]! * p + obs[a]!] = s; C[obs[a]! * p + mis[i]!] = s;
  }
  for (let i = 0; i < nm; i++) for (let k = 0; k < nm; k++) {
    let s = cov[mis[i]! * p + mis[k]!]!;
    for (let a = 0; a < po; a++) s -= B[i * po + a]! * cov[obs[a]! * p + mis[k]!]!;
    for (let a = 0; a < po; a++) for (let c = 0; c < po; c++) s += B[i * po + a]! * b.cov[a * po + c]! * B[k * po + c]!;
    C[mis[i]! * p + mis[k]!] = s;
  }
  for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) T2[a * p + c]! += n * (full[a]! * full[c]! + C[a * p + c]!);
}

/**
 * Observed-data log-likelihood of a normal model summed over pattern blocks:
 *   −½ Σ_k n_k [p_k log 2π + log|Σ_o| + tr(Σ_o⁻¹ (S_k + (x̄_k − μ_o)(x̄_k − μ_o)ᵀ))].
 * @param blocks pattern blocks
 * @param mean μ (p)
 * @param cov Σ (p×p)
 * @param p variables
 * @returns the log-likelihood (−Infinity when some Σ_o is not positive definite)
 * @example
 * loglik(blocks, mu, sigma, p);
 */
export function loglik(blocks: readonly MomentBlock[], mean: Float64Array, cov: Float64Array, p: number): number {
  let ll = 0;
  for (const b of blocks) {
    const po = b.mean.length;
    const S = new Float64Array(po * po), K = new Float64Array(po * po);
    for (let a = 0; a < po; a++) for (let c = 0; c < po; c++) S[a * po + c] = cov[idx(b, a) * p + idx(b, c)]!;
    const logdet = spdInverse(S, po, K, new Float64Array(po * po));
    if (Number.isNaN(logdet)) return -Infinity;
    let tr = 0;
    for (let a = 0; a < po; a++) for (let c = 0; c < po; c++) {
      tr += K[a * po + c]! * (b.cov[c * po + a]! + (b.mean[c]! - mean[idx(b, c)]!) * (b.mean[a]! - mean[idx(b, a)]!));
    }
    ll += -0.5 * b.n * (po * Math.log(2 * Math.PI) + logdet + tr);
  }
  return ll;
}
