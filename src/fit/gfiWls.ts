import { checkArg } from "../options/checkArg.ts";

/**
 * Goodness-of-fit index of one group in its weighted least-squares form:
 *   GFI = 1 − (s − σ̂)ᵀ W (s − σ̂) / sᵀ W s,
 * with s the sample moments, σ̂ the implied ones and W the estimator's weight matrix (GLS:
 * ½Dᵀ(S⁻¹⊗S⁻¹)D; ULS: I). Groups are combined by the caller with weights N_g/N.
 * Source: Jöreskog & Sörbom (1986) LISREL VI; Tanaka & Huba (1985), British Journal of
 * Mathematical and Statistical Psychology 38, 197–201; lavaan 0.6-14 R/lav_fit_gfi.R (lav_fit_gfi).
 * @param obs sample moments s (length m)
 * @param est implied moments σ̂ (length m)
 * @param W weight matrix (m×m row-major), or null for the identity
 * @returns GFI; NaN when sᵀWs = 0 or the lengths differ
 * @throws OptionError when obs or est is not an array or typed array of numbers, or W is neither null nor one
 * @example
 * gfiWls(new Float64Array([1, 0.5, 1]), new Float64Array([1, 0.4, 1]), null); // 1 − 0.01/2.25
 */
export function gfiWls(obs: Float64Array, est: Float64Array, W: Float64Array | null): number {
  checkArg("gfiWls", "obs", obs, "arraylike");
  checkArg("gfiWls", "est", est, "arraylike");
  if (W !== null) checkArg("gfiWls", "W", W, "arraylike");
  const m = obs.length;
  if (est.length !== m || (W !== null && W.length !== m * m)) return Number.NaN;
  let t1 = 0, t2 = 0;
  for (let i = 0; i < m; i++) {
    const di = obs[i]! - est[i]!;
    if (W === null) { t1 += di * di; t2 += obs[i]! * obs[i]!; continue; }
    for (let j = 0; j < m; j++) {
      const w = W[i * m + j]!;
      t1 += di * w * (obs[j]! - est[j]!);
      t2 += obs[i]! * w * obs[j]!;
    }
  }
  return t2 === 0 ? Number.NaN : 1 - t1 / t2;
}
