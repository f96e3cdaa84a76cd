import { checkArg } from "../options/checkArg.ts";
/**
 * Composite reliability (coefficient ω) of one factor's unit-weighted sum score:
 *
 *   ω = (Σᵢ λᵢ)² φ / 1ᵀ S 1
 *
 * where λᵢ are the factor's (unstandardized) loadings, φ its model-implied (total) variance and S the
 * covariance matrix of its indicators. With S the observed covariance matrix this is
 * `semTools::compRelSEM(fit)` with its defaults (obs.var = TRUE, tau.eq = FALSE); with the model-implied
 * matrix it is obs.var = FALSE.
 *
 * Source: Bentler (1968); McDonald (1999), eq. 6.20b; Raykov (1997); semTools 0.5-6 `compRelSEM`.
 * @param loadings the k loadings of the factor's indicators
 * @param factorVariance the factor's variance φ (total, i.e. `lavInspect(fit, "cov.lv")`)
 * @param cov row-major k×k covariance matrix of the indicators (same order as `loadings`)
 * @returns ω, or NaN when the total variance is not positive
 * @throws nothing; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * compositeReliability([1, 1], 1, new Float64Array([2, 1, 1, 2])); // 4 / 6 = 0.667
 */
export function compositeReliability(loadings: ArrayLike<number>, factorVariance: number, cov: Float64Array): number {
  checkArg("compositeReliability", "loadings", loadings, "arraylike");
  checkArg("compositeReliability", "factorVariance", factorVariance, "number");
  checkArg("compositeReliability", "cov", cov, "float64");
  const k = loadings.length;
  let sumL = 0, total = 0;
  for (let i = 0; i < k; i++) sumL += loadings[i]!;
  for (let i = 0; i < k * k; i++) total += cov[i]!;
  return total > 0 ? (sumL * sumL * factorVariance) / total : Number.NaN;
}
