import { parseModel } from "../syntax/parse.ts";
import { buildParTable } from "../partable/buildParTable.ts";
import type { ParTable } from "../partable/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { estimateModel } from "../estimate/estimateModel.ts";
import { evaluate } from "../syntax/evaluate.ts";
import { populationModel } from "../simulate/populationModel.ts";
import { dataPlan, type DataPlan } from "../simulate/dataPlan.ts";
import type { PopulationModel } from "../simulate/types.ts";
import { EstimationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { resolveTargets, type TargetRef } from "./resolveTargets.ts";
import type { PowerSettings } from "./powerSettings.ts";
import { checkMemory } from "../options/checkMemory.ts";

/** Fields of one replication record before the per-target fields. */
export const RECORD_HEAD = 8;
/** Fields per target in a replication record: estimate, standard error, significant, covered. */
export const RECORD_PER_TARGET = 4;

/** Everything a replication needs, set up once per power analysis (and once per worker thread). */
export interface PowerContext {
  readonly settings: PowerSettings;
  readonly pop: PopulationModel;
  readonly plan: DataPlan;
  /** Analysis model. */
  readonly pt: ParTable;
  /** Observed variables of the analysis model. */
  readonly p: number;
  /** Column of each analysis variable in the population's data rows. */
  readonly columns: Int32Array;
  readonly targets: readonly TargetRef[];
  /** Population value of each target in the analysis model's metric. */
  readonly targetPopulation: Float64Array;
  /** θ of the analysis model fitted to the population moments (start values of every replication). */
  readonly start: Float64Array;
  /** ML discrepancy of the analysis model in the population. */
  readonly populationFml: number;
  readonly df: number;
  /** 0-based analysis-variable indices of the fixed.x covariates. */
  readonly exogenous: readonly number[];
  /** Label (and lavaan plabel) → partable row, for `:=` definitions. */
  readonly labelRows: ReadonlyMap<string, number>;
  /** Length of one replication record. */
  readonly recordLength: number;
  readonly warnings: readonly string[];
}

/**
 * Set up a power analysis: the population model and its data generator, the analysis model (lavaan
 * sem() defaults), its fit to the population moments Σ₀, μ₀ — whose estimates are the population
 * values of the targets in the analysis model's metric (its "pseudo-true" values; they equal the
 * population model's values when the analysis model is correct) and the start values of every
 * replication — and the targets.
 * @param population population model (lavaan syntax with values)
 * @param analysis analysis model (lavaan syntax)
 * @param settings validated options
 * @returns the context
 * @throws ModelSyntaxError, ModelSpecificationError, OptionError (also when the replications would need more than 2 GiB); EstimationError when the analysis model
 *   cannot be fitted to the population moments
 * @example
 * const ctx = powerContext(pop, model, powerSettings({ n: [200], reps: 500 }));
 */
export function powerContext(population: string, analysis: string, settings: PowerSettings): PowerContext {
  const pop = populationModel(population, { standardized: settings.standardized });
  if (pop.groups.length !== 1) throw new OptionError(message.powerMultiGroup);
  const plan = dataPlan(pop, settings.data);
  const syntax = parseModel(analysis);
  const pt = buildParTable(syntax, { ovNames: pop.names, meanstructure: settings.meanstructure, stdLv: settings.stdLv, fixedX: true });
  if (pt.groups.length !== 1) throw new OptionError(message.powerMultiGroup);
  const p = pt.ov.length, P = pop.names.length;
  const columns = new Int32Array(p);
  pt.ov.forEach((v, j) => {
    const k = pop.names.indexOf(v);
    if (k < 0) throw new OptionError(message.powerMissingVariable(v));
    columns[j] = k;
  });
  const cov = new Float64Array(p * p), mean = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    mean[a] = pop.mu[0]![columns[a]!]!;
    for (let b = 0; b < p; b++) cov[a * p + b] = pop.sigma[0]![columns[a]! * P + columns[b]!]!;
  }
  const stats: SampleStatistics = { names: pt.ov, groups: [""], nobs: [1000], ntotal: 1000, cov: [cov], mean: [mean] };
  const sol = estimateModel(pt, stats);
  if (!sol.converged || !Number.isFinite(sol.fx)) throw new EstimationError(message.powerPopulationFit);
  const labelRows = new Map<string, number>();
  pt.rows.forEach((r, i) => {
    if (r.group < 1) return;
    if (r.label !== "" && !labelRows.has(r.label)) labelRows.set(r.label, i);
    if (!labelRows.has(r.plabel)) labelRows.set(r.plabel, i);
  });
  const targets = resolveTargets(pt, settings.targets);
  const targetPopulation = new Float64Array(targets.length);
  const defs = definedValues(pt, labelRows, sol.theta);
  targets.forEach((t, k) => { targetPopulation[k] = t.kind === "parameter" ? sol.theta[t.free]! : defs[t.def]!; });
  const exogenous: number[] = [];
  for (const r of pt.rows) if (r.exo === 1 && r.op === "~~" && r.lhs === r.rhs) exogenous.push(pt.ov.indexOf(r.lhs));
  const recordLength = RECORD_HEAD + RECORD_PER_TARGET * targets.length;
  // the records of every replication, and one replication's data (largest n × all population variables)
  const ns = settings.n, maxN = Math.max(...ns);
  checkMemory(`power: ${ns.length} sample size${ns.length === 1 ? "" : "s"} × ${settings.reps} replications`, ns.length * settings.reps * recordLength * 8);
  checkMemory(`power: n = ${maxN} rows × ${P} variables per replication`, 2 * maxN * P * 8);
  return {
    settings, pop, plan, pt, p, columns, targets, targetPopulation, start: sol.theta, populationFml: sol.fx, df: sol.df,
    exogenous, labelRows, recordLength, warnings: [...pop.warnings],
  };
}

/**
 * Values of the `:=` definitions at θ (fixed rows at their fixed values).
 * @param pt parameter table
 * @param labelRows label → row
 * @param theta free parameters
 * @returns one value per definition, in `pt.definitions` order
 * @throws ModelSpecificationError when a definition uses an unknown name (checked when the table is built)
 * Source: lavaan `:=` (defined parameters evaluated at θ).
 * @example
 * definedValues(pt, labelRows, theta)[0]; // a*b
 */
export function definedValues(pt: ParTable, labelRows: ReadonlyMap<string, number>, theta: Float64Array): Float64Array {
  const defs = pt.definitions ?? [];
  const out = new Float64Array(defs.length);
  if (defs.length === 0) return out;
  const env = new Map<string, number>();
  for (const [label, row] of labelRows) {
    const r = pt.rows[row]!;
    env.set(label, r.free > 0 ? theta[r.free - 1]! : Number.isNaN(r.ustart) ? 0 : r.ustart);
  }
  defs.forEach((d, k) => { const v = evaluate(d.expr, env); env.set(d.name, v); out[k] = v; });
  return out;
}
