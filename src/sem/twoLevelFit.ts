import type { ModelSyntax } from "../syntax/types.ts";
import type { Dataset } from "../data/types.ts";
import type { ParRow, ParTable } from "../partable/types.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import type { MlEvaluator } from "../estimate/mlEvaluator.ts";
import type { ParameterEstimate, SemFit } from "./types.ts";
import { clusterStatistics, type ClusterStatistics } from "../data/clusterStatistics.ts";
import { twoLevelLoglik } from "../estimate/twoLevelLoglik.ts";
import { bfgsNumeric, numericGradient } from "../estimate/bfgsNumeric.ts";
import { choleskyInPlace } from "../linalg/cholesky.ts";
import { startValues } from "../partable/startValues.ts";
import { parameterRows } from "../inference/parameterRows.ts";
import { twoLevelModel, levelMoments, type LevelModel, type TwoLevelModel } from "./twoLevelModel.ts";
import { twoLevelFitMeasures } from "./twoLevelFitMeasures.ts";
import { inverseRM } from "../linalg/inverseRM.ts";
import { semSummary } from "./semSummary.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Fits a two-level model (lavaan's `level: 1` / `level: 2` blocks with `cluster`) by maximum likelihood on complete
 * data: Σ_W from the within level, Σ_B and μ from the between level, the two-level normal likelihood
 * (`twoLevelLoglik`) maximized by BFGS; standard errors from the observed information (the Hessian of log L by
 * central differences, lavaan's default for two-level ML); χ² against the unrestricted two-level model and the
 * baseline model with diagonal Σ_W and Σ_B (both fitted the same way), with lavaan's fit measures.
 * Source: lavaan 0.6-14 (Rosseel 2012) two-level ML: lav_mvnorm_cluster, information = "observed".
 * @param syntax parsed model with two `level:` blocks
 * @param ds data set (rows with a missing value in the model's variables or the cluster column are dropped)
 * @param cluster the cluster column
 * @param extraWarnings warnings of earlier stages
 * @returns the fitted model; parameterEstimates() rows carry block = level (1 within, 2 between)
 * @throws ModelSpecificationError from `twoLevelModel`; DataError for a missing cluster column
 * @example
 * const fit = fitTwoLevel(parseModel(model), toDataset(csv), "cluster", []);
 */
export function fitTwoLevel(syntax: ModelSyntax, ds: Dataset, cluster: string, extraWarnings: readonly string[]): SemFit {
  let stats: ClusterStatistics | undefined;
  const model = twoLevelModel(syntax, ds.names, (ov, pw) => {
    const s0 = clusterStatistics(ds, ov.slice(0, pw), ov.slice(pw), cluster);
    stats = s0;
    const qq = ov.length, wc = new Float64Array(qq * qq);
    for (let a = 0; a < pw; a++) for (let b = 0; b < pw; b++) wc[a * qq + b] = s0.totalCov[a * pw + b]!;
    return { withinCov: wc, withinMean: s0.mean, betweenCov: s0.betweenCov, betweenMean: s0.mean };
  });
  const st = stats!;
  const p = st.p, q = model.ov.length, N = st.n, J = st.nclusters;
  const moments = (theta: Float64Array): { sigmaW: Float64Array; sigmaB: Float64Array; mu: Float64Array } => {
    const w = levelMoments(model.within, theta, q), b = levelMoments(model.between, theta, q);
    const sigmaW = new Float64Array(p * p);
    for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) sigmaW[a * p + c] = w.sigma[a * q + c]!;
    return { sigmaW, sigmaB: b.sigma, mu: w.mu.map((v, a) => v + b.mu[a]!) };
  };
  const loglik = (theta: Float64Array): number => {
    const m = moments(theta);
    return twoLevelLoglik(st, m.sigmaW, m.sigmaB, m.mu);
  };
  const sw = st.scatter.map((v) => v / (N - J));
  const start = new Float64Array(model.npar);
  start.set(startValues(model.within.pt, [permute(sw, model.within, p)], [permuteVec(st.mean, model.within)]), 0);
  start.set(startValues(model.between.pt, [permute(st.betweenCov, model.between, q)], [permuteVec(st.mean, model.between)]), model.between.offset);
  const bf = bfgsNumeric((t) => { const v = -loglik(t) / N; return Number.isFinite(v) ? v : Infinity; }, start, 1e-8, 200);
  const theta = newtonPolish(loglik, bf.x, 3);
  const gmax = numericGradient(loglik, theta).reduce((m, v) => Math.max(m, Math.abs(v)), 0) / N;
  const fit = { converged: bf.converged || gmax < 1e-7, iterations: bf.iterations };
  // lavaan's two-level logl leaves out the exogenous covariates' own likelihood (loglik.x)
  const exoIdx = new Set([model.within, model.between].flatMap((lv) => lv.pt.rows.filter((r) => r.exo === 1).flatMap((r) => [r.lhs, r.rhs]))
    .filter((v) => model.ov.includes(v)).map((v) => model.ov.indexOf(v)));
  const logLx = exogenousLoglik(st, exoIdx);
  const logl = loglik(theta) - logLx;
  const warnings = [...extraWarnings];
  if (!fit.converged) warnings.push(message.twoLevelNotConverged("two-level model"));
  const vcov = observedVcov(loglik, theta);
  const betweenIdx = [...model.both.map((v) => model.ov.indexOf(v)), ...Array.from({ length: q - p }, (_, k) => p + k)];
  const h1 = saturated(st, betweenIdx), base = baseline(st, betweenIdx, exoIdx);
  if (!h1.converged) warnings.push(message.twoLevelNotConverged("unrestricted two-level model"));
  if (!base.converged) warnings.push(message.twoLevelNotConverged("two-level baseline model"));
  const Mhat = moments(theta);
  const exoFixed = [model.within.pt, model.between.pt].reduce((k, pt) => k + pt.rows.filter((r) => r.exo === 1 && r.free === 0).length, 0);
  const nb = betweenIdx.length;
  let fm: Record<string, number> | undefined;
  const fitMeasures = (): Record<string, number> => (fm ??= twoLevelFitMeasures({
    n: N, npar: model.npar, logl, h1Logl: h1.logl - logLx, baselineLogl: base.logl - logLx, baselineNpar: base.npar,
    nstats: p * (p + 1) / 2 + nb * (nb + 1) / 2 + q - exoFixed,
    within: { implied: Mhat.sigmaW, h1: h1.sigmaW, idx: Array.from({ length: p }, (_, k) => k), p },
    between: { implied: Mhat.sigmaB, h1: h1.sigmaB, idx: model.between.ovIndex, p: q },
  }));
  let params: ParameterEstimate[] | undefined;
  const parameterEstimates = (): ParameterEstimate[] => (params ??= [
    ...levelRows(model.within, theta, vcov, model.npar, 1, q), ...levelRows(model.between, theta, vcov, model.npar, 2, q),
  ]);
  const partable = combinedTable(model);
  const refuse = (): never => { throw new ModelSpecificationError(message.twoLevelNoModindices); };
  const within = levelSolution(model.within, theta, q, N);
  const self: SemFit = {
    converged: fit.converged, iterations: fit.iterations, estimator: "ML", nobs: [N], ntotal: N, npar: model.npar, groups: [""],
    // every warning of a two-level fit (non-convergence, a non-positive-definite level matrix) is a problem
    partable, theta, warnings, problems: [...warnings], solution: within,
    parameterEstimates, standardizedSolution: () => parameterEstimates().filter((r) => r.op !== "r2"), fitMeasures,
    implied: () => [
      { group: "within", names: model.ov.slice(0, p), cov: nested(Mhat.sigmaW, p), mean: null },
      { group: "between", names: model.ov, cov: nested(Mhat.sigmaB, q), mean: Array.from(Mhat.mu) },
    ],
    residuals: refuse, modificationIndices: refuse,
    summary: (o = {}) => semSummary(self, o),
  };
  return self;
}

function nested(a: Float64Array, p: number): number[][] {
  return Array.from({ length: p }, (_, i) => Array.from(a.subarray(i * p, i * p + p)));
}

/** A matrix in the common order (q × q) → a level's own order. */
function permute(S: Float64Array, lv: LevelModel, q: number): Float64Array {
  const k = lv.ovIndex.length, out = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) out[a * k + b] = S[lv.ovIndex[a]! * q + lv.ovIndex[b]!]!;
  return out;
}

function permuteVec(v: Float64Array, lv: LevelModel): Float64Array {
  return Float64Array.from(lv.ovIndex, (i) => v[i]!);
}

/** Hessian of f by central differences (steps 1e-4·max(1, |θ|)). */
function hessian(f: (t: Float64Array) => number, theta: Float64Array): Float64Array {
  const n = theta.length, H = new Float64Array(n * n), t = Float64Array.from(theta);
  const h = Array.from(theta, (v) => 1e-4 * Math.max(1, Math.abs(v)));
  const f0 = f(theta);
  for (let a = 0; a < n; a++) {
    t[a] = theta[a]! + h[a]!; const fp = f(t);
    t[a] = theta[a]! - h[a]!; const fm = f(t);
    t[a] = theta[a]!;
    H[a * n + a] = (fp - 2 * f0 + fm) / (h[a]! * h[a]!);
    for (let b = 0; b < a; b++) {
      const at = (sa: number, sb: number): number => { t[a] = theta[a]! + sa * h[a]!; t[b] = theta[b]! + sb * h[b]!; const v = f(t); t[a] = theta[a]!; t[b] = theta[b]!; return v; };
      const v = (at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * h[a]! * h[b]!);
      H[a * n + b] = v; H[b * n + a] = v;
    }
  }
  return H;
}

/** The inverse of the observed information −∂²log L/∂θ∂θᵀ. */
function observedVcov(f: (t: Float64Array) => number, theta: Float64Array): Float64Array | null {
  return inverseRM(hessian(f, theta).map((v) => -v), theta.length);
}

/** The unrestricted two-level model: Σ_W = L_W L_Wᵀ over the within variables, Σ_B = L_B L_Bᵀ over the variables
 *  with a between part (`bidx`, common order; within-only rows stay 0), all means free. */
function saturated(st: ClusterStatistics, bidx: readonly number[]): { logl: number; sigmaW: Float64Array; sigmaB: Float64Array; mu: Float64Array; converged: boolean } {
  const p = st.p, q = p + st.pz, nb = bidx.length, kw = p * (p + 1) / 2, kb = nb * (nb + 1) / 2;
  const embed = (S: Float64Array): Float64Array => {
    const out = new Float64Array(q * q);
    for (let a = 0; a < nb; a++) for (let b = 0; b < nb; b++) out[bidx[a]! * q + bidx[b]!] = S[a * nb + b]!;
    return out;
  };
  const unpack = (x: Float64Array): [Float64Array, Float64Array, Float64Array] => [lowerProduct(x.subarray(0, kw), p), embed(lowerProduct(x.subarray(kw, kw + kb), nb)), x.slice(kw + kb)];
  const sw = st.scatter.map((v) => v / (st.n - st.nclusters));
  const sb = new Float64Array(nb * nb);
  for (let a = 0; a < nb; a++) for (let b = 0; b < nb; b++) sb[a * nb + b] = st.betweenCov[bidx[a]! * q + bidx[b]!]! * 0.5;
  for (let a = 0; a < nb; a++) sb[a * nb + a] = Math.max(sb[a * nb + a]!, 1e-3);
  const x0 = new Float64Array(kw + kb + q);
  x0.set(cholLower(sw, p), 0);
  x0.set(cholLower(sb, nb), kw);
  x0.set(st.mean, kw + kb);
  const r = bfgsNumeric((x) => { const [w, b, m] = unpack(x); const v = -twoLevelLoglik(st, w, b, m) / st.n; return Number.isFinite(v) ? v : Infinity; }, x0, 1e-7, 3000);
  const [sigmaW, sigmaB, mu] = unpack(r.x);
  return { logl: -r.value * st.n, sigmaW, sigmaB, mu, converged: r.converged };
}

/**
 * The baseline model (lavaan's independence model with fixed.x): exogenous covariates keep their sample moments
 * (`exo`, common order), every other variable has a within and (when it has a between part) a between variance,
 * no covariances, and a free mean.
 */
function baseline(st: ClusterStatistics, bidx: readonly number[], exo: ReadonlySet<number>): { logl: number; npar: number; converged: boolean } {
  const p = st.p, q = p + st.pz, sw = st.scatter.map((v) => v / (st.n - st.nclusters));
  const wv = Array.from({ length: p }, (_, a) => a).filter((a) => !exo.has(a));
  const bv = bidx.filter((a) => !exo.has(a));
  const mv = Array.from({ length: q }, (_, a) => a).filter((a) => !exo.has(a));
  const W0 = new Float64Array(p * p), B0 = new Float64Array(q * q), m0 = Float64Array.from(st.mean);
  for (const a of exo) for (const b of exo) {
    if (a < p && b < p) W0[a * p + b] = st.totalCov[a * p + b]!;
    if (a >= p && b >= p) B0[a * q + b] = st.betweenCov[a * q + b]!;
  }
  const x0 = new Float64Array(wv.length + bv.length + mv.length);
  wv.forEach((a, k) => { x0[k] = Math.sqrt(sw[a * p + a]!); });
  bv.forEach((a, k) => { x0[wv.length + k] = Math.sqrt(Math.max(st.betweenCov[a * q + a]! * 0.5, 1e-3)); });
  mv.forEach((a, k) => { x0[wv.length + bv.length + k] = st.mean[a]!; });
  const unpack = (x: Float64Array): [Float64Array, Float64Array, Float64Array] => {
    const W = Float64Array.from(W0), B = Float64Array.from(B0), m = Float64Array.from(m0);
    wv.forEach((a, k) => { W[a * p + a] = x[k]! ** 2; });
    bv.forEach((a, k) => { B[a * q + a] = x[wv.length + k]! ** 2; });
    mv.forEach((a, k) => { m[a] = x[wv.length + bv.length + k]!; });
    return [W, B, m];
  };
  const r = bfgsNumeric((x) => { const [w, b, m] = unpack(x); const v = -twoLevelLoglik(st, w, b, m) / st.n; return Number.isFinite(v) ? v : Infinity; }, x0, 1e-7, 2000);
  return { logl: -r.value * st.n, npar: x0.length, converged: r.converged };
}

/** The log-likelihood of the exogenous covariates at their sample moments (lavaan's loglik.x, which its two-level
 *  logl leaves out): within-only ones over the N cases, between-only ones over the J clusters. */
function exogenousLoglik(st: ClusterStatistics, exo: ReadonlySet<number>): number {
  const p = st.p, q = p + st.pz;
  const part = (idx: number[], S: Float64Array, dim: number, n: number): number => {
    const k = idx.length;
    if (k === 0) return 0;
    const M = new Float64Array(k * k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) M[a * k + b] = S[idx[a]! * dim + idx[b]!]!;
    const L = Float64Array.from(M);
    if (!choleskyInPlace(L, k)) return NaN;
    let logdet = 0;
    for (let a = 0; a < k; a++) logdet += 2 * Math.log(L[a * k + a]!);
    return -0.5 * n * (k * Math.log(2 * Math.PI) + logdet + k);
  };
  const w = [...exo].filter((a) => a < p).sort((a, b) => a - b), z = [...exo].filter((a) => a >= p).sort((a, b) => a - b);
  return part(w, st.totalCov, p, st.n) + part(z, st.betweenCov, q, st.nclusters);
}

/** A few Newton steps on log L with the central-difference Hessian, after BFGS (quadratic convergence at the end). */
function newtonPolish(f: (t: Float64Array) => number, theta: Float64Array, steps: number): Float64Array {
  let x = theta;
  for (let s = 0; s < steps; s++) {
    const H = hessian(f, x), g = numericGradient(f, x);
    const Hi = inverseRM(H, x.length);
    if (Hi === null) break;
    const next = x.map((v, a) => { let d = 0; for (let b = 0; b < x.length; b++) d += Hi[a * x.length + b]! * g[b]!; return v - d; });
    if (!(f(next) >= f(x) - 1e-9 * Math.abs(f(x)))) break;
    x = next;
  }
  return x;
}

function lowerProduct(x: Float64Array, p: number): Float64Array {
  const L = new Float64Array(p * p);
  let k = 0;
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) L[i * p + j] = x[k++]!;
  const S = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) { let v = 0; for (let c = 0; c < p; c++) v += L[a * p + c]! * L[b * p + c]!; S[a * p + b] = v; }
  return S;
}

function cholLower(S: Float64Array, p: number): Float64Array {
  const L = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) {
    let v = S[i * p + j]!;
    for (let k = 0; k < j; k++) v -= L[i * p + k]! * L[j * p + k]!;
    L[i * p + j] = i === j ? Math.sqrt(Math.max(v, 1e-6)) : v / L[j * p + j]!;
  }
  const out: number[] = [];
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) out.push(L[i * p + j]!);
  return Float64Array.from(out);
}

/** A level's solution in the shape `parameterRows` reads (matrices and implied moments at θ). */
function levelSolution(lv: LevelModel, theta: Float64Array, q: number, n: number): MlSolution {
  levelMoments(lv, theta, q);
  const ev = { mats: lv.mats.map((m) => ({ ...m, lambda: Float64Array.from(m.lambda), theta: Float64Array.from(m.theta), psi: Float64Array.from(m.psi), beta: Float64Array.from(m.beta), nu: Float64Array.from(m.nu), alpha: Float64Array.from(m.alpha) })), implied: [lv.implied] } as unknown as MlEvaluator;
  const stats = { names: lv.pt.ov, groups: [""], nobs: [n], ntotal: n, norig: [n], cov: [new Float64Array(lv.rep.p * lv.rep.p)], mean: [new Float64Array(lv.rep.p)] };
  return {
    pt: lv.pt, rep: lv.rep, stats, ev, theta: theta.slice(lv.offset, lv.offset + lv.pt.npar), fx: NaN, df: NaN, iterations: 0,
    converged: true, maxGradient: NaN, blocks: [], fiml: false, chisq: NaN, logl: null, blockRows: null,
  };
}

/** parameterEstimates() rows of one level, with its block of the covariance of θ̂. */
function levelRows(lv: LevelModel, theta: Float64Array, vcov: Float64Array | null, npar: number, level: number, q: number): ParameterEstimate[] {
  const k = lv.pt.npar;
  let sub: Float64Array | null = null;
  if (vcov !== null) {
    sub = new Float64Array(k * k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) sub[a * k + b] = vcov[(lv.offset + a) * npar + lv.offset + b]!;
  }
  return parameterRows(levelSolution(lv, theta, q, 0), sub).map((r) => ({ ...r, block: level }));
}

/** Both levels' rows in one table (block = level, free indices of the between level after the within level's). */
function combinedTable(model: TwoLevelModel): ParTable {
  const shift = (r: ParRow, level: number, offset: number, id: number): ParRow => ({
    ...r, id, block: level, free: r.free > 0 ? r.free + offset : 0, plabel: `.p${id}.`,
  });
  const rows: ParRow[] = [];
  for (const r of model.within.pt.rows) rows.push(shift(r, 1, 0, rows.length + 1));
  for (const r of model.between.pt.rows) rows.push(shift(r, 2, model.within.pt.npar, rows.length + 1));
  return { ...model.within.pt, rows, npar: model.npar, nfreeRows: model.npar, lv: [...model.within.pt.lv, ...model.between.pt.lv] };
}
