import { residualRms, type ResidualKernel } from "./residualRms.ts";

/**
 * Standardized root mean square residual (SRMR, Bentler's definition; lavaan's `srmr`
 * and `srmr_bentler`) of one group.
 *
 * Residuals are (s_ij − σ̂_ij)/sqrt(s_ii·s_jj) over i ≥ j (both moments scaled by the
 * SAMPLE standard deviations) and (ȳ_i − μ̂_i)/sqrt(s_ii) for means; nomean =
 * sqrt(Σ r²/(p(p+1)/2)), total adds the mean residuals and p to the denominator.
 * lavaan leaves moments below 1e-5 in absolute value unscaled; so does this kernel.
 * lavaan averages groups with weights N_g/N.
 * Source: Bentler (1995), EQS Structural Equations Program Manual; Hu & Bentler (1999),
 * Structural Equation Modeling 6, 1–55; lavaan 0.6-14 R/lav_residuals.R (type "cor.bentler").
 * @param p number of variables
 * @param sampleCov S (row-major p×p)
 * @param sampleMean ȳ
 * @param impliedCov Σ̂
 * @param impliedMean μ̂; omit without a mean structure (then total = nomean)
 * @returns { total, nomean }
 * @throws never
 * @example
 * srmrBentler(1, new Float64Array([2]), new Float64Array([0]), new Float64Array([1.5])); // { total: 0.25, nomean: 0.25 }
 */
export const srmrBentler: ResidualKernel = (p, sampleCov, sampleMean, impliedCov, impliedMean) =>
  residualRms("bentler", p, sampleCov, sampleMean, impliedCov, impliedMean);
