import type { ParTable, ParRow } from "../partable/types.ts";
import type { Dataset } from "../data/types.ts";
import type { MlSolution } from "./estimateModel.ts";
import type { OrdinalSolution } from "./fitOrdinal.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { conditionalStatistics, type ConditionalStatistics } from "../ordinal/conditionalStatistics.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments } from "../representation/impliedMoments.ts";
import type { Representation } from "../representation/types.ts";
import { objectives } from "../estimate/objectives.ts";
import { completeDataBlocks } from "../estimate/momentBlocks.ts";
import { startValues } from "../partable/startValues.ts";
import { dwlsInference, type DwlsInference } from "../inference/dwlsInference.ts";
import { inverseRM } from "../linalg/inverseRM.ts";
import { EstimationError } from "../errors.ts";
import { message } from "../messages.ts";

/** The model-implied conditional.x statistics σ(θ) and the residual variances of the latent responses. */
interface ConditionalModel {
  readonly sigma: (theta: Float64Array) => { sigma: Float64Array; residual: Float64Array };
}

/**
 * Fits a model of ordinal indicators with observed exogenous covariates by DWLS on lavaan's conditional.x
 * statistics (thresholds, probit slopes, residual polychoric correlations; `conditionalStatistics`), as lavaan
 * 0.6-14's WLSMV does by default when a model has exogenous covariates (delta parameterization: the latent
 * responses have unit variance given x). The model's joint moments of (y*, x) come from the usual LISREL matrices
 * with the covariates' moments fixed at their sample values; the implied statistics are the regression of y* on x,
 * Π = Σ_yx Σ_xx⁻¹, the conditional correlations Σ_yy − Π Σ_xy (residual variances 1 − diag of the structured part),
 * and the thresholds minus the conditional intercepts. θ minimizes Σ w_k (s_k − σ_k(θ))² by Gauss–Newton with step
 * halving (Δ by central differences; at most 200 iterations); χ² = (N − 1)·F, sandwich SEs and the scaled-shifted
 * test from `dwlsInference`.
 * Source: Muthén (1984); lavaan 0.6-14 (conditional.x = TRUE, lav_model_implied_cond, estimator DWLS).
 * @param pt parameter table built with `ordered` (thresholds of the ordinal indicators, fixed.x covariates)
 * @param ds data set (listwise deletion over the model's observed variables)
 * @returns the solution in the shape of the ordinal fit
 * @throws EstimationError when some observed variable other than the covariates is continuous, or on several groups
 * @example
 * const o = fitConditional(pt, ds); o.sol.chisq;
 */
export function fitConditional(pt: ParTable, ds: Dataset): OrdinalSolution {
  const ovX = pt.classes?.ovX ?? [];
  const ord = new Set(pt.classes?.ovOrd ?? []);
  const ys = pt.ov.filter((v) => !ovX.includes(v));
  if (ys.some((v) => !ord.has(v)) || pt.groups.length > 1) throw new EstimationError(message.wlsmvConditionalScope);
  const M = numericMatrix(ds, pt.ov, { missing: "listwise" });
  const n = M.n, pAll = pt.ov.length, p = ys.length, q = ovX.length;
  const yIdx = ys.map((v) => pt.ov.indexOf(v)), xIdx = ovX.map((v) => pt.ov.indexOf(v));
  // category codes from the sorted observed values of each ordinal variable
  const codes = new Uint8Array(n * p), ncat: number[] = [];
  yIdx.forEach((c, j) => {
    const levels = [...new Set(Array.from({ length: n }, (_, i) => M.data[i * pAll + c]!))].sort((a, b) => a - b);
    ncat.push(levels.length);
    for (let i = 0; i < n; i++) codes[i * p + j] = levels.indexOf(M.data[i * pAll + c]!);
  });
  const X = new Float64Array(n * q);
  for (let i = 0; i < n; i++) xIdx.forEach((c, k) => { X[i * q + k] = M.data[i * pAll + c]!; });
  const cs = conditionalStatistics(codes, ncat, X, n, p, q, ys);
  const stats = jointMoments(pt, cs, X, yIdx, xIdx, n, ds.n);
  const rep = buildRepresentation(pt, stats);
  const model = conditionalModel(pt, rep, cs, yIdx, xIdx);
  const w = cs.wlsVdiag, s = cs.wlsObs, ns = s.length, npar = pt.npar;
  const F = (theta: Float64Array): number => {
    const sig = model.sigma(theta).sigma;
    let f = 0;
    for (let k = 0; k < ns; k++) f += w[k]! * (s[k]! - sig[k]!) ** 2;
    return f;
  };
  const jac = (theta: Float64Array): Float64Array => {
    const J = new Float64Array(ns * npar), t = Float64Array.from(theta);
    for (let a = 0; a < npar; a++) {
      const h = 1e-6 * Math.max(1, Math.abs(theta[a]!));
      t[a] = theta[a]! + h; const up = model.sigma(t).sigma;
      t[a] = theta[a]! - h; const dn = model.sigma(t).sigma;
      t[a] = theta[a]!;
      for (let k = 0; k < ns; k++) J[k * npar + a] = (up[k]! - dn[k]!) / (2 * h);
    }
    return J;
  };
  // start: ordinary start values from the joint moments, thresholds at their sample values
  let theta = startValues(pt, stats.cov, stats.mean);
  let th = 0;
  for (const r of pt.rows) if (r.op === "|") { if (r.free > 0) theta[r.free - 1] = s[th]!; th++; }
  let f = F(theta), iterations = 0, converged = false, maxGradient = Infinity;
  for (; iterations < 200; iterations++) {
    const J = jac(theta), sig = model.sigma(theta).sigma;
    const E = new Float64Array(npar * npar), g = new Float64Array(npar);
    for (let k = 0; k < ns; k++) {
      const r = w[k]! * (s[k]! - sig[k]!);
      for (let a = 0; a < npar; a++) {
        const ja = J[k * npar + a]!;
        if (ja === 0) continue;
        g[a] = g[a]! + ja * r;
        for (let b = 0; b < npar; b++) E[a * npar + b] = E[a * npar + b]! + w[k]! * ja * J[k * npar + b]!;
      }
    }
    maxGradient = Math.max(...g.map(Math.abs));
    if (maxGradient < 1e-9) { converged = true; break; }
    const Ei = inverseRM(E, npar);
    if (Ei === null) break;
    const step = new Float64Array(npar);
    for (let a = 0; a < npar; a++) { let v = 0; for (let b = 0; b < npar; b++) v += Ei[a * npar + b]! * g[b]!; step[a] = v; }
    let t = 1, moved = false;
    for (let h = 0; h < 30; h++, t /= 2) {
      const trial = theta.map((v, a) => v + t * step[a]!);
      const ft = F(trial);
      if (ft <= f) { theta = trial; f = ft; moved = true; break; }
    }
    if (!moved) { converged = maxGradient < 1e-6; break; }
  }
  const { sigma: sigmaHat, residual } = model.sigma(theta);
  const J = jac(theta);
  // the latent responses' residual variances, written into Θ for reporting
  const ysSet = new Map(ys.map((v, j) => [v, j] as const));
  const rows: ParRow[] = pt.rows.map((r) => (r.op === "~~" && r.lhs === r.rhs && ysSet.has(r.lhs) && r.free === 0 ? { ...r, ustart: residual[ysSet.get(r.lhs)!]! } : r));
  const ptOut: ParTable = { ...pt, rows };
  const repOut = buildRepresentation(ptOut, stats);
  const ev = objectives.ML(repOut, completeDataBlocks(stats), stats);
  ev.objective(theta);
  const G = 1;
  const sol: MlSolution = {
    pt: ptOut, rep: repOut, stats, ev, theta, fx: f, df: ns - npar, iterations, converged, maxGradient,
    blocks: [], fiml: false, chisq: (n - G) * f, logl: null, blockRows: null,
  };
  const group = { label: "", nobs: n, thresholds: cs.thresholds, correlation: cs.correlation, wlsObs: s, gamma: cs.gamma, wlsVdiag: w, emptyCellPairs: [], patterns: 0 };
  let inference: DwlsInference | undefined;
  const warnings = cs.notConverged.map((v) => message.wlsmvConditionalNotConverged(v));
  return {
    sol, ev: { sigmas: [sigmaHat], jacobians: [J] } as unknown as OrdinalSolution["ev"],
    ordinal: { ...group, names: ys, nth: cs.nth, groups: [group], groupLabels: [""], warnings: [] } as unknown as OrdinalSolution["ordinal"],
    get inference() { return (inference ??= dwlsInference([{ jacobian: J, weights: w, gamma: cs.gamma, nobs: n }], npar)); },
    warnings,
  };
}

/** Joint moments of (y*, x) in pt.ov order: the covariates' sample moments (N − 1 denominators, as lavaan's cov.x), the latent responses'
 *  structure implied by the statistics (R + Π S_xx Πᵀ, Π S_xx), for the fixed.x rows and the start values. */
function jointMoments(pt: ParTable, cs: ConditionalStatistics, X: Float64Array, yIdx: readonly number[], xIdx: readonly number[], n: number, norig: number) {
  const p = pt.ov.length, py = yIdx.length, q = xIdx.length;
  const mx = new Float64Array(q), Sxx = new Float64Array(q * q);
  for (let i = 0; i < n; i++) for (let k = 0; k < q; k++) mx[k] = mx[k]! + X[i * q + k]! / n;
  for (let i = 0; i < n; i++) for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) Sxx[a * q + b] = Sxx[a * q + b]! + (X[i * q + a]! - mx[a]!) * (X[i * q + b]! - mx[b]!) / (n - 1);
  const cov = new Float64Array(p * p), mean = new Float64Array(p);
  const PiS = new Float64Array(py * q);
  for (let j = 0; j < py; j++) for (let b = 0; b < q; b++) { let v = 0; for (let a = 0; a < q; a++) v += cs.slopes[j * q + a]! * Sxx[a * q + b]!; PiS[j * q + b] = v; }
  for (let i = 0; i < py; i++) for (let j = 0; j < py; j++) {
    let v = cs.correlation[i * py + j]!;
    for (let b = 0; b < q; b++) v += PiS[i * q + b]! * cs.slopes[j * q + b]!;
    cov[yIdx[i]! * p + yIdx[j]!] = v;
  }
  for (let j = 0; j < py; j++) for (let b = 0; b < q; b++) { cov[yIdx[j]! * p + xIdx[b]!] = PiS[j * q + b]!; cov[xIdx[b]! * p + yIdx[j]!] = PiS[j * q + b]!; }
  for (let a = 0; a < q; a++) { mean[xIdx[a]!] = mx[a]!; for (let b = 0; b < q; b++) cov[xIdx[a]! * p + xIdx[b]!] = Sxx[a * q + b]!; }
  return { names: pt.ov, groups: pt.groups, nobs: [n], ntotal: n, norig: [norig], cov: [cov], mean: [mean] };
}

function conditionalModel(pt: ParTable, rep: Representation, cs: ConditionalStatistics, yIdx: readonly number[], xIdx: readonly number[]): ConditionalModel {
  const p = rep.p, m = rep.m, py = yIdx.length, q = xIdx.length, nth = cs.nth;
  const mats = allocateMatrices(rep), imp = allocateImplied(p, m);
  const thRows = pt.rows.filter((r) => r.op === "|");
  const thVar = thRows.map((r) => yIdx.indexOf(pt.ov.indexOf(r.lhs)));
  const ns = cs.wlsObs.length;
  return {
    sigma: (theta) => {
      fillMatrices(rep, theta, mats);
      const g = mats[0]!;
      for (const j of yIdx) g.theta[j * p + j] = 0;
      impliedMoments(g, p, m, rep.hasBeta, imp);
      const S = imp.sigma, mu = imp.mu;
      const Sxx = new Float64Array(q * q);
      for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) Sxx[a * q + b] = S[xIdx[a]! * p + xIdx[b]!]!;
      const Sxxi = inverseRM(Sxx, q)!;
      const Pi = new Float64Array(py * q);
      for (let j = 0; j < py; j++) for (let b = 0; b < q; b++) {
        let v = 0;
        for (let a = 0; a < q; a++) v += S[yIdx[j]! * p + xIdx[a]!]! * Sxxi[a * q + b]!;
        Pi[j * q + b] = v;
      }
      const out = new Float64Array(ns), residual = new Float64Array(py);
      const cond = (i: number, j: number): number => {
        let v = S[yIdx[i]! * p + yIdx[j]!]!;
        for (let a = 0; a < q; a++) v -= Pi[i * q + a]! * S[xIdx[a]! * p + yIdx[j]!]!;
        return v;
      };
      for (let j = 0; j < py; j++) residual[j] = 1 - cond(j, j);
      const intercept = new Float64Array(py);
      for (let j = 0; j < py; j++) {
        let v = mu[yIdx[j]!]!;
        for (let a = 0; a < q; a++) v -= Pi[j * q + a]! * mu[xIdx[a]!]!;
        intercept[j] = v;
      }
      thRows.forEach((r, t) => {
        const tau = r.free > 0 ? theta[r.free - 1]! : r.ustart;
        out[t] = tau - intercept[thVar[t]!]!;
      });
      for (let a = 0; a < q; a++) for (let j = 0; j < py; j++) out[nth + a * py + j] = Pi[j * q + a]!;
      let k = nth + py * q;
      for (let j = 0; j < py - 1; j++) for (let i = j + 1; i < py; i++) out[k++] = cond(i, j);
      return { sigma: out, residual };
    },
  };
}
