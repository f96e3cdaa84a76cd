import type { MlSolution } from "../estimate/estimateModel.ts";
import { message } from "../messages.ts";
import { sampleSizeWarnings } from "./sampleSizeWarnings.ts";

/** The problems of a solution, and the warnings to add to the ones the caller already has. */
export interface SolutionProblems {
  /** Warnings that make the solution inadmissible or unreliable, in the order they are listed. */
  readonly problems: readonly string[];
  /** Problems found here that the earlier stages did not report (e.g. too few cases under FIML). */
  readonly added: readonly string[];
}

/**
 * Picks out the warnings that make a fitted solution inadmissible or unreliable, so that analyses built on
 * the fit (validity, mediation, invariance, reports) can say so next to any verdict: a sample too small or
 * too degenerate for the model (fewer cases than variables or than free parameters, collinear items), an EM
 * algorithm for the saturated model that did not converge, and every post-estimation warning of
 * `modelWarnings` (non-convergence, negative variances, non-positive-definite latent or sample covariance
 * matrices, a singular information matrix), and a negative χ². Other warnings (rows left out, setup notes) are
 * not problems.
 * @param sol the estimation result
 * @param extraWarnings warnings of the earlier stages (data, sample)
 * @param postEstimation the `modelWarnings` of the solution (all of them are problems)
 * @param sampleChecked whether `extraWarnings` already holds `sampleSizeWarnings` of the complete-data sample
 * @returns the problems and the warnings to add
 * @example
 * solutionProblems(sol, ["only 4 cases for 13 free parameters: …"], [], true).problems; // that one warning
 */
export function solutionProblems(
  sol: MlSolution, extraWarnings: readonly string[], postEstimation: readonly string[], sampleChecked: boolean,
): SolutionProblems {
  const { stats, pt } = sol;
  const size = sampleChecked ? sampleSizeWarnings(stats, pt.npar) : [];
  const problems = extraWarnings.filter((w) => size.includes(w) || w === message.emNotConverged);
  const added: string[] = [];
  if (stats.ntotal < pt.npar) {
    const few = message.semFewerCasesThanParameters(stats.ntotal, pt.npar);
    if (!extraWarnings.includes(few)) added.push(few);
    if (!problems.includes(few)) problems.push(few);
  }
  // an ML-type χ² is N·F with F ≥ 0 at the optimum; below −1e−6 (rounding of a saturated fit stays far above) it is not
  if (sol.chisq < -1e-6) {
    const neg = message.negativeChisq(sol.chisq);
    added.push(neg);
    problems.push(neg);
  }
  for (const w of postEstimation) if (!problems.includes(w)) problems.push(w);
  return { problems, added };
}
