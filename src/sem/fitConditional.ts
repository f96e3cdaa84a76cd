import type { ParTable, ParRow } from "../partable/types.ts";
import type { Dataset } from "../data/types.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import type { OrdinalSolution, OrdinalRowGroups } from "./fitOrdinal.ts";
import { wlsmvRows } from "./wlsmvRows.ts";
import { rowTotals } from "./rowTotals.ts";
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
 * and the thresholds minus the conditional intercepts. θ minimizes Σ_g (N_g − 1)/(N − G) Σ_k w_k (s_k − σ_k(θ))² by
 * Gauss–Newton with step halving (Δ by central differences; at most 200 iterations); χ² = (N − G)·F, sandwich SEs
 * and the scaled-shifted test from `dwlsInference`.
 * Source: Muthén (1984); lavaan 0.6-14 (conditional.x = TRUE, lav_model_implied_cond, estimator DWLS).
 * @param pt parameter table built with `ordered` (thresholds of the ordinal indicators, fixed.x covariates)
 * @param ds data set (listwise deletion over the model's observed variables)
 * @param groups group membership of the rows (with several groups)
 * @returns the solution in the shape of the ordinal fit
 * @throws EstimationError when some observed variable other than the covariates is continuous
 * @example
 * const o = fitConditional(pt, ds); o.sol.chisq;
 */
export function fitConditional(pt: ParTable, ds: Dataset, groups?: OrdinalRowGroups): OrdinalSolution {
  const ovX = pt.classes?.ovX ?? [];
  const ord = new Set(pt.classes?.ovOrd ?? []);
  const ys = pt.ov.filter((v) => !ovX.includes(v));
  if (ys.some((v) => !ord.has(v))) throw new EstimationError(message.wlsmvConditionalScope);
  const { data, n, index } = wlsmvRows(pt, ds, groups);
  const pAll = pt.ov.length, p = ys.length, q = ovX.length, G = pt.groups.length;
  const yIdx = ys.map((v) => pt.ov.indexOf(v)), xIdx = ovX.map((v) => pt.ov.indexOf(v));
  // category codes from the sorted observed values of each ordinal variable (the same categories in every group)
  const levels = yIdx.map((c) => [...new Set(Array.from({ length: n }, (_, i) => data[i * pAll + c]!))].sort((a, b) => a - b));
  const ncat = levels.map((l) => l.length);
  const rowsOf = Array.from({ length: G }, (_, g) => Array.from({ length: n }, (_, i) => i).filter((i) => (index === undefined ? 0 : index[i]!) === g));
  const css = rowsOf.map((rows) => {
    const ng = rows.length, codes = new Uint8Array(ng * p), X = new Float64Array(ng * q);
    rows.forEach((i, r) => {
      yIdx.forEach((c, j) => { codes[r * p + j] = levels[j]!.indexOf(data[i * pAll + c]!); });
      xIdx.forEach((c, k) => { X[r * q + k] = data[i * pAll + c]!; });
    });
    return { cs: conditionalStatistics(codes, ncat, X, ng, p, q, ys), X, n: ng };
  });
  const moments = css.map(({ cs, X, n: ng }) => jointMoments(pt, cs, X, yIdx, xIdx, ng));
  const stats = {
    names: pt.ov, groups: pt.groups, nobs: css.map((c) => c.n), ntotal: n, norig: rowTotals(ds.n, G, groups?.rowGroup),
    cov: moments.map((m) => m.cov), mean: moments.map((m) => m.mean),
  };
  const rep = buildRepresentation(pt, stats);
  const models = css.map(({ cs }, g) => conditionalModel(pt, rep, cs, yIdx, xIdx, g));
  const scale = css.map((c) => (c.n - 1) / (n - G));
  const npar = pt.npar;
  const F = (theta: Float64Array): number => {
    let f = 0;
    models.forEach((model, g) => {
      const sig = model.sigma(theta).sigma, { wlsVdiag: w, wlsObs: s } = css[g]!.cs;
      let fg = 0;
      for (let k = 0; k < s.length; k++) fg += w[k]! * (s[k]! - sig[k]!) ** 2;
      f += scale[g]! * fg;
    });
    return f;
  };
  const jac = (theta: Float64Array, g: number): Float64Array => {
    const ns = css[g]!.cs.wlsObs.length, J = new Float64Array(ns * npar), t = Float64Array.from(theta);
    for (let a = 0; a < npar; a++) {
      const h = 1e-6 * Math.max(1, Math.abs(theta[a]!));
      t[a] = theta[a]! + h; const up = models[g]!.sigma(t).sigma;
      t[a] = theta[a]! - h; const dn = models[g]!.sigma(t).sigma;
      t[a] = theta[a]!;
      for (let k = 0; k < ns; k++) J[k * npar + a] = (up[k]! - dn[k]!) / (2 * h);
    }
    return J;
  };
  // start: ordinary start values from the joint moments, thresholds at their sample values
  let theta = startValues(pt, stats.cov, stats.mean);
  const thCount = new Array<number>(G).fill(0);
  for (const r of pt.rows) if (r.op === "|") { const g = r.group - 1; if (r.free > 0) theta[r.free - 1] = css[g]!.cs.wlsObs[thCount[g]!]!; thCount[g]!++; }
  let f = F(theta), iterations = 0, converged = false, maxGradient = Infinity;
  for (; iterations < 200; iterations++) {
    const E = new Float64Array(npar * npar), grad = new Float64Array(npar);
    models.forEach((model, g) => {
      const J = jac(theta, g), sig = model.sigma(theta).sigma, { wlsVdiag: w, wlsObs: s } = css[g]!.cs;
      for (let k = 0; k < s.length; k++) {
        const r = scale[g]! * w[k]! * (s[k]! - sig[k]!), wk = scale[g]! * w[k]!;
        for (let a = 0; a < npar; a++) {
          const ja = J[k * npar + a]!;
          if (ja === 0) continue;
          grad[a] = grad[a]! + ja * r;
          for (let b = 0; b < npar; b++) E[a * npar + b] = E[a * npar + b]! + wk * ja * J[k * npar + b]!;
        }
      }
    });
    maxGradient = grad.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    if (maxGradient < 1e-9) { converged = true; break; }
    const Ei = inverseRM(E, npar);
    if (Ei === null) break;
    const step = new Float64Array(npar);
    for (let a = 0; a < npar; a++) { let v = 0; for (let b = 0; b < npar; b++) v += Ei[a * npar + b]! * grad[b]!; step[a] = v; }
    let t = 1, moved = false;
    for (let h = 0; h < 30; h++, t /= 2) {
      const trial = theta.map((v, a) => v + t * step[a]!);
      const ft = F(trial);
      if (ft <= f) { theta = trial; f = ft; moved = true; break; }
    }
    if (!moved) { converged = maxGradient < 1e-6; break; }
  }
  const fitted = models.map((m) => m.sigma(theta));
  const jacobians = models.map((_, g) => jac(theta, g));
  // the latent responses' residual variances, written into Θ for reporting
  const ysSet = new Map(ys.map((v, j) => [v, j] as const));
  const rows: ParRow[] = pt.rows.map((r) => (r.op === "~~" && r.lhs === r.rhs && r.group > 0 && ysSet.has(r.lhs) && r.free === 0
    ? { ...r, ustart: fitted[r.group - 1]!.residual[ysSet.get(r.lhs)!]! } : r));
  const ptOut: ParTable = { ...pt, rows };
  const repOut = buildRepresentation(ptOut, stats);
  const ev = objectives.ML(repOut, completeDataBlocks(stats), stats);
  ev.objective(theta);
  const ns = css.reduce((a, c) => a + c.cs.wlsObs.length, 0);
  const sol: MlSolution = {
    pt: ptOut, rep: repOut, stats, ev, theta, fx: f, df: ns - npar, iterations, converged, maxGradient,
    blocks: [], fiml: false, chisq: (n - G) * f, logl: null, blockRows: null,
  };
  const og = css.map(({ cs, n: ng }, g) => ({
    label: pt.groups[g]!, nobs: ng, thresholds: cs.thresholds, correlation: cs.correlation, wlsObs: cs.wlsObs, gamma: cs.gamma,
    wlsVdiag: cs.wlsVdiag, emptyCellPairs: [], patterns: 0,
  }));
  let inference: DwlsInference | undefined;
  const warnings = css.flatMap(({ cs }) => cs.notConverged.map((v) => message.wlsmvConditionalNotConverged(v)));
  return {
    sol, ev: { sigmas: fitted.map((x) => x.sigma), jacobians } as unknown as OrdinalSolution["ev"],
    ordinal: { ...og[0]!, names: ys, nth: css[0]!.cs.nth, groups: og, groupLabels: [...pt.groups], warnings: [] } as unknown as OrdinalSolution["ordinal"],
    get inference() {
      return (inference ??= dwlsInference(og.map((g, k) => ({ jacobian: jacobians[k]!, weights: g.wlsVdiag, gamma: g.gamma, nobs: g.nobs })), npar));
    },
    warnings,
  };
}

/** Joint moments of (y*, x) in pt.ov order: the covariates' sample moments (N − 1 denominators, as lavaan's cov.x), the latent responses'
 *  structure implied by the statistics (R + Π S_xx Πᵀ, Π S_xx), for the fixed.x rows and the start values. */
function jointMoments(pt: ParTable, cs: ConditionalStatistics, X: Float64Array, yIdx: readonly number[], xIdx: readonly number[], n: number): { cov: Float64Array; mean: Float64Array } {
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
  return { cov, mean };
}

function conditionalModel(pt: ParTable, rep: Representation, cs: ConditionalStatistics, yIdx: readonly number[], xIdx: readonly number[], group: number): ConditionalModel {
  const p = rep.p, m = rep.m, py = yIdx.length, q = xIdx.length, nth = cs.nth;
  const mats = allocateMatrices(rep), imp = allocateImplied(p, m);
  const thRows = pt.rows.filter((r) => r.op === "|" && r.group === group + 1);
  const thVar = thRows.map((r) => yIdx.indexOf(pt.ov.indexOf(r.lhs)));
  const ns = cs.wlsObs.length;
  return {
    sigma: (theta) => {
      fillMatrices(rep, theta, mats);
      const g = mats[group]!;
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
