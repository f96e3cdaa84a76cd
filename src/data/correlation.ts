import { COVARIANCE_OPTION_KEYS, crossMoments } from "./covariance.ts";
import type { CovarianceOptions } from "./covariance.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/**
 * Pearson correlation matrix of a row-major n × p data matrix with NaN for missing values.
 * Listwise (default) uses complete rows; pairwise uses, for each pair, the rows where both are observed,
 * with that subset's own means and standard deviations — as R's `cor(x, use = "pairwise")`, which psych's
 * `alpha` and `fa` use. Formula: r_jk = Σ (x_ij − x̄_j)(x_ik − x̄_k) / √(Σ (x_ij − x̄_j)² Σ (x_ik − x̄_k)²)
 * (Pearson, 1896). A constant column gives NaN. The denominator option does not affect correlations.
 * @param x - row-major n × p data
 * @param n - rows
 * @param p - columns
 * @param options - missing-data handling
 * @returns the p × p correlation matrix, row-major, with 1 on the diagonal
 * @throws DataError when x.length ≠ n·p, or when listwise deletion leaves fewer than 2 rows; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example correlation(new Float64Array([1, 2, 2, 4, 3, 5]), 3, 2)[1] // 0.9819805
 */
export function correlation(x: Float64Array, n: number, p: number, options: CovarianceOptions = {}): Float64Array {
  checkArg("correlation", "x", x, "float64");
  checkOptionsObject("correlation", options);
  options = checkOptionKeys("correlation", options, COVARIANCE_OPTION_KEYS);
  return crossMoments(x, n, p, options, true);
}
