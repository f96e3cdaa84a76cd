import type { DataInput } from "../data/toDataset.ts";
import type { SemFit, SemOptions } from "./types.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { applyBootstrap } from "./applyBootstrap.ts";
import { conditionalX } from "./conditionalFitMeasures.ts";
import { prepareDataset } from "./prepareDataset.ts";

/** A function that fits a model to data with `sem()` options (the bootstrap's full-sample fit). */
export type SemFitter = (model: string, data: DataInput, options: SemOptions) => SemFit;

/**
 * lavaan's `se = "bootstrap"`: fit once with the given fitting function, then resample rows (seeded per draw),
 * refit each draw by the fit's estimator and replace the standard errors and intervals by the bootstrap ones.
 * @param model lavaan model syntax
 * @param data data in any form `sem()` accepts
 * @param options `sem()` options with `se: "bootstrap"` (bootstrap, seed, bootstrapCi are read)
 * @param fitter the full-sample fitting function (`sem`)
 * @returns the fit with bootstrap standard errors and its `bootstrap` result
 * @throws OptionError with `stdOv`, inequality constraints, ESEM blocks, two-level models or conditional.x, whose
 *   draws would not repeat the full-sample fit
 * @example
 * const fitB = bootstrapSem(model, csv, { se: "bootstrap", bootstrap: 500 }, sem);
 */
export function bootstrapSem(model: string, data: DataInput, options: SemOptions, fitter: SemFitter): SemFit {
  if (options.stdOv === true) throw new OptionError(message.stdOvBootstrap);
  const { se: _se, ...rest } = options;
  const fit = fitter(model, data, rest);
  // each draw would keep the full sample's active set instead of solving the constrained problem again
  if ((fit.partable.constraints ?? []).some((c) => c.op !== "==")) throw new OptionError(message.inequalityBootstrap);
  // the draws refit the parameter table by ML: not the rotation of ESEM, the two-level likelihood or conditional.x
  const pt = fit.partable;
  const feature = pt.classes?.lvEfa !== undefined ? "ESEM blocks (efa)"
    : fit.groups.length === 1 && pt.rows.some((r) => r.block === 2) ? "two-level models"
    : fit.estimator === "WLSMV" && conditionalX(pt) ? "ordinal indicators with exogenous covariates (conditional.x)" : null;
  if (feature !== null) throw new OptionError(message.bootstrapFeatureUnsupported(feature));
  return applyBootstrap(fit, prepareDataset(data, options), {
    ...(options.group !== undefined ? { group: options.group } : {}),
    ...(options.bootstrap !== undefined ? { bootstrap: options.bootstrap } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.bootstrapCi !== undefined ? { bootstrapCi: options.bootstrapCi } : {}),
  });
}
