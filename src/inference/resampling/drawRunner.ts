import type { BootstrapSetup } from "./types.ts";
import { DrawStatus } from "./types.ts";
import type { SampleStatistics } from "../../data/sampleStatistics.ts";
import type { MlSolution } from "../../estimate/estimateModel.ts";
import type { Representation } from "../../representation/types.ts";
import type { MlEvaluator } from "../../estimate/mlEvaluator.ts";
import { createRng } from "../../random/rng.ts";
import { buildRepresentation } from "../../representation/buildRepresentation.ts";
import { mlEvaluator } from "../../estimate/mlEvaluator.ts";
import { completeDataBlocks } from "../../estimate/momentBlocks.ts";
import { fisherScoring } from "../../estimate/fisherScoring.ts";
import { rowEstimates, exogenousCovariates } from "../parameterRows.ts";
import { standardizedSolution } from "../standardizedSolution.ts";
import { definedParameters } from "../definedParameters.ts";

/** Gradient tolerance of a draw's fit: far below any bootstrap SE, and about 3× fewer iterations than 1e-8. */
export const DRAW_GRADIENT_TOLERANCE = 1e-6;
/** A draw starts at θ̂, close to its optimum: BFGS takes over from scoring early (about 12% less time per draw). */
const DRAW_QUASI_NEWTON_FROM = 0.1;

/** Runs single bootstrap draws or jackknife fits of one setup (one per worker). */
export interface DrawRunner {
  /** Statistics per fit: K estimates followed by K std.all values. */
  readonly width: number;
  /** Total cases (jackknife fits). */
  readonly ntotal: number;
  /**
   * Fit bootstrap draw `index` (random stream (seed, index)) or, with `jackknife`, the sample without case `index`;
   * writes `width` statistics at `out[offset…]` (NaN when the fit fails).
   */
  run(index: number, seed: number, jackknife: boolean, out: Float64Array, offset: number): DrawStatus;
}

/**
 * Prepare the per-draw fast path: draw how often each complete case of a group is resampled, compute
 * N-denominator moments, refit by ML from θ̂ (no SEs, no fit measures), then read the estimates,
 * standardized solution and `:=` values. Nothing depends on which worker runs which draw.
 * Source: Efron & Tibshirani (1993), ch. 6 (nonparametric bootstrap, resampling within groups as lavaan's
 * `bootstrapLavaan(type = "ordinary")`); Quenouille–Tukey jackknife for BCa.
 * @param setup the bootstrap setup
 * @returns a runner
 * @example
 * const r = drawRunner(setup); r.run(0, 1, false, out, 0);
 */
export function drawRunner(setup: BootstrapSetup): DrawRunner {
  const { pt, thetaHat, targets, groupData, nobs } = setup;
  const p = setup.names.length, G = groupData.length;
  const K = targets.length;
  const ovx = exogenousCovariates({ pt } as MlSolution);
  const ntotal = nobs.reduce((a, b) => a + b, 0);
  const maxN = Math.max(...nobs);
  const counts = new Float64Array(maxN), d = new Float64Array(p);
  const varianceRows: number[] = [], corRows: number[] = [];
  targets.forEach((t, k) => {
    if (t.op !== "~~") return;
    if (t.lhs === t.rhs) varianceRows.push(k); else corRows.push(k);
  });
  // each group's data centred at its full-sample mean, so that a draw's moments are weighted sums of rows
  const centre = groupData.map((X, g) => {
    const n = nobs[g]!, mean = new Float64Array(p), Z = new Float64Array(n * p);
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) mean[j]! += X[i * p + j]!;
    for (let j = 0; j < p; j++) mean[j]! /= n;
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) Z[i * p + j] = X[i * p + j]! - mean[j]!;
    return { mean, Z };
  });
  // moments of a resample in which row r of group g appears counts[r] times (m rows in all):
  //   mean = x̄ + δ, δ = Σ c_r z_r / m;  cov = Σ c_r z_r z_rᵀ / m − δ δᵀ  (z_r = x_r − x̄)
  // The drawn rows are gathered column-major (Zc: z_r, Wc: c_r z_r) and each pass over them fills a 2 × 2 block
  // of the covariance in registers: the same products summed in the same row order as a row-by-row update.
  const Wc = new Float64Array(maxN * p), Zc = new Float64Array(maxN * p);
  const moments = (g: number, n: number, m: number, mean: Float64Array, cov: Float64Array): void => {
    const { Z } = centre[g]!;
    let k = 0;
    for (let r = 0; r < n; r++) if (counts[r]! !== 0) k++;
    let t = 0;
    for (let r = 0; r < n; r++) {
      const c = counts[r]!;
      if (c === 0) continue;
      const o = r * p;
      for (let a = 0; a < p; a++) { const z = Z[o + a]!; Zc[a * k + t] = z; Wc[a * k + t] = c * z; }
      t++;
    }
    for (let a = 0; a < p; a++) {
      let s = 0;
      for (let i = 0, o = a * k; i < k; i++) s += Wc[o + i]!;
      d[a] = s;
    }
    let a = 0;
    for (; a + 1 < p; a += 2) {
      const wa = a * k, wa1 = wa + k;
      for (let b = 0; b <= a; b += 2) {
        const zb = b * k, zb1 = zb + k;
        let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
        for (let i = 0; i < k; i++) {
          const xa = Wc[wa + i]!, xa1 = Wc[wa1 + i]!, xb = Zc[zb + i]!, xb1 = Zc[zb1 + i]!;
          s00 += xa * xb; s01 += xa * xb1; s10 += xa1 * xb; s11 += xa1 * xb1;
        }
        cov[a * p + b] = s00; cov[a * p + b + 1] = s01; cov[(a + 1) * p + b] = s10; cov[(a + 1) * p + b + 1] = s11;
      }
    }
    if (a < p) {
      const wa = a * k;
      for (let b = 0; b <= a; b++) {
        const zb = b * k;
        let s = 0;
        for (let i = 0; i < k; i++) s += Wc[wa + i]! * Zc[zb + i]!;
        cov[a * p + b] = s;
      }
    }
    for (let a = 0; a < p; a++) { d[a]! /= m; mean[a] = centre[g]!.mean[a]! + d[a]!; }
    for (let a = 0; a < p; a++) for (let b = 0; b <= a; b++) { const v = cov[a * p + b]! / m - d[a]! * d[b]!; cov[a * p + b] = v; cov[b * p + a] = v; }
  };
  // The representation depends on the sample only through fixed.x rows; without them one evaluator serves every
  // draw: its moment blocks read the buffers below, which each draw overwrites (the blocks' constant log|S| + p
  // then belongs to the full sample, which shifts F by a constant and changes neither θ̂ nor the gradient).
  const reuse = !pt.rows.some((r) => r.exo === 1);
  const bufCov = groupData.map(() => new Float64Array(p * p)), bufMean = groupData.map(() => new Float64Array(p));
  const sizes = nobs.slice();
  const shared: SampleStatistics = { names: setup.names, groups: setup.groupLabels, nobs: sizes, ntotal, cov: bufCov, mean: bufMean };
  let sharedRep: Representation | null = null, sharedEv: MlEvaluator | null = null;
  if (reuse) {
    // built on the full-sample moments, so every worker's evaluator carries the same constant
    for (let g = 0; g < G; g++) { counts.fill(1, 0, nobs[g]!); moments(g, nobs[g]!, nobs[g]!, bufMean[g]!, bufCov[g]!); }
    sharedRep = buildRepresentation(pt, shared);
    sharedEv = mlEvaluator(sharedRep, completeDataBlocks(shared));
  }
  const run = (index: number, seed: number, jackknife: boolean, out: Float64Array, offset: number): DrawStatus => {
    const rng = jackknife ? null : createRng(seed, index);
    let left = index;
    for (let g = 0; g < G; g++) {
      const n = nobs[g]!;
      let m = n;
      counts.fill(0, 0, n);
      if (rng !== null) for (let i = 0; i < n; i++) counts[rng.int(n)]!++;
      else {
        counts.fill(1, 0, n);
        if (left >= 0 && left < n) { counts[left] = 0; m = n - 1; }
        left -= n;
      }
      moments(g, n, m, bufMean[g]!, bufCov[g]!);
      sizes[g] = m;
    }
    const fail = (status: DrawStatus): DrawStatus => { out.fill(Number.NaN, offset, offset + 2 * K); return status; };
    let rep: Representation, ev: MlEvaluator, stats: SampleStatistics = shared;
    if (sharedEv !== null && !jackknife) {
      rep = sharedRep!; ev = sharedEv;
    } else {
      // jackknife fits change the group sizes (block weights), and fixed.x rows take the draw's moments
      stats = { ...shared, nobs: sizes.slice(), ntotal: sizes.reduce((a, b) => a + b, 0), cov: bufCov.map((c) => c.slice()), mean: bufMean.map((c) => c.slice()) };
      rep = buildRepresentation(pt, stats);
      ev = mlEvaluator(rep, completeDataBlocks(stats));
    }
    const res = fisherScoring(ev, thetaHat, { gradientTolerance: DRAW_GRADIENT_TOLERANCE, quasiNewtonThreshold: DRAW_QUASI_NEWTON_FROM });
    if (!res.converged || !Number.isFinite(res.fx)) return fail(DrawStatus.NotConverged); // ev is left at θ̂
    const sol = { pt, rep, stats, ev, theta: res.theta, fx: res.fx, df: 0, iterations: res.iterations, converged: true, maxGradient: res.maxGradient } as MlSolution;
    const est = rowEstimates(sol);
    const std = standardizedSolution(pt, rep, est, ev.implied, ovx);
    const defs = definedParameters(sol, est, std, null);
    for (let k = 0; k < K; k++) {
      const s = targets[k]!.source;
      if (s >= 0) { out[offset + k] = est[s]!; out[offset + K + k] = std.stdAll[s]!; }
      else { const d = defs[-1 - s]!; out[offset + k] = d.est; out[offset + K + k] = d.stdAll; }
    }
    for (const k of varianceRows) if (out[offset + k]! < 0) return DrawStatus.Inadmissible;
    for (const k of corRows) if (Math.abs(out[offset + K + k]!) > 1) return DrawStatus.Inadmissible;
    return DrawStatus.Ok;
  };
  return { width: 2 * K, ntotal, run };
}
