import type { ParTable } from "../partable/types.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Whether a model fitted with `ordered` has continuous indicators too (ordered names only some of its observed
 * variables), which lavaan fits with polyserial and Pearson covariances next to the polychoric correlations.
 * Exogenous covariates with fixed.x are refused here (mixed ordinal and continuous indicators; the all-ordinal case
 * goes to `fitConditional` before this check): lavaan then switches to conditional.x; with fixedX: false
 * they are continuous variables of the mixed model (lavaan's fixed.x = FALSE, conditional.x = FALSE).
 * Source: lavaan 0.6-14 lav_samplestats_from_data (categorical with ov.num; conditional.x with ov.x).
 * @param pt parameter table built with `ordered`
 * @param ordered the names given in `ordered` (for the message when none is in the model)
 * @returns true when some observed variable is not ordinal
 * @throws OptionError naming the exogenous covariates, or the ordered names when none is an observed variable
 *   of the model (lavaan would fit the continuous data by DWLS on covariances, which semkit does not)
 * @example
 * mixedIndicators(pt, ["sat1", "sat2", "sat3", "sat4"]); // true for ordered = c("sat1", ..., "sat4") with tru1-tru3 in the model
 */
export function mixedIndicators(pt: ParTable, ordered: readonly string[]): boolean {
  // fixed.x covariates (rows marked exo); with fixedX: false they are ordinary (continuous) variables,
  // as lavaan's fixed.x = FALSE, conditional.x = FALSE
  const fixed = (pt.classes?.ovX ?? []).filter((v) => pt.rows.some((r) => r.exo === 1 && (r.lhs === v || r.rhs === v)));
  if (fixed.length > 0) throw new OptionError(message.wlsmvCovariatesUnsupported(fixed));
  const ord = new Set(pt.classes?.ovOrd ?? []);
  if (ord.size === 0) throw new OptionError(message.wlsmvNoOrdinalIndicator(ordered));
  return pt.ov.some((v) => !ord.has(v));
}
