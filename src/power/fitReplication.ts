import type { ParTable } from "../partable/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { mlEvaluator, type MlEvaluator } from "../estimate/mlEvaluator.ts";
import { completeDataBlocks } from "../estimate/momentBlocks.ts";
import { fisherScoring } from "../estimate/fisherScoring.ts";

/** The ML fit of one replication. */
export interface ReplicationSolution {
  readonly theta: Float64Array;
  /** ML discrepancy F at θ̂ (χ² = N·F). */
  readonly fx: number;
  /** The evaluator, left at θ̂ (implied moments, derivatives). */
  readonly ev: MlEvaluator;
  readonly iterations: number;
}

/** Gradient tolerance of a replication's fit: max |∂F/∂θ| below 1e-7 (converged when ≤ 1e-5). */
const GRADIENT_TOLERANCE = 1e-7;

/**
 * Fit the analysis model to one replication's complete-data moments by ML (the same pipeline as
 * `estimateModel`: representation, ML evaluator, Fisher scoring), started at the population values and
 * stopped at a gradient of 1e-7 instead of 1e-8: the last digits do not matter for Monte Carlo
 * summaries, and a replication then needs no iterations spent at the rounding floor of the gradient.
 * Source: Lee & Jennrich (1979) (Fisher scoring in covariance structure analysis).
 * @param pt analysis model
 * @param stats sample statistics (one group, N-denominator covariance)
 * @param start starting θ
 * @returns the solution, or null when it did not converge
 * @throws never (errors of the fit count as non-convergence)
 * @example
 * const sol = fitReplication(ctx.pt, stats, ctx.start);
 */
export function fitReplication(pt: ParTable, stats: SampleStatistics, start: Float64Array): ReplicationSolution | null {
  try {
    const rep = buildRepresentation(pt, stats);
    const ev = mlEvaluator(rep, completeDataBlocks(stats));
    const res = fisherScoring(ev, start, { gradientTolerance: GRADIENT_TOLERANCE, maxIterations: 300, quasiNewtonThreshold: 0.1 });
    if (!res.converged || !Number.isFinite(res.fx)) return null;
    return { theta: res.theta, fx: res.fx, ev, iterations: res.iterations };
  } catch {
    return null;
  }
}
