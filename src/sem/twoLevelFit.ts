import type { ModelSyntax } from "../syntax/types.ts";
import type { Dataset } from "../data/types.ts";
import type { ParRow, ParTable } from "../partable/types.ts";
import type { MlSolution } from "./estimateModel.ts";
import type { MlEvaluator } from "../estimate/mlEvaluator.ts";
import type { ParameterEstimate, SemFit } from "./types.ts";
import { clusterStatistics, type ClusterStatistics } from "../data/clusterStatistics.ts";
import { twoLevelLoglik } from "../estimate/twoLevelLoglik.ts";
import { bfgsNumeric } from "../estimate/bfgsNumeric.ts";
import { startValues } from "../partable/startValues.ts";
import { parameterRows } from "./parameterRows.ts";
import { twoLevelModel, levelMoments, type LevelModel, type TwoLevelModel } from "./twoLevelModel.ts";
import { twoLevelFitMeasures } from "./twoLevelFitMeasures.ts";
import { inverseRM } from "../linalg/inverseRM.ts";
import { semSummary } from "../report/semSummary.ts";
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
  const model = twoLevelModel(syntax, ds.names);
  const st = clusterStatistics(ds, model.ov, cluster);
  const p = st.p, N = st.n, J = st.nclusters;
  const loglik = (theta: Float64Array): number => {
    const w = levelMoments(model.within, theta), b = levelMoments(model.between, theta);
    return twoLevelLoglik(st, w.sigma, b.sigma, b.mu);
  };
  const sw = st.scatter.map((v) => v / (N - J));
  const start = new Float64Array(model.npar);
  start.set(startValues(model.within.pt, [permute(sw, model.within, p)], [new Float64Array(p)]), 0);
  start.set(startValues(model.between.pt, [permute(st.betweenCov, model.between, p)], [permuteVec(st.mean, model.between)]), model.between.offset);
  const fit = bfgsNumeric((t) => { const v = -loglik(t) / N; return Number.isFinite(v) ? v : Infinity; }, start, 1e-8, 2000);
  const theta = fit.x, logl = -fit.value * N;
  const warnings = [...extraWarnings];
  if (!fit.converged) warnings.push(message.twoLevelNotConverged("two-level model"));
  const vcov = observedVcov(loglik, theta);
  const h1 = saturated(st), base = baseline(st);
  if (!h1.converged) warnings.push(message.twoLevelNotConverged("unrestricted two-level model"));
  if (!base.converged) warnings.push(message.twoLevelNotConverged("two-level baseline model"));
  const W = levelMoments(model.within, theta), B = levelMoments(model.between, theta);
  let fm: Record<string, number> | undefined;
  const fitMeasures = (): Record<string, number> => (fm ??= twoLevelFitMeasures({
    n: N, p, npar: model.npar, logl, h1Logl: h1.logl, baselineLogl: base.logl, baselineNpar: 3 * p,
    within: { implied: W.sigma, h1: h1.sigmaW }, between: { implied: B.sigma, impliedMean: B.mu, h1: h1.sigmaB, h1Mean: h1.mu },
  }));
  let params: ParameterEstimate[] | undefined;
  const parameterEstimates = (): ParameterEstimate[] => (params ??= [
    ...levelRows(model.within, theta, vcov, model.npar, 1), ...levelRows(model.between, theta, vcov, model.npar, 2),
  ]);
  const partable = combinedTable(model);
  const refuse = (): never => { throw new ModelSpecificationError(message.twoLevelNoModindices); };
  const within = levelSolution(model.within, theta, null, N);
  const self: SemFit = {
    converged: fit.converged, iterations: fit.iterations, estimator: "ML", nobs: [N], ntotal: N, npar: model.npar, groups: [""],
    partable, theta, warnings, solution: within,
    parameterEstimates, standardizedSolution: () => parameterEstimates().filter((r) => r.op !== "r2"), fitMeasures,
    implied: () => [
      { group: "within", names: model.ov, cov: nested(W.sigma, p), mean: null },
      { group: "between", names: model.ov, cov: nested(B.sigma, p), mean: Array.from(B.mu) },
    ],
    residuals: refuse, modificationIndices: refuse,
    summary: (o = {}) => semSummary(self, o),
  };
  return self;
}

function nested(a: Float64Array, p: number): number[][] {
  return Array.from({ length: p }, (_, i) => Array.from(a.subarray(i * p, i * p + p)));
}

/** A matrix in the common order → a level's own order. */
function permute(S: Float64Array, lv: LevelModel, p: number): Float64Array {
  const out = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) out[a * p + b] = S[lv.ovIndex[a]! * p + lv.ovIndex[b]!]!;
  return out;
}

function permuteVec(v: Float64Array, lv: LevelModel): Float64Array {
  return Float64Array.from(lv.ovIndex, (i) => v[i]!);
}

/** The inverse of the observed information −∂²log L/∂θ∂θᵀ (central differences, steps 1e-4·max(1, |θ|)). */
function observedVcov(f: (t: Float64Array) => number, theta: Float64Array): Float64Array | null {
  const n = theta.length, H = new Float64Array(n * n), t = Float64Array.from(theta);
  const h = Array.from(theta, (v) => 1e-4 * Math.max(1, Math.abs(v)));
  const f0 = f(theta);
  for (let a = 0; a < n; a++) {
    t[a] = theta[a]! + h[a]!; const fp = f(t);
    t[a] = theta[a]! - h[a]!; const fm = f(t);
    t[a] = theta[a]!;
    H[a * n + a] = -(fp - 2 * f0 + fm) / (h[a]! * h[a]!);
    for (let b = 0; b < a; b++) {
      const at = (sa: number, sb: number): number => { t[a] = theta[a]! + sa * h[a]!; t[b] = theta[b]! + sb * h[b]!; const v = f(t); t[a] = theta[a]!; t[b] = theta[b]!; return v; };
      const v = -(at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * h[a]! * h[b]!);
      H[a * n + b] = v; H[b * n + a] = v;
    }
  }
  return inverseRM(H, n);
}

/** The unrestricted two-level model: Σ_W = L_W L_Wᵀ, Σ_B = L_B L_Bᵀ, μ free. */
function saturated(st: ClusterStatistics): { logl: number; sigmaW: Float64Array; sigmaB: Float64Array; mu: Float64Array; converged: boolean } {
  const p = st.p, k = p * (p + 1) / 2;
  const unpack = (x: Float64Array): [Float64Array, Float64Array, Float64Array] => [lowerProduct(x.subarray(0, k), p), lowerProduct(x.subarray(k, 2 * k), p), x.slice(2 * k)];
  const sw = st.scatter.map((v) => v / (st.n - st.nclusters));
  const x0 = new Float64Array(2 * k + p);
  x0.set(cholLower(sw, p), 0);
  x0.set(cholLower(st.betweenCov.map((v, i) => (i % (p + 1) === 0 ? Math.max(v * 0.5, 1e-3) : v * 0.5)), p), k);
  x0.set(st.mean, 2 * k);
  const r = bfgsNumeric((x) => { const [w, b, m] = unpack(x); const v = -twoLevelLoglik(st, w, b, m) / st.n; return Number.isFinite(v) ? v : Infinity; }, x0, 1e-7, 2000);
  const [sigmaW, sigmaB, mu] = unpack(r.x);
  return { logl: -r.value * st.n, sigmaW, sigmaB, mu, converged: r.converged };
}

/** The baseline model: Σ_W and Σ_B diagonal (variances as squares), μ free. */
function baseline(st: ClusterStatistics): { logl: number; converged: boolean } {
  const p = st.p, sw = st.scatter.map((v) => v / (st.n - st.nclusters));
  const x0 = new Float64Array(3 * p);
  for (let a = 0; a < p; a++) { x0[a] = Math.sqrt(sw[a * p + a]!); x0[p + a] = Math.sqrt(Math.max(st.betweenCov[a * p + a]! * 0.5, 1e-3)); x0[2 * p + a] = st.mean[a]!; }
  const diag = (x: Float64Array, o: number): Float64Array => { const D = new Float64Array(p * p); for (let a = 0; a < p; a++) D[a * p + a] = x[o + a]! ** 2; return D; };
  const r = bfgsNumeric((x) => { const v = -twoLevelLoglik(st, diag(x, 0), diag(x, p), x.slice(2 * p)) / st.n; return Number.isFinite(v) ? v : Infinity; }, x0, 1e-7, 2000);
  return { logl: -r.value * st.n, converged: r.converged };
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
function levelSolution(lv: LevelModel, theta: Float64Array, _vcov: Float64Array | null, n: number): MlSolution {
  levelMoments(lv, theta);
  const ev = { mats: lv.mats.map((m) => ({ ...m, lambda: Float64Array.from(m.lambda), theta: Float64Array.from(m.theta), psi: Float64Array.from(m.psi), beta: Float64Array.from(m.beta), nu: Float64Array.from(m.nu), alpha: Float64Array.from(m.alpha) })), implied: [lv.implied] } as unknown as MlEvaluator;
  const stats = { names: lv.pt.ov, groups: [""], nobs: [n], ntotal: n, norig: [n], cov: [new Float64Array(lv.rep.p * lv.rep.p)], mean: [new Float64Array(lv.rep.p)] };
  return {
    pt: lv.pt, rep: lv.rep, stats, ev, theta: theta.slice(lv.offset, lv.offset + lv.pt.npar), fx: NaN, df: NaN, iterations: 0,
    converged: true, maxGradient: NaN, blocks: [], fiml: false, chisq: NaN, logl: null, blockRows: null,
  };
}

/** parameterEstimates() rows of one level, with its block of the covariance of θ̂. */
function levelRows(lv: LevelModel, theta: Float64Array, vcov: Float64Array | null, npar: number, level: number): ParameterEstimate[] {
  const k = lv.pt.npar;
  let sub: Float64Array | null = null;
  if (vcov !== null) {
    sub = new Float64Array(k * k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) sub[a * k + b] = vcov[(lv.offset + a) * npar + lv.offset + b]!;
  }
  return parameterRows(levelSolution(lv, theta, sub, 0), sub).map((r) => ({ ...r, block: level }));
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
