import type { ExtractionMethod } from "./types.ts";
import type { EfaInput, EfaItemOptions } from "./efaInput.ts";
import { resolveEfaInput } from "./efaInput.ts";
import { factorEigenvalues } from "./factorEigenvalues.ts";
import { quantileType7 } from "./quantileType7.ts";
import { correlation } from "../data/correlation.ts";
import { symmetricEigenvalues } from "../linalg/symmetricEigenvalues.ts";
import { createRng } from "../random/rng.ts";
import type { Rng } from "../random/rng.ts";
import { DataError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkMemory } from "../options/checkMemory.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { checkSeed } from "../random/checkSeed.ts";

/** Options of {@link parallelAnalysis}. */
export interface ParallelOptions extends EfaItemOptions {
  /** Number of simulated or resampled data sets (default 100; psych::fa.parallel uses n.iter = 20). */
  readonly iterations?: number;
  /** Seed of the shared generator; replicate i uses stream i, so results do not depend on scheduling (default 1). */
  readonly seed?: number;
  /** Compare with this quantile of the random eigenvalues (e.g. 0.95); default: their mean (psych's default). */
  readonly quantile?: number;
  /** "simulated": normal data of the same size (default); "resampled": each column bootstrapped separately. */
  readonly type?: "simulated" | "resampled";
  /** Which eigenvalues to analyse: principal components, common factors or both (default). */
  readonly fa?: "pc" | "fa" | "both";
  /** Extraction for the factor eigenvalues (psych default "minres"). */
  readonly fm?: Exclude<ExtractionMethod, "pca">;
}

/** The accepted keys of `parallelAnalysis()` options. */
export const PARALLEL_OPTION_KEYS = optionKeys<ParallelOptions>({
  iterations: true, seed: true, quantile: true, type: true, fa: true, fm: true, items: true, reverse: true,
  scale: SCALE_OPTION_KEYS, missing: true, n: true,
});

/** Result of {@link parallelAnalysis}. */
export interface ParallelResult {
  readonly items: string[];
  readonly nobs: number;
  readonly iterations: number;
  readonly seed: number;
  readonly type: "simulated" | "resampled";
  /** The quantile compared against, or null when the mean is used. */
  readonly quantile: number | null;
  /** Observed eigenvalues of R (null when fa = "fa"). */
  readonly pcValues: number[] | null;
  /** Observed common-factor eigenvalues (null when fa = "pc"). */
  readonly faValues: number[] | null;
  /** Mean / quantile of the random PC eigenvalues. */
  readonly pcRandom: number[] | null;
  /** Mean / quantile of the random factor eigenvalues. */
  readonly faRandom: number[] | null;
  /** Suggested number of components: leading observed PC eigenvalues above the random ones. */
  readonly ncomponents: number | null;
  /** Suggested number of factors: leading observed factor eigenvalues above the random ones (psych's rule). */
  readonly nfactors: number | null;
}

/**
 * Horn's parallel analysis as psych::fa.parallel: compare the eigenvalues of the observed
 * correlation matrix (components) and of the matrix with one-factor communalities on the
 * diagonal (factors) with the mean (or a quantile) of the same eigenvalues from random data of
 * the same size — standard normal ("simulated") or each column resampled with replacement
 * ("resampled"). The suggested number is the count of leading observed eigenvalues that exceed
 * their random counterparts (psych: `which(!(observed > random))[1] − 1`). Every replicate draws
 * from its own stream of the seeded generator, so the same seed gives identical numbers.
 *
 * Source: Horn (1965), "A rationale and test for the number of factors in factor analysis",
 * Psychometrika 30; psych::fa.parallel (Revelle 2022).
 * @param input data (any supported shape) or `{ R, n }` (simulated type only)
 * @param options iterations, seed, quantile, type, fa, fm and item selection (items, reverse, …)
 * @returns observed and random eigenvalues and the suggested numbers of factors and components
 * @throws OptionError for bad iterations / quantile or resampling without raw data; DataError for bad data
 * @example
 * parallelAnalysis(ds, { items: "sq*,pv*", seed: 1 }).nfactors;
 */
export function parallelAnalysis(input: EfaInput, options: ParallelOptions = {}): ParallelResult {
  checkOptionsObject("parallelAnalysis", options);
  options = checkOptionKeys("parallelAnalysis", options, PARALLEL_OPTION_KEYS);
  const iterations = options.iterations ?? 100, seed = options.seed ?? 1;
  const type = options.type ?? "simulated", which = options.fa ?? "both", fm = options.fm ?? "minres";
  const quantile = options.quantile ?? null;
  checkSeed("parallelAnalysis", seed);
  if (!Number.isInteger(iterations) || iterations < 1) throw new OptionError(message.efaParallelIterations(iterations));
  if (quantile !== null && !(quantile >= 0 && quantile <= 1)) throw new OptionError(message.efaParallelQuantile(quantile));
  const d = resolveEfaInput(input, options);
  if (type === "resampled" && d.data === null) throw new OptionError(message.efaParallelNeedsData);
  if (!(d.n > 1)) throw new DataError(message.efaParallelNeedsN);
  const { p, n } = d;
  // eigenvalues of every iteration (components and factors), and one simulated data set
  checkMemory(`parallelAnalysis: ${iterations} iterations × ${p} items`, (2 * iterations * p + n * p) * 8);
  const wantPc = which !== "fa", wantFa = which !== "pc";
  const pcSims: Float64Array[] = [], faSims: Float64Array[] = [];
  const X = new Float64Array(n * p);
  for (let it = 0; it < iterations; it++) {
    const rng = createRng(seed, it);
    let C: Float64Array, tries = 0;
    do {
      if (++tries > 1000) throw new DataError(message.efaParallelDegenerate);
      if (type === "simulated") for (let i = 0; i < n * p; i++) X[i] = rng.normal();
      else resampleColumns(d.data!, n, p, rng, X);
      C = correlation(X, n, p);
    } while (C.some((v) => Number.isNaN(v))); // a constant resampled column: draw again, as psych does
    if (wantPc) pcSims.push(symmetricEigenvalues(C, p));
    if (wantFa) faSims.push(factorEigenvalues(C, p, fm));
  }
  const summarise = (sims: Float64Array[]): number[] => Array.from({ length: p }, (_, k) => {
    const col = sims.map((s) => s[k]!);
    return quantile === null ? col.reduce((a, b) => a + b, 0) / col.length : quantileType7(col, quantile);
  });
  const pcValues = wantPc ? Array.from(symmetricEigenvalues(d.R, p)) : null;
  const faValues = wantFa ? Array.from(factorEigenvalues(d.R, p, fm)) : null;
  const pcRandom = wantPc ? summarise(pcSims) : null, faRandom = wantFa ? summarise(faSims) : null;
  return {
    items: d.names, nobs: n, iterations, seed, type, quantile,
    pcValues, faValues, pcRandom, faRandom,
    ncomponents: pcValues === null ? null : leadingAbove(pcValues, pcRandom!),
    nfactors: faValues === null ? null : leadingAbove(faValues, faRandom!),
  };
}

/** Each column of the n×p data resampled with replacement, independently of the others (psych). */
function resampleColumns(data: Float64Array, n: number, p: number, rng: Rng, out: Float64Array): void {
  for (let j = 0; j < p; j++) for (let i = 0; i < n; i++) out[i * p + j] = data[rng.int(n) * p + j]!;
}

function leadingAbove(observed: readonly number[], random: readonly number[]): number {
  let k = 0;
  while (k < observed.length && observed[k]! > random[k]!) k++;
  return k;
}
