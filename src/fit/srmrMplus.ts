import { residualRms, type ResidualKernel } from "./residualRms.ts";

/**
 * SRMR as defined by Mplus (lavaan's `srmr_mplus` / `srmr_mplus_nomean`) for one group.
 *
 * Off-diagonal residuals r_ij(S) − r_ij(Σ̂) between correlation matrices, plus variance
 * residuals (s_ii − σ̂_ii)/s_ii: nomean = sqrt([Σ_{i>j} res² + Σ_i var res²] / (p(p+1)/2)).
 * With a mean structure the residuals ȳ_i/sqrt(s_ii) − μ̂_i/sqrt(σ̂_ii) are added and the
 * denominator is p(p+1)/2 + p. Groups are weighted by N_g/N.
 * Source: Muthén (1998–2004), Mplus Technical Appendices, and "SRMR in Mplus"
 * (https://www.statmodel.com/download/SRMR.pdf); lavaan 0.6-14 R/lav_fit_srmr.R (lav_fit_srmr_mplus).
 * @param p number of variables
 * @param sampleCov S (row-major p×p)
 * @param sampleMean ȳ
 * @param impliedCov Σ̂
 * @param impliedMean μ̂; omit without a mean structure (then total = nomean)
 * @returns { total, nomean }
 * @throws never
 * @example
 * srmrMplus(1, new Float64Array([2]), new Float64Array([0]), new Float64Array([1.5])); // { total: 0.25, nomean: 0.25 }
 */
export const srmrMplus: ResidualKernel = (p, sampleCov, sampleMean, impliedCov, impliedMean) =>
  residualRms("mplus", p, sampleCov, sampleMean, impliedCov, impliedMean);
