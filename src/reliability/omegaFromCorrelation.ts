import { message } from "../messages.ts";
import { oneFactorUls } from "./kernels/oneFactorUls.ts";
import type { OmegaResult } from "./types.ts";
import { checkArg } from "../options/checkArg.ts";

/**
 * McDonald's ω total of a unidimensional scale from its correlation matrix, using a one-factor
 * minres (ULS) solution on the standardized scale:
 * ω_t = (Σλ)² / ((Σλ)² + Σψ), ψ_j = 1 − λ_j² (McDonald 1999, eq. 6.20b).
 *
 * @param r row-major p×p correlation matrix
 * @param p number of items (≥ 3 for an identified one-factor solution; with 2 the fit is not unique)
 * @param names item names (length p)
 * @returns ω, loadings, uniquenesses, iteration count, convergence flag and warnings
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * // population with λ = (.8, .7, .6): ω = 2.1² / (2.1² + 1.51) ≈ 0.7449
 * omegaFromCorrelation(new Float64Array([1, .56, .48, .56, 1, .42, .48, .42, 1]), 3, ["a", "b", "c"]).omega;
 */
export function omegaFromCorrelation(r: Float64Array, p: number, names: readonly string[]): OmegaResult {
  checkArg("omegaFromCorrelation", "r", r, "float64");
  checkArg("omegaFromCorrelation", "names", names, "names");
  const fit = oneFactorUls(r, p);
  const warnings: string[] = [];
  if (!fit.converged) warnings.push(message.omegaNotConverged(fit.iterations));
  if (fit.heywood.length > 0) warnings.push(message.omegaHeywood(fit.heywood.map((j) => names[j]!)));
  let sl = 0, su = 0;
  for (let j = 0; j < p; j++) { sl += fit.loadings[j]!; su += fit.uniquenesses[j]!; }
  return {
    items: [...names],
    omega: (sl * sl) / (sl * sl + su),
    loadings: Array.from(fit.loadings),
    uniquenesses: Array.from(fit.uniquenesses),
    iterations: fit.iterations,
    converged: fit.converged,
    warnings,
  };
}
