import type { Rng } from "../random/rng.ts";
import { groupGenerator, type GroupGenerator } from "./groupGenerator.ts";
import { ordinalCuts, cutRows } from "./ordinalCuts.ts";
import { missingness, type MissingApplier } from "./missingness.ts";
import { perVariable } from "./perVariable.ts";
import type { PopulationModel, SimulateOptions } from "./types.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { MISSING_SPEC_KEYS } from "./types.ts";

/** Options that shape the data drawn from a population (a subset of `SimulateOptions`). */
export type DataOptions = Pick<SimulateOptions, "ordered" | "thresholds" | "skew" | "kurtosis" | "missing">;

/** The accepted keys of `DataOptions` (power's `data`). */
export const DATA_OPTION_KEYS = optionKeys<DataOptions>({
  ordered: true, thresholds: true, skew: true, kurtosis: true, missing: MISSING_SPEC_KEYS,
});

/** Everything needed to draw data sets from one population, set up once and reused (e.g. per replication). */
export interface DataPlan {
  readonly names: readonly string[];
  readonly p: number;
  /** Draw n rows of group g into `out` (row-major n×p): continuous values, then ordinal categories. */
  drawGroup(rng: Rng, g: number, n: number, out: Float64Array): void;
  /** The missing-data step (NaN cells), or null when no missing values are asked for. */
  readonly missing: MissingApplier | null;
}

/**
 * Prepare the generators of every group of a population: Cholesky (or Vale–Maurelli) factors,
 * ordinal cut points and the missing-data mechanism. Setting up is the costly part (Fleishman and
 * intermediate correlations); drawing is a loop over rows.
 * @param pop population model
 * @param options ordered/thresholds, skew/kurtosis, missing
 * @returns the plan
 * @throws OptionError, UnknownColumnError, ModelSpecificationError (see the steps)
 * @example
 * const plan = dataPlan(populationModel(model), {});
 * plan.drawGroup(createRng(1, 0), 0, 200, rows);
 */
export function dataPlan(pop: PopulationModel, options: DataOptions): DataPlan {
  const names = pop.names, p = names.length;
  const skew = options.skew === undefined ? null : perVariable(options.skew, names, "skew", 0);
  const kurt = options.kurtosis === undefined ? null : perVariable(options.kurtosis, names, "kurtosis", 0);
  const gens: GroupGenerator[] = pop.groups.map((label, g) => groupGenerator(pop.sigma[g]!, pop.mu[g]!, names, label, skew, kurt));
  const cuts = pop.groups.map((_, g) => ordinalCuts(pop, g, options));
  const anyCut = cuts.map((c) => c.some((t) => t !== null));
  return {
    names, p,
    drawGroup(rng, g, n, out) {
      gens[g]!.draw(rng, n, out);
      if (anyCut[g]) cutRows(out, n, p, cuts[g]!);
    },
    missing: options.missing === undefined ? null : missingness(options.missing, names),
  };
}
