import type { Column } from "../data/types.ts";
import { createRng } from "../random/rng.ts";
import { OptionError } from "../errors.ts";
import { checkMemory } from "../options/checkMemory.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { populationModel } from "./populationModel.ts";
import { dataPlan } from "./dataPlan.ts";
import type { SimulateOptions, SimulatedData } from "./types.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { POPULATION_OPTION_KEYS, SIMULATE_OPTION_KEYS } from "./types.ts";
import { checkSeed } from "../random/checkSeed.ts";
import { pickOptionKeys } from "../options/optionKeys.ts";

/**
 * Simulate data from a population model written in lavaan syntax, as lavaan's `simulateData`.
 *
 * Population values are the fixed values in the syntax (`LOY ~ .30*SAT + .25*TRU`); unspecified
 * loadings are 1 (0.7 with `standardized`), variances 1 and everything else 0. With
 * `standardized: true` residual variances are computed so that every variance is 1, so the values
 * written are standardized coefficients. Rows are multivariate normal (x = μ + Lz, L the Cholesky
 * factor of Σ), or non-normal with the given skewness and excess kurtosis (Vale–Maurelli); ordered
 * variables are cut at thresholds into categories 1..K; MCAR/MAR missing values come last. The same
 * seed (and stream) gives the same data on every platform; all groups are drawn first and the
 * missing values after, so adding `missing` leaves the complete values unchanged.
 *
 * Source: lavaan 0.6 `simulateData` (Rosseel 2012); Vale & Maurelli (1983); Fleishman (1978).
 * @param model population model in lavaan syntax
 * @param options n (per group), seed, standardized, ordered/thresholds, skew/kurtosis, missing
 * @returns a Dataset (columns in lavaan's observed-variable order, plus "group" with several groups),
 *   with the population (Σ, μ, every parameter value) and warnings
 * @throws OptionError when options is not an object, for a bad n, seed or data option; ModelSyntaxError/ModelSpecificationError for the model
 * @example
 * const data = simulateData("f =~ .8*x1 + .7*x2 + .6*x3\ny ~ .3*f", { n: 500, seed: 1, standardized: true });
 * sem("f =~ x1 + x2 + x3\ny ~ f", data);
 */
export function simulateData(model: string, options: SimulateOptions): SimulatedData {
  checkOptionsObject("simulateData", options, true);
  options = checkOptionKeys("simulateData", options, SIMULATE_OPTION_KEYS);
  if (typeof options.n !== "number" && !Array.isArray(options.n)) throw new OptionError(message.simBadN(options.n));
  const ns = typeof options.n === "number" ? [options.n] : [...options.n];
  if (ns.length === 0 || ns.some((v) => !Number.isInteger(v) || v < 1)) throw new OptionError(message.simBadN(options.n));
  const seed = options.seed ?? 1, stream = options.stream ?? 0;
  checkSeed("simulateData", seed);
  if (!Number.isInteger(stream)) throw new OptionError(message.simBadSeed(stream));
  const pop = populationModel(model, { ...pickOptionKeys(options, POPULATION_OPTION_KEYS), groups: ns.length });
  const plan = dataPlan(pop, options);
  const p = plan.p, total = ns.reduce((a, b) => a + b, 0);
  // the row-major draws and the columns: two arrays of total × p doubles
  checkMemory(`simulateData: n = ${total} rows × ${p} variables`, 2 * total * p * 8);
  const rng = createRng(seed, stream);
  const all = new Float64Array(total * p);
  let offset = 0;
  ns.forEach((n, g) => {
    const rows = all.subarray(offset * p, (offset + n) * p);
    plan.drawGroup(rng, g, n, rows);
    offset += n;
  });
  if (plan.missing !== null) {
    offset = 0;
    for (const n of ns) { plan.missing(rng, all.subarray(offset * p, (offset + n) * p), n); offset += n; }
  }
  const columns = new Map<string, Column>();
  pop.names.forEach((name, j) => {
    const v = new Float64Array(total);
    for (let r = 0; r < total; r++) v[r] = all[r * p + j]!;
    columns.set(name, { kind: "numeric", values: v });
  });
  const names = [...pop.names];
  if (ns.length > 1) {
    const labels: string[] = [];
    ns.forEach((n, g) => { for (let r = 0; r < n; r++) labels.push(pop.groups[g]!); });
    columns.set("group", { kind: "text", values: labels });
    names.push("group");
  }
  return { names, n: total, columns, population: pop, warnings: pop.warnings };
}
