import type { DataInput } from "../data/toDataset.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import type { BootstrapOptions, BootstrapResult } from "../inference/resampling/types.ts";
import { bootstrapSetup } from "./bootstrapSetup.ts";
import { bootstrapSettings } from "../inference/resampling/bootstrapSettings.ts";
import { runDraws } from "../inference/resampling/runDraws.ts";
import { summarizeBootstrap } from "../inference/resampling/summarizeBootstrap.ts";
import { checkModelArg } from "../options/checkModelArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { mergeOptionKeys, pickOptionKeys } from "../options/optionKeys.ts";
import { SEM_OPTION_KEYS } from "../sem/types.ts";
import { BOOTSTRAP_OPTION_KEYS } from "../inference/resampling/types.ts";

/** The accepted keys of `bootstrap()` options: those of `sem()` and the bootstrap settings. */
export const BOOTSTRAP_FN_OPTION_KEYS = mergeOptionKeys(SEM_OPTION_KEYS, BOOTSTRAP_OPTION_KEYS);

/**
 * Nonparametric bootstrap of a structural equation model (lavaan `se = "bootstrap"`,
 * `bootstrapLavaan(type = "ordinary")`): cases are resampled with replacement within each group, the
 * model is refitted from θ̂, and every parameter, every `:=` parameter and their std.all values get a
 * bootstrap SE and percentile, bias-corrected (BC, as AMOS) and — with `type: "bca"`, which also runs
 * the N jackknife fits — BCa intervals. Draw d uses the random stream (seed, d), so the numbers are the
 * same in this single-threaded version and in `bootstrapParallel` (semkit/node) with any number of workers.
 *
 * Source: Efron & Tibshirani (1993), chs. 6, 13, 14; Bollen & Stine (1990) for bootstrapping indirect
 * effects; lavaan 0.6 `lav_bootstrap_internal` (failed draws are left out).
 * @param model lavaan syntax, or a fit made by `sem()`/`cfa()` from the same data and options
 * @param data the data
 * @param options `sem()` options (reverse, scale, group, …) and bootstrap options (draws, seed, type, level, …)
 * @returns bootstrap estimates, counts of failed and inadmissible draws, and the replicates
 * @throws as `sem`; OptionError for bad bootstrap options or a fit that does not match the data
 * @example
 * const b = bootstrap(model, csv, { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, draws: 1000, seed: 1 });
 * b.estimates.find((e) => e.lhs === "indirect");
 */
export function bootstrap(model: string | SemFit, data: DataInput, options: SemOptions & BootstrapOptions = {}): BootstrapResult {
  checkModelArg("bootstrap", model);
  checkOptionsObject("bootstrap", options);
  options = checkOptionKeys("bootstrap", options, BOOTSTRAP_FN_OPTION_KEYS);
  const settings = bootstrapSettings(options);
  const { setup, fit } = bootstrapSetup(model, data, pickOptionKeys(options, SEM_OPTION_KEYS));
  const raw = runDraws(setup, settings.draws, settings.seed, settings.type === "bca", options.onProgress);
  return summarizeBootstrap(setup, fit, raw, settings);
}
