import { inverseCorrelation } from "./inverseCorrelation.ts";
import { checkArg } from "../options/checkArg.ts";

/**
 * Squared multiple correlations of each variable with all the others, the classic initial
 * communality estimates: SMC_i = 1 − 1/(R⁻¹)_ii, clamped to [0, 1] as psych::smc does.
 *
 * Source: Guttman (1956); psych::smc (Revelle 2022).
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @returns Float64Array of p squared multiple correlations
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers); otherwise never (a singular R uses the pseudo-inverse)
 * @example
 * smc(new Float64Array([1, 0.5, 0.5, 1]), 2); // [0.25, 0.25]
 */
export function smc(R: Float64Array, p: number): Float64Array {
  checkArg("smc", "R", R, "float64");
  const { inverse } = inverseCorrelation(R, p);
  const out = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = 1 - 1 / inverse[i * p + i]!;
    if (!Number.isFinite(s)) s = 1;
    out[i] = Math.min(1, Math.max(0, s));
  }
  return out;
}
