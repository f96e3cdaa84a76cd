import { message } from "../messages.ts";
import type { PowerContext } from "./powerContext.ts";
import type { PowerResult, PowerRow } from "./types.ts";

/**
 * Assemble the result of a power analysis from its rows: the smallest studied n at which each target
 * reaches the requested power (and all targets together), the population misfit of the analysis model,
 * and warnings (low convergence, power not reached, bootstrap cost).
 * @param ctx power context
 * @param rows one row per sample size, increasing n
 * @returns the result
 * @throws never
 * Source: Muthén & Muthén (2002) (smallest n with power ≥ .80).
 * @example
 * finishPower(ctx, rows).recommended.all; // e.g. 250
 */
export function finishPower(ctx: PowerContext, rows: readonly PowerRow[]): PowerResult {
  const s = ctx.settings;
  const warnings = [...ctx.warnings];
  if (s.bootstrap > 0) warnings.push(message.powerBootstrapCost(s.bootstrap));
  for (const r of rows) {
    if (r.converged === 0) warnings.push(message.powerNoConvergence(r.n));
    else if (r.convergenceRate < 0.95) warnings.push(message.powerLowConvergence(r.n, r.convergenceRate));
  }
  const byTarget: Record<string, number | null> = {};
  ctx.targets.forEach((t, k) => {
    const hit = rows.find((r) => r.targets[k]!.power >= s.power);
    byTarget[t.name] = hit === undefined ? null : hit.n;
    if (hit === undefined) warnings.push(message.powerNotReached(t.name, s.power, rows[rows.length - 1]!.n));
  });
  const all = rows.find((r) => r.targets.every((t) => t.power >= s.power));
  const df = ctx.df;
  return {
    n: s.n, reps: s.reps, seed: s.seed, alpha: s.alpha, ciLevel: s.ciLevel, power: s.power, bootstrap: s.bootstrap,
    targets: ctx.targets.map((t, k) => ({ name: t.name, kind: t.kind, population: ctx.targetPopulation[k]! })),
    rows,
    recommended: { all: all === undefined || ctx.targets.length === 0 ? null : all.n, byTarget },
    populationFit: { fml: ctx.populationFml, df, rmsea: df > 0 ? Math.sqrt(Math.max(ctx.populationFml / df, 0)) : 0 },
    warnings,
  };
}
