import { checkArg } from "../options/checkArg.ts";
/**
 * Average variance extracted (AVE) of one factor:
 *
 *   AVE = φ Σᵢ λᵢ² / Σᵢ sᵢᵢ
 *
 * the share of the indicators' total variance that the factor accounts for. With observed variances
 * sᵢᵢ this is `semTools::AVE(fit)` with its default obs.var = TRUE; with model-implied variances it equals
 * the mean squared standardized loading of Fornell and Larcker (1981) when there are no residual covariances
 * (each λᵢ²φ / σᵢᵢ is then the item's std.all loading squared).
 *
 * Source: Fornell & Larcker (1981), eq. 10; semTools 0.5-6 `AVE`.
 * @param loadings the k loadings of the factor's indicators
 * @param factorVariance the factor's variance φ
 * @param variances the k indicator variances (observed or model-implied)
 * @returns AVE, or NaN when the summed variance is not positive
 * @throws nothing; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * averageVarianceExtracted([1, 1], 1, [2, 2]); // 0.5
 */
export function averageVarianceExtracted(loadings: ArrayLike<number>, factorVariance: number, variances: ArrayLike<number>): number {
  checkArg("averageVarianceExtracted", "loadings", loadings, "arraylike");
  checkArg("averageVarianceExtracted", "factorVariance", factorVariance, "number");
  checkArg("averageVarianceExtracted", "variances", variances, "arraylike");
  let common = 0, total = 0;
  for (let i = 0; i < loadings.length; i++) { common += loadings[i]! * loadings[i]!; total += variances[i]!; }
  return total > 0 ? (common * factorVariance) / total : Number.NaN;
}
