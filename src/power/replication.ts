import { spdInverse } from "../linalg/spdInverse.ts";
import { createRng, type Rng } from "../random/rng.ts";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { blockedMoments } from "../estimate/blockedMoments.ts";
import { fitReplication } from "./fitReplication.ts";
import { normalCdf } from "../distributions/normalCdf.ts";
import { normalQuantile } from "../distributions/normalQuantile.ts";
import { exprIdentifiers } from "../syntax/evaluate.ts";
import { replicationFit } from "./replicationFit.ts";
import { percentile } from "./percentile.ts";
import { definedValues, RECORD_HEAD, RECORD_PER_TARGET, type PowerContext } from "./powerContext.ts";

/** Scratch memory of one thread, reused by every replication. */
export interface ReplicationWorkspace {
  rows: Float64Array;
  X: Float64Array;
  bootX: Float64Array;
  readonly hess: Float64Array;
  readonly grad: Float64Array;
  readonly vcov: Float64Array;
  readonly work: Float64Array;
  /** θ indices that `:=` definitions depend on. */
  readonly defParams: readonly number[];
  /** Free indices of variance parameters (for Heywood cases). */
  readonly varianceParams: readonly number[];
}

/**
 * Allocate the scratch memory for replications of a context.
 * @param ctx power context
 * @returns the workspace (grown on demand for larger n)
 * @throws never
 * @example
 * const ws = replicationWorkspace(ctx);
 */
export function replicationWorkspace(ctx: PowerContext): ReplicationWorkspace {
  const npar = ctx.pt.npar;
  const used = new Set<string>();
  for (const d of ctx.pt.definitions ?? []) for (const id of exprIdentifiers(d.expr)) used.add(id);
  const defParams = new Set<number>();
  for (const [label, row] of ctx.labelRows) { const f = ctx.pt.rows[row]!.free; if (used.has(label) && f > 0) defParams.add(f - 1); }
  const varianceParams = new Set<number>();
  for (const r of ctx.pt.rows) if (r.free > 0 && r.op === "~~" && r.lhs === r.rhs) varianceParams.add(r.free - 1);
  return {
    rows: new Float64Array(0), X: new Float64Array(0), bootX: new Float64Array(0),
    hess: new Float64Array(npar * npar), grad: new Float64Array(npar), vcov: new Float64Array(npar * npar), work: new Float64Array(npar * npar),
    defParams: [...defParams], varianceParams: [...varianceParams],
  };
}

/**
 * The random-number generator of replication r at sample size n: seeded by (seed, n), stream r, so results
 * do not depend on how replications are spread over threads.
 * @param seed the analysis seed
 * @param n sample size
 * @param r replication index
 * @returns the generator
 * @throws never
 * Source: createRng (xoshiro128**, Blackman & Vigna 2018).
 * @example
 * replicationRng(1, 200, 0).normal();
 */
export function replicationRng(seed: number, n: number, r: number): Rng {
  // the low 32 bits mix seed and n as before; the seed's high bits ride along so that every seed has its own stream
  const low = (Math.imul(seed | 0, 0x01000193) ^ Math.imul(n | 0, 0x2545f491)) >>> 0;
  return createRng(low + Math.floor(seed / 4294967296) * 4294967296, r);
}

const statsOf = (names: readonly string[], X: Float64Array, n: number, p: number): SampleStatistics => {
  const m = blockedMoments(X, n, p);
  return { names, groups: [""], nobs: [n], ntotal: n, cov: [m.cov], mean: [m.mean] };
};

/**
 * One Monte Carlo replication: draw n rows from the population, keep the complete rows of the analysis
 * variables, fit the analysis model by ML (started at its population values), and record convergence,
 * a Heywood flag, χ², its p-value, CFI, TLI, RMSEA and SRMR, and per target the estimate, its standard
 * error (expected information; delta method with a numerical Jacobian for `:=` targets, Sobel 1982),
 * whether p < α (two-sided Wald z) and whether the interval at `ciLevel` covers the population value.
 * With `bootstrap` B > 0 the rows are resampled B times within the replication and percentile intervals
 * replace the Wald test and interval.
 *
 * Record layout: [converged, improper, chisq, pvalue, cfi, tli, rmsea, srmr, (est, se, significant, covered) per target].
 * Source: Muthén & Muthén (2002), Structural Equation Modeling 9, 599–620 (Monte Carlo power and coverage);
 * Sobel (1982); Efron & Tibshirani (1993), ch. 13 (percentile intervals).
 * @param ctx power context
 * @param ws workspace of this thread
 * @param n sample size
 * @param r replication index (random-number stream)
 * @param out record to fill (length `ctx.recordLength`)
 * @returns nothing
 * @throws never (a failed fit is recorded as not converged)
 * @example
 * runReplication(ctx, ws, 200, 0, record);
 */
export function runReplication(ctx: PowerContext, ws: ReplicationWorkspace, n: number, r: number, out: Float64Array): void {
  out.fill(NaN);
  out[0] = 0; out[1] = 0;
  const { p, plan, pt, settings } = ctx;
  const P = plan.p, npar = pt.npar;
  if (ws.rows.length < n * P) { ws.rows = new Float64Array(n * P); ws.X = new Float64Array(n * p); }
  const rng = replicationRng(settings.seed, n, r);
  plan.drawGroup(rng, 0, n, ws.rows);
  if (plan.missing !== null) plan.missing(rng, ws.rows, n);
  let nc = 0;
  const rows = ws.rows, X = ws.X, cols = ctx.columns;
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (let j = 0; j < p; j++) { const v = rows[i * P + cols[j]!]!; if (Number.isNaN(v)) { ok = false; break; } X[nc * p + j] = v; }
    if (ok) nc++;
  }
  if (nc < 2) return;
  const stats = statsOf(pt.ov, X, nc, p);
  const sol = fitReplication(pt, stats, ctx.start);
  if (sol === null) return;
  sol.ev.derivatives(sol.theta, ws.grad, ws.hess);
  for (let i = 0; i < npar * npar; i++) ws.hess[i] = ws.hess[i]! * nc / 2;
  if (Number.isNaN(spdInverse(ws.hess, npar, ws.vcov, ws.work))) return;
  out[0] = 1;
  for (const k of ws.varianceParams) if (sol.theta[k]! < 0) { out[1] = 1; break; }
  replicationFit(ctx, stats, sol.fx, sol.ev.implied[0]!, out);
  const defs = definedValues(pt, ctx.labelRows, sol.theta);
  const est = ctx.targets.map((t) => (t.kind === "parameter" ? sol.theta[t.free]! : defs[t.def]!));
  if (settings.bootstrap > 0) { bootstrapTargets(ctx, ws, rng, nc, sol.theta, est, out); return; }
  const seDefs = definedSe(ctx, ws, sol.theta);
  const zCrit = normalQuantile(1 - (1 - settings.ciLevel) / 2);
  ctx.targets.forEach((t, k) => {
    const se = t.kind === "parameter" ? Math.sqrt(ws.vcov[t.free * npar + t.free]!) : seDefs[t.def]!;
    const e = est[k]!, o = RECORD_HEAD + RECORD_PER_TARGET * k;
    out[o] = e; out[o + 1] = se;
    const pval = 2 * normalCdf(-Math.abs(e / se));
    out[o + 2] = pval < settings.alpha ? 1 : 0;
    out[o + 3] = Math.abs(e - ctx.targetPopulation[k]!) <= zCrit * se ? 1 : 0;
  });
}

/** Delta-method standard errors of the `:=` definitions: ∇f by central differences (as lavaan), then √(∇fᵀ V ∇f). */
function definedSe(ctx: PowerContext, ws: ReplicationWorkspace, theta: Float64Array): Float64Array {
  const defs = ctx.pt.definitions ?? [];
  const se = new Float64Array(defs.length);
  if (defs.length === 0) return se;
  const ks = ws.defParams, npar = ctx.pt.npar;
  const jac = ks.map(() => new Float64Array(defs.length));
  const t = Float64Array.from(theta);
  ks.forEach((k, a) => {
    const h = 1e-6 * Math.max(1, Math.abs(theta[k]!));
    t[k] = theta[k]! + h; const up = definedValues(ctx.pt, ctx.labelRows, t);
    t[k] = theta[k]! - h; const down = definedValues(ctx.pt, ctx.labelRows, t);
    t[k] = theta[k]!;
    for (let d = 0; d < defs.length; d++) jac[a]![d] = (up[d]! - down[d]!) / (2 * h);
  });
  for (let d = 0; d < defs.length; d++) {
    let v = 0;
    ks.forEach((ka, a) => ks.forEach((kb, b) => { v += jac[a]![d]! * ws.vcov[ka * npar + kb]! * jac[b]![d]!; }));
    se[d] = Math.sqrt(Math.max(v, 0));
  }
  return se;
}

/** Percentile-bootstrap tests and intervals within one replication (B refits of resampled rows). */
function bootstrapTargets(
  ctx: PowerContext, ws: ReplicationWorkspace, rng: Rng, nc: number, theta: Float64Array, est: readonly number[], out: Float64Array,
): void {
  const { p, pt, settings } = ctx;
  const B = settings.bootstrap, T = ctx.targets.length;
  if (ws.bootX.length < nc * p) ws.bootX = new Float64Array(nc * p);
  const draws = ctx.targets.map(() => new Float64Array(B));
  let kept = 0;
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < nc; i++) { const src = rng.int(nc); ws.bootX.set(ws.X.subarray(src * p, src * p + p), i * p); }
    const sol = fitReplication(pt, statsOf(pt.ov, ws.bootX, nc, p), theta);
    if (sol === null) continue;
    const defs = definedValues(pt, ctx.labelRows, sol.theta);
    ctx.targets.forEach((t, k) => { draws[k]![kept] = t.kind === "parameter" ? sol.theta[t.free]! : defs[t.def]!; });
    kept++;
  }
  for (let k = 0; k < T; k++) {
    const o = RECORD_HEAD + RECORD_PER_TARGET * k;
    out[o] = est[k]!;
    if (kept < 2) continue;
    const v = draws[k]!.subarray(0, kept).sort();
    let m = 0; for (const x of v) m += x; m /= kept;
    let ss = 0; for (const x of v) ss += (x - m) ** 2;
    out[o + 1] = Math.sqrt(ss / (kept - 1));
    const a = settings.alpha, c = settings.ciLevel;
    const lo = percentile(v, a / 2), hi = percentile(v, 1 - a / 2);
    out[o + 2] = lo > 0 || hi < 0 ? 1 : 0;
    const pop = ctx.targetPopulation[k]!;
    out[o + 3] = percentile(v, (1 - c) / 2) <= pop && pop <= percentile(v, 1 - (1 - c) / 2) ? 1 : 0;
  }
}
