import type { DataInput } from "../data/toDataset.ts";
import type { PlsOptions, PlsResult } from "./types.ts";
import { plsSetup } from "./plsSetup.ts";
import { plsFromSetup } from "./plsFromSetup.ts";
import { plsBootstrap } from "./plsBootstrap.ts";
import { withBootstrap } from "./withBootstrap.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { PLS_OPTION_KEYS } from "./checkPlsOptions.ts";

/**
 * PLS-SEM (partial least squares path modelling) in lavaan syntax, with seminr's algorithm and conventions:
 * `C =~ x1 + x2` is a mode A construct, `C <~ x1 + x2` a mode B one, `Y ~ X + Z` a path and `X:Z` an
 * interaction (two-stage by default). Indicators are standardized; the inner scheme is path weighting unless
 * `scheme` says otherwise; the algorithm stops when Σ|Δw| < 10^−7 or after 300 iterations; missing values are
 * replaced by item means unless `missing: "listwise"`. `consistent: true` gives PLSc for the `=~` constructs;
 * `bootstrap: N` adds seeded bootstrap SEs and percentile/BCa intervals.
 * Sources: Wold (1982); Lohmöller (1989); Dijkstra & Henseler (2015); seminr 2.3.2 (`estimate_pls`).
 * @param model - lavaan-style model syntax
 * @param data - CSV text, row objects, columns, a Dataset or a DataFrame-like object
 * @param options - see {@link PlsOptions}
 * @returns estimates, quality criteria, fit, scores and warnings
 * @throws ModelSyntaxError, ModelSpecificationError, DataError, OptionError; EstimationError when the model
 *   cannot be estimated (a singular regression)
 * @example
 * const fit = pls(`
 *   Image =~ IMAG1 + IMAG2 + IMAG3 + IMAG4 + IMAG5
 *   Satisfaction =~ CUSA1 + CUSA2 + CUSA3
 *   Loyalty =~ CUSL1 + CUSL2 + CUSL3
 *   Satisfaction ~ Image
 *   Loyalty ~ Image + Satisfaction`, mobiCsv);
 * fit.paths; // [{ lhs: "Satisfaction", op: "~", rhs: "Image", est: … }, …]
 */
export function pls(model: string, data: DataInput, options: PlsOptions = {}): PlsResult {
  checkOptionsObject("pls", options);
  options = checkOptionKeys("pls", options, PLS_OPTION_KEYS);
  const setup = plsSetup(model, data, options);
  const result = plsFromSetup(setup, options);
  if ((options.bootstrap ?? 0) > 0) {
    const boot = plsBootstrap(setup, result.estimate, { draws: options.bootstrap as number, seed: options.seed ?? 1, level: options.level ?? 0.95 });
    return withBootstrap(result.fit, boot, options.ci ?? "percentile");
  }
  return result.fit;
}
