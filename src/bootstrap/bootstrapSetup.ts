import type { DataInput } from "../data/toDataset.ts";
import { checkModelArg } from "../options/checkModelArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import type { BootstrapSetup } from "../inference/resampling/types.ts";
import { groupLabels } from "../sem/sampleFromData.ts";
import { sem } from "../sem/sem.ts";
import { bootstrapSetupOfFit } from "../inference/resampling/bootstrapSetupOfFit.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { SEM_OPTION_KEYS } from "../sem/types.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { prepareDataset } from "../sem/prepareDataset.ts";

/**
 * Fit the model (or take a fitted one) and cut the complete-case data of each group, in the order of
 * the model's observed variables, for the bootstrap.
 * @param model lavaan syntax, or a fit made by `sem()`/`cfa()` on the same data and options
 * @param data the data (reverse coding, missing codes and grouping are applied from `options`)
 * @param options the `sem()` options of the fit
 * @returns the setup and the full-sample fit
 * @throws as `sem`; OptionError with stdOv, for a fit by GLS, ULS or WLSMV, and when a given fit does not match the
 *   data (different groups, complete-case counts or means)
 * @example
 * const { setup, fit } = bootstrapSetup(model, csv, { reverse: ["tru4"], scale: { min: 1, max: 5 } });
 */
export function bootstrapSetup(model: string | SemFit, data: DataInput, options: SemOptions = {}): { setup: BootstrapSetup; fit: SemFit } {
  checkModelArg("bootstrapSetup", model);
  checkOptionsObject("bootstrapSetup", options);
  options = checkOptionKeys("bootstrapSetup", options, SEM_OPTION_KEYS);
  if (options.stdOv === true) throw new OptionError(message.stdOvBootstrap);
  const ds = prepareDataset(data, options);
  const { reverse: _r, scale: _s, missingCodes: _m, se: _se, ...semOptions } = options as SemOptions & { se?: unknown };
  const fit = typeof model === "string" ? sem(model, ds, semOptions) : model;
  return { setup: bootstrapSetupOfFit(fit, ds, groupLabels(ds, options.group)), fit };
}
