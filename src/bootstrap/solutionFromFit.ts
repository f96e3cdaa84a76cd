import type { SemFit } from "../sem/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";

/**
 * Sample statistics of a fitted model, read back from its public results: per group the sample
 * covariance S = Σ̂ + (S − Σ̂) (implied plus raw residuals) and the sample means, in `partable.ov` order.
 * Exact for ML with complete (listwise) data, the only estimator `sem()` offers today.
 * @param fit a fitted model
 * @returns the N-denominator sample moments the fit was estimated from
 * @example
 * sampleStatsOfFit(fit).cov[0]; // p×p sample covariance of the first group
 */
export function sampleStatsOfFit(fit: SemFit): SampleStatistics {
  const pt = fit.partable;
  const p = pt.ov.length;
  const implied = fit.implied(), resid = fit.residuals("raw");
  const cov: Float64Array[] = [], mean: Float64Array[] = [];
  implied.forEach((imp, g) => {
    const res = resid[g]!;
    const at = pt.ov.map((v) => imp.names.indexOf(v));
    const S = new Float64Array(p * p), m = new Float64Array(p);
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < p; b++) S[a * p + b] = imp.cov[at[a]!]![at[b]!]! + res.cov[at[a]!]![at[b]!]!;
      const mu = imp.mean === null ? 0 : imp.mean[at[a]!]!;
      m[a] = res.mean === null ? mu : mu + res.mean[at[a]!]!;
    }
    cov.push(S); mean.push(m);
  });
  return { names: pt.ov, groups: fit.groups, nobs: fit.nobs, ntotal: fit.ntotal, cov, mean };
}

/**
 * Rebuild the estimation stage's solution (matrices, implied moments, evaluator) of a fitted model
 * at its θ̂, without refitting, so that later stages (validity, mediation, bootstrap) can read Λ,
 * the latent covariance matrix (I − B)⁻¹Ψ(I − B)⁻ᵀ, or the expected information at θ̂.
 * Source: the LISREL model of Bollen (1989), ch. 8, as `estimateModel` compiles it.
 * @param fit a fitted model (ML, complete data)
 * @returns the solution at `fit.theta`
 * @throws ModelSpecificationError when the parameter table cannot be compiled (not expected for a fitted model)
 * @example
 * const sol = solutionFromFit(fit); sol.ev.implied[0].C; // latent covariances
 */
export function solutionFromFit(fit: SemFit): MlSolution {
  return fit.solution; // the fitted object carries its estimation-stage solution
}
