import type { Rng } from "../random/rng.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { unknownColumn } from "../data/unknownColumn.ts";
import type { MissingSpec } from "./types.ts";

/** A missing-data mechanism ready to apply to simulated rows. */
export type MissingApplier = (rng: Rng, rows: Float64Array, n: number) => void;

/**
 * Build the missing-data step from its specification.
 *
 * - MCAR: every cell of the target variables is missing independently with probability `rate`.
 * - MAR: row i loses each target value with probability π_i = 1 / (1 + exp(−(a + slope·z_i))), where
 *   z_i is the standardized value of the always-observed predictor in the simulated sample and the
 *   intercept a is solved (bisection) so that the mean of π_i equals `rate` — the logistic
 *   amputation of Schouten, Lugtig & Vink (2018).
 *
 * Source: Rubin (1976), Biometrika 63, 581–592 (MCAR/MAR); Schouten, Lugtig & Vink (2018), Journal of
 * Statistical Computation and Simulation 88, 2909–2930 (logistic amputation with a target proportion).
 * @param spec the mechanism, rate and variables
 * @param names observed variables (row layout)
 * @returns a function that blanks cells (NaN) in place
 * @throws OptionError for a bad rate or mechanism, or MAR with the predictor among the targets
 * @throws UnknownColumnError for an unknown variable name
 * @example
 * missingness({ rate: 0.1 }, names)(rng, rows, n);
 */
export function missingness(spec: MissingSpec, names: readonly string[]): MissingApplier {
  const p = names.length;
  const rate = spec.rate;
  if (!(rate >= 0 && rate < 1)) throw new OptionError(message.simBadRate(rate));
  const mechanism = spec.mechanism ?? "MCAR";
  if (mechanism !== "MCAR" && mechanism !== "MAR") throw new OptionError(message.simBadMechanism(String(mechanism)));
  const index = (name: string): number => { const j = names.indexOf(name); if (j < 0) throw unknownColumn(name, names); return j; };
  if (mechanism === "MCAR") {
    const targets = (spec.variables ?? names).map(index);
    return (rng, rows, n) => {
      for (let r = 0; r < n; r++) for (const j of targets) if (rng.next() < rate) rows[r * p + j] = NaN;
    };
  }
  const pred = index(spec.predictor ?? names[0]!);
  const targets = (spec.variables ?? names.filter((_, j) => j !== pred)).map(index);
  if (targets.includes(pred)) throw new OptionError(message.simMarPredictor(names[pred]!));
  if (targets.length === 0) throw new OptionError(message.simMarNoTargets);
  const slope = spec.slope ?? 1;
  return (rng, rows, n) => {
    if (rate === 0 || n === 0) return;
    let mean = 0;
    for (let r = 0; r < n; r++) mean += rows[r * p + pred]!;
    mean /= n;
    let ss = 0;
    for (let r = 0; r < n; r++) ss += (rows[r * p + pred]! - mean) ** 2;
    const sd = Math.sqrt(ss / n) || 1;
    const eta = new Float64Array(n);
    for (let r = 0; r < n; r++) eta[r] = slope * (rows[r * p + pred]! - mean) / sd;
    const meanProb = (a: number): number => { let s = 0; for (let r = 0; r < n; r++) s += 1 / (1 + Math.exp(-(a + eta[r]!))); return s / n; };
    let lo = -60, hi = 60;
    for (let it = 0; it < 200; it++) { const mid = 0.5 * (lo + hi); if (meanProb(mid) < rate) lo = mid; else hi = mid; }
    const a = 0.5 * (lo + hi);
    for (let r = 0; r < n; r++) {
      const prob = 1 / (1 + Math.exp(-(a + eta[r]!)));
      for (const j of targets) if (rng.next() < prob) rows[r * p + j] = NaN;
    }
  };
}
