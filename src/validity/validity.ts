import type { SemFit } from "../sem/types.ts";
import type { ValidityOptions, ValidityResult } from "./types.ts";
import { solutionFromFit } from "../bootstrap/solutionFromFit.ts";
import { validityOfSolution } from "./validityOfSolution.ts";
import { withFitWarnings } from "./withFitWarnings.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkFitArg } from "../options/checkFitArg.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { VALIDITY_OPTION_KEYS } from "./types.ts";

/**
 * Construct validity of a fitted CFA/SEM, as a thesis reports it after the CFA (one group):
 *
 * - composite reliability ω = (Σλ)²φ / 1ᵀS1 per construct (semTools 0.5-6 `compRelSEM` defaults:
 *   observed total variance, congeneric);
 * - AVE = φΣλ² / Σsᵢᵢ (semTools 0.5-6 `AVE`, obs.var = TRUE; Fornell & Larcker 1981);
 * - HTMT2 from the correlations of the items the model was fitted to (semTools 0.5-6 `htmt` defaults:
 *   absolute correlations, geometric means; Roemer et al. 2021) — use `constructValidity` to take them
 *   from the raw data exactly as semTools does (listwise on the indicators only);
 * - latent correlations from the model-implied latent covariance matrix (`lavInspect(fit, "cor.lv")`);
 * - the Fornell–Larcker table (√AVE on the diagonal) and threshold flags (CR ≥ .70, AVE ≥ .50,
 *   HTMT < .85 / .90, √AVE > |r|).
 *
 * φ is the factor's total (model-implied) variance, so endogenous constructs are handled as semTools does.
 * @param fit a fitted model (ML)
 * @param options forGroup (label or 1-based index), obsVar, htmt2, absolute
 * @returns the validity tables with flags and warnings; the fit's warnings come first (prefixed "fit: "), and
 * `problems` lists those that make the solution inadmissible (a Heywood case, non-convergence, too few cases)
 * @throws ModelSpecificationError when no latent variable has two observed indicators; OptionError for an unknown group; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const v = validity(cfa(model, csv, { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } }));
 * v.compositeReliability.SAT; // 0.853
 */
export function validity(fit: SemFit, options: ValidityOptions = {}): ValidityResult {
  checkFitArg("validity", fit);
  checkOptionsObject("validity", options);
  options = checkOptionKeys("validity", options, VALIDITY_OPTION_KEYS);
  return withFitWarnings(validityOfSolution(solutionFromFit(fit), options), fit);
}
