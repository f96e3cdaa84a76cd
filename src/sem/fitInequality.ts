import type { ParTable } from "../partable/types.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import type { Inequality } from "../partable/inequalityConstraints.ts";
import { activeConstraintTable } from "../partable/activeConstraintTable.ts";
import { estimateModel, modelDf, type FimlInput, type MlSolution } from "../estimate/estimateModel.ts";
import { fittedModel } from "./fittedModel.ts";
import type { Estimator, SemFit } from "./types.ts";
import { EstimationError, ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/** At most this many inequalities: every subset of them is a candidate active set (2^k fits). */
const MAX_INEQUALITIES = 6;

/**
 * ML (or FIML, MLR, MLM) fit under inequality constraints (`a > 0.5`, `v < 1`, `a > b`), as lavaan's constrained optimizer gives it.
 * The constrained optimum is the fit, among those with some subset of the inequalities imposed as equalities (the
 * active set), that satisfies every inequality with the smallest discrepancy; every subset is tried (at most 2^6).
 * As lavaan 0.6-14 reports it: an inequality that does not bind leaves the unconstrained solution; one that binds
 * acts as an equality constraint for the standard errors (lav_model_information_augment_invert drops the inactive
 * rows of the constraint Jacobian), so a parameter bound by a number has no standard error (lavaan prints NA);
 * df and npar ignore inequalities (lav_model_test adds back equality constraints only).
 * Source: lavaan 0.6-14 nlminb.constr, lav_model_estimate, lav_model_vcov; Nocedal & Wright (2006), ch. 16 (active sets).
 * @param pt parameter table (its inequalities listed separately)
 * @param stats sample statistics (complete data, or the EM moments with `fiml`)
 * @param inequalities the inequalities of `pt`
 * @param warnings warnings from earlier stages
 * @param fiml missing-data pattern blocks for FIML (lavaan `missing = "ml"`)
 * @param estimator "ML" (default), or "MLR" / "MLM" for robust SEs and scaled tests of the same estimates
 * @returns the fitted model
 * @throws ModelSpecificationError with more than six inequalities; EstimationError when no fit satisfies them all
 * @example
 * const fit = fitInequality(pt, stats, inequalityConstraints(pt).inequalities, []);
 */
export function fitInequality(
  pt: ParTable, stats: SampleStatistics, inequalities: readonly Inequality[], warnings: readonly string[], fiml?: FimlInput,
  estimator: Estimator = "ML",
): SemFit {
  const k = inequalities.length;
  if (k > MAX_INEQUALITIES) throw new ModelSpecificationError(message.inequalityTooMany(k, MAX_INEQUALITIES));
  const df = modelDf(pt, pt.ov.length);
  let best: { sol: MlSolution; bound: Set<number> } | null = null;
  for (let mask = 0; mask < 1 << k; mask++) {
    const active = inequalities.filter((_, j) => (mask >> j) & 1);
    const { pt: reduced, map } = activeConstraintTable(pt, active);
    let sol: MlSolution;
    try { sol = estimateModel(reduced, stats, undefined, fiml); } catch { continue; }
    if (!sol.converged) continue;
    const valueOf = (s: Inequality["lhs"]): number => {
      if ("value" in s) return s.value;
      const m = map[s.free]!;
      return "free" in m ? sol.theta[m.free - 1]! : m.value;
    };
    const feasible = inequalities.every((c) => valueOf(c.lhs) - valueOf(c.rhs) >= -1e-8 * Math.max(1, Math.abs(valueOf(c.rhs))));
    if (!feasible || (best !== null && sol.fx >= best.sol.fx)) continue;
    const bound = new Set<number>();
    for (let i = 1; i < map.length; i++) if ("value" in map[i]!) bound.add(i);
    best = { sol, bound };
  }
  if (best === null) throw new EstimationError(message.inequalityInfeasible(inequalities.map((c) => c.text)));
  // a parameter held at its bound has no standard error (lavaan: NA)
  const boundRows = new Set(pt.rows.flatMap((r, i) => (r.free > 0 && best!.bound.has(r.free) ? [i] : [])));
  const sol: MlSolution = { ...best.sol, df, nparFit: pt.npar, boundRows };
  return fittedModel(sol, estimator, warnings);
}
