import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import type { BaselineChisq } from "./types.ts";
import { checkFitInput } from "./checkFitInput.ts";

/**
 * Likelihood-ratio χ² and df of lavaan's baseline (independence) model for ML with
 * complete data, in closed form: the model has free variances (and free means), so its
 * ML estimate is Σ₀ = diag(S_g) and the mean part fits exactly.
 *
 * χ²₀ = Σ_g N_g·(log|Σ₀,g| − log|S_g|), df₀ = Σ_g [p(p−1)/2 − q(q−1)/2]. With fixed.x
 * covariates (indices `exogenous`, q of them) lavaan keeps their covariances at the sample
 * values, so Σ₀ = blockdiag(S_xx, diag(S_yy)) and log|Σ₀| = log|S_xx| + Σ_y log s_jj.
 * tr(S Σ₀⁻¹) = p in both cases, so no trace term remains.
 * Source: Bentler & Bonett (1980), Psychological Bulletin 88, 588–606 (null model);
 * lavaan 0.6-14 lav_object_independence / lav_partable_independence.
 * @param p number of variables
 * @param groups per group: size N_g and sample covariance S_g (row-major p×p, N_g denominator)
 * @param exogenous 0-based indices of fixed.x covariates (default none)
 * @returns { chisq, df }; chisq is NaN when some S_g is not positive definite
 * @throws ModelSpecificationError when an exogenous index is out of range or repeated; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * baselineChisqML(2, [{ nobs: 100, sampleCov: new Float64Array([1, 0.5, 0.5, 1]) }]);
 * // { chisq: −100·log(0.75) ≈ 28.77, df: 1 }
 */
export function baselineChisqML(
  p: number,
  groups: readonly { readonly nobs: number; readonly sampleCov: Float64Array }[],
  exogenous: readonly number[] = [],
): BaselineChisq {
  checkFitInput("baselineChisqML", { p, groups }, false);
  const q = exogenous.length;
  const isX = new Uint8Array(p);
  for (const k of exogenous) {
    if (!Number.isInteger(k) || k < 0 || k >= p || isX[k] === 1) {
      throw new ModelSpecificationError(message.fitBadExogenous(k, p));
    }
    isX[k] = 1;
  }
  let chisq = 0;
  for (const g of groups) {
    const s = g.sampleCov;
    const inv = new Float64Array(p * p);
    const logdetS = spdInverse(s, p, inv, new Float64Array(p * p));
    let logdet0 = 0;
    for (let j = 0; j < p; j++) if (!isX[j]) logdet0 += Math.log(s[j * p + j]!);
    if (q > 0) {
      const sxx = new Float64Array(q * q);
      for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) sxx[a * q + b] = s[exogenous[a]! * p + exogenous[b]!]!;
      logdet0 += spdInverse(sxx, q, new Float64Array(q * q), new Float64Array(q * q));
    }
    chisq += g.nobs * (logdet0 - logdetS);
  }
  const df = groups.length * ((p * (p - 1)) / 2 - (q * (q - 1)) / 2);
  return { chisq, df };
}
