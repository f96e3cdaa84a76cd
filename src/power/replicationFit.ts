import type { SampleStatistics } from "../data/sampleStatistics.ts";
import type { ImpliedBuffers } from "../representation/impliedMoments.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { baselineChisqML } from "../fit/baselineChisqML.ts";
import { cfi } from "../fit/cfi.ts";
import { tli } from "../fit/tli.ts";
import { rmsea } from "../fit/rmsea.ts";
import { srmrBentler } from "../fit/srmrBentler.ts";
import type { PowerContext } from "./powerContext.ts";

/**
 * The fit measures of one replication, with lavaan's definitions (the src/fit kernels), written to
 * record fields 2–7: χ² = N·F_ML, its upper-tail p-value, CFI and TLI against the closed-form
 * independence model, RMSEA and SRMR (Bentler).
 * Source: lavaan 0.6-14 R/lav_fit_measures.R (see each kernel for the papers).
 * @param ctx power context
 * @param stats the replication's sample statistics
 * @param fx ML discrepancy at θ̂
 * @param imp implied moments at θ̂
 * @param out replication record
 * @returns nothing
 * @throws never
 * @example
 * replicationFit(ctx, stats, sol.fx, sol.ev.implied[0], record);
 */
export function replicationFit(ctx: PowerContext, stats: SampleStatistics, fx: number, imp: ImpliedBuffers, out: Float64Array): void {
  const n = stats.ntotal, df = ctx.df, p = ctx.p;
  const chisq = n * fx;
  const base = baselineChisqML(p, [{ nobs: n, sampleCov: stats.cov[0]! }], ctx.exogenous);
  out[2] = chisq;
  out[3] = df > 0 ? chisqCdf(chisq, df, true) : NaN;
  out[4] = cfi(chisq, df, base.chisq, base.df);
  out[5] = tli(chisq, df, base.chisq, base.df);
  out[6] = rmsea(chisq, df, n);
  out[7] = srmrBentler(p, stats.cov[0]!, stats.mean[0]!, imp.sigma, ctx.pt.meanstructure ? imp.mu : undefined).total;
}
