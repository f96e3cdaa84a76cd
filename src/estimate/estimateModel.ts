import type { ParTable } from "../partable/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import type { Representation } from "../representation/types.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import type { MlEvaluator } from "./mlEvaluator.ts";
import { objectives, type Objective } from "./objectives.ts";
import { completeDataBlocks, type MomentBlock } from "./momentBlocks.ts";
import { fisherScoring } from "./fisherScoring.ts";
import { startValues } from "../partable/startValues.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/** The estimation stage's result: everything later stages (inference, fit) derive from. */
export interface MlSolution {
  readonly pt: ParTable;
  readonly rep: Representation;
  readonly stats: SampleStatistics;
  readonly ev: MlEvaluator;
  readonly theta: Float64Array;
  /** ML discrepancy F at θ̂ (χ² = N·F). */
  readonly fx: number;
  readonly df: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly maxGradient: number;
  /** Moment blocks the discrepancy sums over (groups, or missing-data patterns for FIML). */
  readonly blocks: readonly MomentBlock[];
  /** Raw rows of each block (for casewise scores), when the data were kept. */
  readonly blockRows: readonly Float64Array[] | null;
  /** True for FIML (missing = "ml"): `stats` then holds the EM (h1) moments. */
  readonly fiml: boolean;
  /** Likelihood-ratio χ² against the unrestricted model. */
  readonly chisq: number;
  /** Log-likelihoods of the model and of the unrestricted model (FIML only; complete data derive them from moments). */
  readonly logl: { readonly h0: number; readonly h1: number } | null;
  /**
   * The npar of fitMeasures() when it differs from θ's length: a fit with active inequality constraints imposes
   * them as equalities, while lavaan counts (and takes df from) the parameters without them.
   */
  readonly nparFit?: number;
  /** Rows (indices into `pt.rows`) held at a binding inequality bound: no standard error (lavaan prints NA). */
  readonly boundRows?: ReadonlySet<number>;
}

/** FIML inputs: the missing-data pattern blocks and the unrestricted (EM) log-likelihood. */
export interface FimlInput {
  readonly blocks: readonly MomentBlock[];
  readonly h1Logl: number;
  /** Raw rows of each pattern block (row-major, the block's observed variables). */
  readonly rows?: readonly Float64Array[];
}

/**
 * Degrees of freedom as lavaan counts them: sample moments (p(p+1)/2, plus p means with a mean
 * structure, per group) minus those fixed at their sample values (fixed.x), minus free parameters.
 * @param pt parameter table
 * @param p observed variables
 * @returns df (may be negative)
 * @example
 * modelDf(pt, 9); // 24 for the HS1939 three-factor CFA
 */
export function modelDf(pt: ParTable, p: number): number {
  const perGroup = p * (p + 1) / 2 + (pt.meanstructure ? p : 0);
  let exoFixed = 0;
  for (const r of pt.rows) if (r.exo === 1 && r.free === 0 && r.group > 0) exoFixed++;
  return perGroup * pt.groups.length - exoFixed - pt.npar;
}

/**
 * Estimate a model by maximum likelihood from sample statistics (the `estimate/` stage).
 * @param pt parameter table
 * @param stats sample statistics in `pt.ov` order
 * @param start optional starting θ (e.g. the full-sample estimates for a bootstrap draw)
 * @param fiml missing-data pattern blocks and h1 log-likelihood for FIML (stats then holds the EM moments)
 * @param objective the estimator's discrepancy (default ML; `objectives.GLS` / `.ULS` for least squares)
 * @returns the solution
 * @throws ModelSpecificationError when df < 0
 * @example
 * const sol = estimateModel(pt, stats);
 */
export function estimateModel(pt: ParTable, stats: SampleStatistics, start?: Float64Array, fiml?: FimlInput, objective: Objective = objectives.ML): MlSolution {
  const p = pt.ov.length;
  const df = modelDf(pt, p);
  if (df < 0) throw new ModelSpecificationError(message.negativeDf(df, pt.npar, df + pt.npar));
  const rep = buildRepresentation(pt, stats);
  const blocks = fiml?.blocks ?? completeDataBlocks(stats);
  const ev = objective(rep, blocks, stats);
  const theta0 = start ?? startValues(pt, stats.cov, stats.mean);
  const res = fisherScoring(ev, theta0);
  // fisherScoring leaves the evaluator's buffers at θ̂
  let chisq = stats.ntotal * res.fx, logl: MlSolution["logl"] = null;
  if (fiml !== undefined) {
    // F = Σ_k (n_k/N)[log|Σ_o| + tr(Σ_o⁻¹ S̃_k)], so log L = −(N/2) F − ½ log(2π) Σ_k n_k p_k
    let cells = 0;
    for (const b of blocks) cells += b.n * b.mean.length;
    const h0 = -0.5 * stats.ntotal * res.fx - 0.5 * Math.log(2 * Math.PI) * cells;
    chisq = 2 * (fiml.h1Logl - h0);
    logl = { h0, h1: fiml.h1Logl };
  }
  return {
    pt, rep, stats, ev, theta: res.theta, fx: res.fx, df, iterations: res.iterations,
    converged: res.converged, maxGradient: res.maxGradient, blocks, fiml: fiml !== undefined, chisq, logl,
    blockRows: fiml !== undefined ? (fiml.rows ?? null) : (stats.rows ?? null),
  };
}

