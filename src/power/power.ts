import { powerSettings } from "./powerSettings.ts";
import { powerContext } from "./powerContext.ts";
import { replicationWorkspace, runReplication } from "./replication.ts";
import { aggregateRow } from "./aggregateRow.ts";
import { finishPower } from "./finishPower.ts";
import type { PowerOptions, PowerResult, PowerRow } from "./types.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { guardProgress } from "../options/guardProgress.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { POWER_OPTION_KEYS } from "./types.ts";

/**
 * Monte Carlo power and sample-size planning for a SEM, in the manner of simsem / Muthén & Muthén (2002):
 * for each sample size, `reps` data sets are drawn from the population model (lavaan syntax with values,
 * as for `simulateData`), the analysis model is fitted to each by ML, and per target parameter the share
 * of replications with p < α is its power. Also reported: convergence rate, bias and coverage of the 95%
 * intervals against the population values, mean fit indices and the χ² rejection rate, and the smallest
 * studied n that reaches the requested power. `:=` targets (indirect effects) are tested with delta-method
 * (Sobel) standard errors, or with percentile intervals from `bootstrap` draws within each replication
 * (about bootstrap + 1 times slower).
 *
 * Runs in the calling thread; `powerParallel` from `semkit/node` spreads replications over worker threads
 * and gives identical results (replication r at size n always draws the same random numbers).
 * Source: Muthén & Muthén (2002), Structural Equation Modeling 9, 599–620; Sobel (1982), Sociological
 * Methodology 13, 290–312; lavaan `simulateData` for the population model.
 * @param populationModel population model in lavaan syntax with fixed values
 * @param analysisModel analysis model in lavaan syntax
 * @param options n list, reps, seed, alpha, targets, power, bootstrap, data shape, onProgress
 * @returns power, bias, coverage and fit per n, and the suggested n
 * @throws OptionError (also when options is not an object; checked once, before any replication), ModelSyntaxError, ModelSpecificationError, EstimationError (analysis model not fitting the population); CallbackError when onProgress throws
 * @example
 * const res = power(pop, "SAT =~ sat1 + sat2 + sat3\nLOY =~ loy1 + loy2 + loy3\nLOY ~ SAT",
 *   { n: [100, 200, 300], reps: 500, seed: 1, targets: ["LOY~SAT"], standardized: true });
 * res.recommended.byTarget["LOY~SAT"]; // smallest n with power ≥ .80
 */
export function power(populationModel: string, analysisModel: string, options: PowerOptions): PowerResult {
  checkOptionsObject("power", options, true);
  options = checkOptionKeys("power", options, POWER_OPTION_KEYS);
  const settings = powerSettings(options);
  const ctx = powerContext(populationModel, analysisModel, settings);
  const ws = replicationWorkspace(ctx);
  const total = settings.n.length * settings.reps;
  let done = 0;
  // an exception of the callback leaves as a CallbackError naming it
  const progress = guardProgress(options.onProgress, (e) => { throw e; });
  const rows: PowerRow[] = [];
  for (const n of settings.n) {
    const records = new Float64Array(settings.reps * ctx.recordLength);
    for (let r = 0; r < settings.reps; r++) {
      runReplication(ctx, ws, n, r, records.subarray(r * ctx.recordLength, (r + 1) * ctx.recordLength));
      done++;
      progress(done, total);
    }
    rows.push(aggregateRow(ctx, n, records));
  }
  return finishPower(ctx, rows);
}
