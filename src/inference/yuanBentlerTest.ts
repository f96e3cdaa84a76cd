import type { MlSolution } from "../sem/estimateModel.ts";
import { robustML, type RobustML } from "./robustML.ts";
import { h1Information } from "./h1Information.ts";

/**
 * lavaan's MLR inference: the Huber–White covariance and h0 trace of `robustML`, with the h1 trace
 * tr(A₁⁻¹B₁) taken from `h1Information`, which leaves out the moments of fixed exogenous covariates
 * (fixed.x) and uses the fixed-x Gamma for complete data as lavaan does:
 *   c = [tr(A₁⁻¹B₁) − tr(A₀⁻¹B₀)] / df,  scaling.factor.h1 = tr(A₁⁻¹B₁) / (moments in use).
 * Without exogenous covariates this equals `robustML` to rounding.
 * Source: Yuan & Bentler (2000); lavaan 0.6-14 `lav_test_yuan_bentler` / `lav_test_yuan_bentler_mplus_trace`
 * (zero.idx, h1.ndat).
 * @param sol ML solution with its raw rows kept
 * @returns sandwich covariance and scaling factors
 * @throws never
 * @example
 * const t = yuanBentlerTest(sol); sol.chisq / t.scalingFactor; // lavaan's chisq.scaled
 */
export function yuanBentlerTest(sol: MlSolution): RobustML {
  const r = robustML(sol);
  const h1 = h1Information(sol);
  if (!Number.isFinite(h1.traceAinvB)) return r;
  const traceH0 = r.scalingFactorH0 * sol.ev.npar;
  let used = 0;
  for (let i = 0; i < h1.n; i++) if (h1.A[i * h1.n + i] !== 0) used++;
  return {
    vcov: r.vcov,
    scalingFactor: sol.df > 0 ? (h1.traceAinvB - traceH0) / sol.df : NaN,
    scalingFactorH1: h1.traceAinvB / used,
    scalingFactorH0: r.scalingFactorH0,
  };
}
