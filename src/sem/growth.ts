import type { DataInput } from "../data/toDataset.ts";
import { sem } from "./sem.ts";
import type { SemFit, SemOptions } from "./types.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { SEM_OPTION_KEYS } from "./types.ts";

/**
 * Fit a latent growth curve model written in lavaan syntax, as lavaan's `growth()`: `sem()` with a mean structure,
 * the intercepts of the observed variables fixed at 0 (lavaan `int.ov.free = FALSE`) and the means of the latent
 * variables free (`int.lv.free = TRUE`), so the growth factors carry the mean trajectory. Fixed.x covariates keep
 * their sample means. Every other option is as for `sem()`; `meanstructure`, `intOvFree` and `intLvFree` are set.
 *
 * Source: lavaan 0.6-14 `growth()` (R/lav_lavaan.R) and lav_partable_flat (int.ov.free, int.lv.free);
 * Bollen & Curran (2006), *Latent Curve Models*.
 * @param model lavaan model syntax, e.g. `i =~ 1*t1 + 1*t2 + 1*t3` and `s =~ 0*t1 + 1*t2 + 2*t3`
 * @param data data in any accepted form
 * @param options as for `sem`
 * @returns the fitted model
 * @throws as `sem`
 * @example
 * const fit = growth("i =~ 1*t1 + 1*t2 + 1*t3 + 1*t4\ns =~ 0*t1 + 1*t2 + 2*t3 + 3*t4", csvText);
 * fit.parameterEstimates().find((r) => r.lhs === "s" && r.op === "~1")!.est; // mean slope
 */
export function growth(model: string, data: DataInput, options: SemOptions = {}): SemFit {
  checkOptionsObject("growth", options);
  options = checkOptionKeys("growth", options, SEM_OPTION_KEYS);
  return sem(model, data, { ...options, meanstructure: true, intOvFree: false, intLvFree: true });
}
