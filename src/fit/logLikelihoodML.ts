import { spdInverse } from "../linalg/spdInverse.ts";

/**
 * Multivariate-normal log-likelihood of one group from its sample moments (complete data).
 *
 * logL_g = −N_g/2 · [p·log 2π + log|Σ| + tr(S Σ⁻¹) + (ȳ − μ)ᵀ Σ⁻¹ (ȳ − μ)]; without a
 * model mean (mu omitted) the last term is 0 (saturated means). With Σ = S this is the
 * unrestricted (H1) log-likelihood. Sum over groups for lavaan's `logl`.
 * Source: Anderson (2003), An Introduction to Multivariate Statistical Analysis, 3rd ed.,
 * eq. 3.2.5 rewritten in sufficient statistics; lavaan 0.6-14 lav_mvnorm_loglik_samplestats.
 * @param p number of variables
 * @param nobs group size N_g
 * @param sampleCov S (row-major p×p, N_g denominator)
 * @param sampleMean ȳ (length p)
 * @param cov Σ (row-major p×p), model-implied or S itself
 * @param mean μ (length p), omitted for saturated means
 * @returns the log-likelihood; NaN when Σ is not positive definite
 * @throws never
 * @example
 * logLikelihoodML(1, 10, new Float64Array([2]), new Float64Array([0]), new Float64Array([2]));
 * // −5·(log 2π + log 2 + 1)
 */
export function logLikelihoodML(
  p: number,
  nobs: number,
  sampleCov: Float64Array,
  sampleMean: Float64Array,
  cov: Float64Array,
  mean?: Float64Array,
): number {
  const inv = new Float64Array(p * p);
  const logdet = spdInverse(cov, p, inv, new Float64Array(p * p));
  if (Number.isNaN(logdet)) return Number.NaN;
  let trace = 0;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) trace += sampleCov[i * p + j]! * inv[j * p + i]!;
  }
  let quad = 0;
  if (mean !== undefined) {
    for (let i = 0; i < p; i++) {
      const di = sampleMean[i]! - mean[i]!;
      for (let j = 0; j < p; j++) quad += di * inv[i * p + j]! * (sampleMean[j]! - mean[j]!);
    }
  }
  return (-nobs / 2) * (p * Math.log(2 * Math.PI) + logdet + trace + quad);
}
