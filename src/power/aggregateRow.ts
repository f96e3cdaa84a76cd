import { RECORD_HEAD, RECORD_PER_TARGET, type PowerContext } from "./powerContext.ts";
import type { PowerRow, TargetSummary } from "./types.ts";

/**
 * Summarise the replications at one sample size (over those that converged, in replication order):
 * convergence rate, share of Heywood cases, per target the mean estimate, bias, relative bias, the
 * standard deviation of the estimates, the mean standard error, power (share significant) and coverage,
 * and the mean fit measures with the χ² rejection rate.
 * Source: Muthén & Muthén (2002), Structural Equation Modeling 9, 599–620 (the summaries reported).
 * @param ctx power context
 * @param n sample size
 * @param records `reps` records of `ctx.recordLength` values, replication r at offset r·recordLength
 * @returns the row
 * @throws never
 * @example
 * aggregateRow(ctx, 200, records).targets[0].power;
 */
export function aggregateRow(ctx: PowerContext, n: number, records: Float64Array): PowerRow {
  const L = ctx.recordLength, reps = records.length / L, alpha = ctx.settings.alpha;
  let conv = 0, improper = 0;
  const fitSum = [0, 0, 0, 0, 0, 0], fitCount = [0, 0, 0, 0, 0, 0];
  let reject = 0, rejectCount = 0;
  const T = ctx.targets.length;
  const sums = ctx.targets.map(() => ({ est: 0, est2: 0, se: 0, seN: 0, sig: 0, cov: 0, k: 0 }));
  for (let r = 0; r < reps; r++) {
    const o = r * L;
    if (records[o] !== 1) continue;
    conv++;
    improper += records[o + 1]!;
    for (let f = 0; f < 6; f++) {
      const v = records[o + 2 + f]!;
      if (Number.isFinite(v)) { fitSum[f]! += v; fitCount[f]!++; }
    }
    const pv = records[o + 3]!;
    if (Number.isFinite(pv)) { rejectCount++; if (pv < alpha) reject++; }
    for (let k = 0; k < T; k++) {
      const b = o + RECORD_HEAD + RECORD_PER_TARGET * k, s = sums[k]!;
      const est = records[b]!;
      if (!Number.isFinite(est)) continue;
      s.k++; s.est += est; s.est2 += est * est;
      const se = records[b + 1]!;
      if (Number.isFinite(se)) { s.se += se; s.seN++; }
      s.sig += records[b + 2]! === 1 ? 1 : 0;
      s.cov += records[b + 3]! === 1 ? 1 : 0;
    }
  }
  const mean = (f: number): number => (fitCount[f]! > 0 ? fitSum[f]! / fitCount[f]! : NaN);
  const targets: TargetSummary[] = ctx.targets.map((t, k) => {
    const s = sums[k]!, pop = ctx.targetPopulation[k]!;
    const m = s.k > 0 ? s.est / s.k : NaN;
    const sd = s.k > 1 ? Math.sqrt(Math.max((s.est2 - s.k * m * m) / (s.k - 1), 0)) : NaN;
    return {
      name: t.name, population: pop, mean: m, bias: m - pop, relativeBias: Math.abs(pop) > 1e-10 ? (m - pop) / pop : NaN, sd,
      meanSe: ctx.settings.bootstrap > 0 || s.seN === 0 ? NaN : s.se / s.seN,
      power: s.k > 0 ? s.sig / s.k : NaN, coverage: s.k > 0 ? s.cov / s.k : NaN,
    };
  });
  return {
    n, reps, converged: conv, convergenceRate: conv / reps, improperRate: conv > 0 ? improper / conv : NaN, targets,
    fit: {
      chisq: mean(0), df: ctx.df, chisqRejection: rejectCount > 0 ? reject / rejectCount : NaN,
      cfi: mean(2), tli: mean(3), rmsea: mean(4), srmr: mean(5),
    },
  };
}
