import { residualRms, type ResidualKernel } from "./residualRms.ts";

/**
 * Correlation root mean square residual (CRMR, Bollen's correlation residuals) of one group.
 *
 * Residuals are r_ij(S) − r_ij(Σ̂) (each matrix turned into correlations by its own
 * standard deviations); the diagonal residuals are zero and do not count:
 * nomean = sqrt(Σ_{i≥j} res² / (p(p−1)/2)). With a mean structure the mean residuals
 * (ȳ_i − μ̂_i)/sqrt(s_ii) (lavaan scales BOTH means by the sample standard deviation)
 * are added and total = sqrt((Σ res² + Σ mean res²) / (p(p−1)/2 + p)). Moments below 1e-5
 * in absolute value are left unscaled, as in lavaan. Groups are weighted by N_g/N.
 * Source: Bollen (1989), Structural Equations with Latent Variables, p. 258; lavaan 0.6-14
 * R/lav_residuals.R (type "cor.bollen") and R/lav_fit_srmr.R.
 * @param p number of variables
 * @param sampleCov S (row-major p×p)
 * @param sampleMean ȳ
 * @param impliedCov Σ̂
 * @param impliedMean μ̂; omit without a mean structure (then total = nomean)
 * @returns { total, nomean }; nomean is NaN for p = 1
 * @throws never
 * @example
 * crmr(2, new Float64Array([1, 0.5, 0.5, 1]), new Float64Array(2), new Float64Array([1, 0.3, 0.3, 1])); // nomean 0.2
 */
export const crmr: ResidualKernel = (p, sampleCov, sampleMean, impliedCov, impliedMean) =>
  residualRms("bollen", p, sampleCov, sampleMean, impliedCov, impliedMean);
