import type { Representation } from "../representation/types.ts";
import type { DwlsEvaluator } from "./dwlsEvaluator.ts";
import type { MlEvaluator } from "./mlEvaluator.ts";
import { impliedMoments } from "../representation/impliedMoments.ts";
import { EstimationError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Finish a DWLS fit for reporting: write the residual variances of the latent responses, 1/δ² − diag(ΛCΛᵀ)
 * (so that diag(δδᵀ∘Σ*) = 1), into Θ of every group, recompute the implied moments, and return the evaluator
 * in the shape later stages read (an MlEvaluator without casewise derivatives). Continuous variables keep
 * their estimated residual variances.
 * Source: Muthén (1984); lavaan 0.6-14 delta parameterisation (lav_model_set_parameters, theta from delta).
 * @param ev the DWLS evaluator, evaluated at θ̂
 * @param rep compiled representation
 * @param numeric 1 for each continuous variable (omit: all ordinal)
 * @returns the evaluator as an MlEvaluator
 * @throws never (casewiseDerivatives of the result throws EstimationError)
 * @example
 * const evAsMl = dwlsAsMl(ev, rep);
 */
export function dwlsAsMl(ev: DwlsEvaluator, rep: Representation, numeric?: Uint8Array): MlEvaluator {
  const p = rep.p;
  for (let g = 0; g < ev.mats.length; g++) {
    const mats = ev.mats[g]!, imp = ev.implied[g]!, delta = ev.deltas[g]!;
    for (let i = 0; i < p; i++) {
      if (numeric !== undefined && numeric[i]) continue;
      mats.theta[i * p + i] = 1 / (delta[i]! * delta[i]!) - (imp.sigma[i * p + i]! - mats.theta[i * p + i]!);
    }
    impliedMoments(mats, p, rep.m, rep.hasBeta, imp);
  }
  return {
    npar: ev.npar, mats: ev.mats, implied: ev.implied, objective: ev.objective, derivatives: ev.derivatives,
    casewiseDerivatives: () => { throw new EstimationError(message.ordinalNoCasewise); },
  };
}
