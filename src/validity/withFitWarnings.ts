import type { SemFit } from "../sem/types.ts";
import type { ValidityResult } from "./types.ts";
import { message } from "../messages.ts";

/**
 * Adds the warnings of the fit a validity result rests on, each prefixed with "fit: ", before the result's
 * own warnings, and sets `problems` to the fit's inadmissibility warnings (negative variances,
 * non-positive-definite matrices, non-convergence, too few cases), so that no threshold verdict is read
 * without them.
 * @param result validity tables computed from the fit
 * @param fit the fitted model
 * @returns the result with the fit's warnings and problems
 * @example
 * withFitWarnings(validityOfSolution(solutionFromFit(fit)), fit).problems; // [] for an admissible fit
 */
export function withFitWarnings<R extends ValidityResult>(result: R, fit: SemFit): R {
  const from = (w: string): string => message.fromFit("fit", w);
  return {
    ...result,
    warnings: [...fit.warnings.map(from), ...result.warnings],
    problems: (fit.problems ?? []).map(from),
  };
}
