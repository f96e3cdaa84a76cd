import { residualRms, type ResidualKernel } from "./residualRms.ts";

/**
 * Root mean square residual (RMR) of one group, on the raw (covariance) metric.
 *
 * nomean = sqrt(Σ_{i≥j} (s_ij − σ̂_ij)² / (p(p+1)/2)); with a mean structure
 * total = sqrt([Σ_{i≥j}(s_ij − σ̂_ij)² + Σ_i (ȳ_i − μ̂_i)²] / (p(p+1)/2 + p)).
 * lavaan averages groups with weights N_g/N.
 * Source: Jöreskog & Sörbom (1981), LISREL V; lavaan 0.6-14 R/lav_residuals.R
 * (lav_residuals_summary, type "raw") and R/lav_fit_srmr.R.
 * @param p number of variables
 * @param sampleCov S (row-major p×p)
 * @param sampleMean ȳ
 * @param impliedCov Σ̂
 * @param impliedMean μ̂; omit without a mean structure (then total = nomean)
 * @returns { total, nomean }
 * @throws never
 * @example
 * rmr(1, new Float64Array([2]), new Float64Array([0]), new Float64Array([1.5])); // { total: 0.5, nomean: 0.5 }
 */
export const rmr: ResidualKernel = (p, sampleCov, sampleMean, impliedCov, impliedMean) =>
  residualRms("raw", p, sampleCov, sampleMean, impliedCov, impliedMean);
