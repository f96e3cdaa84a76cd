/**
 * Starting values for θ from the sample moments (lavaan's `start = "default"`, improved).
 */
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { oneFactorStart } from "./oneFactorStart.ts";
import type { ParRow, ParTable } from "./types.ts";
import { checkFields, checkShape } from "../options/checkArg.ts";

const isParam = (r: ParRow): boolean => r.group > 0;

/**
 * Starting values of the free parameters, one per θ element.
 *
 * Per group, as lavaan's `lav_start()`: loadings by FABIN 3 per factor (Hägglund, 1982;
 * three-indicator closed form below four indicators), rescaled to the factor's fixed loading
 * (or to unit factor variance with std.lv); residual variances 0.5 × sample variance;
 * intercepts = sample means; (co)variances of exogenous covariates (ov.x) = sample values; regressions 0
 * (observed-only models: OLS, lavaan ≥ 0.6-10). Improvements over lavaan's 0.05 latent
 * variances: the factor variance from the same one-factor solution (single indicator:
 * variance minus the fixed residual), and latent covariances from the markers' covariance
 * (correlation bounded by 0.9). User `start()` / fixed values win. Rows sharing a θ index take
 * the first row's value.
 *
 * Source: lavaan 0.6-14 R/lav_start.R; Hägglund (1982), Psychometrika 47, 209–222.
 *
 * @param pt - Parameter table from `buildParTable`.
 * @param sampleCov - Per group, the p×p sample covariance (row-major, `pt.ov` order).
 * @param sampleMean - Per group, the p sample means (may be empty without a mean structure).
 * @returns θ₀ (length `pt.npar`).
 * @throws OptionError when a covariance matrix does not have p × p values.; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const theta0 = startValues(pt, stats.cov, stats.mean);
 */
export function startValues(pt: ParTable, sampleCov: readonly Float64Array[], sampleMean: readonly Float64Array[]): Float64Array {
  checkFields("startValues", "pt", pt, { ov: "names", rows: "array", groups: "array" });
  checkShape("startValues", "sampleCov", sampleCov, ["float64"]);
  checkShape("startValues", "sampleMean", sampleMean, ["float64"]);
  const p = pt.ov.length;
  const start = new Float64Array(pt.rows.length);
  for (let g = 1; g <= pt.groups.length; g++) {
    const s = sampleCov[g - 1]!;
    if (s === undefined || s.length !== p * p) throw new OptionError(message.partableStartDims(g, p * p, s?.length ?? 0));
    groupStarts(pt, g, s, sampleMean[g - 1], start);
  }
  pt.rows.forEach((r, i) => {
    if (isParam(r) && !Number.isNaN(r.ustart)) start[i] = r.ustart;
  });
  const theta = new Float64Array(pt.npar);
  const done = new Uint8Array(pt.npar);
  pt.rows.forEach((r, i) => {
    if (r.free > 0 && done[r.free - 1] === 0) {
      theta[r.free - 1] = start[i]!;
      done[r.free - 1] = 1;
    }
  });
  return theta;
}

function groupStarts(pt: ParTable, g: number, s: Float64Array, mean: Float64Array | undefined, start: Float64Array): void {
  const p = pt.ov.length;
  const ovIndex = new Map(pt.ov.map((v, i) => [v, i] as const));
  const lvSet = new Set(pt.lv);
  const rows = pt.rows.map((r, i) => [r, i] as const).filter(([r]) => r.group === g);
  const cov = (a: number, b: number): number => s[a * p + b]!;
  const ovX = new Set(pt.classes?.ovX ?? pt.rows.filter((r) => r.exo === 1).map((r) => r.lhs));
  // defaults
  for (const [r, i] of rows) {
    const a = ovIndex.get(r.lhs);
    const b = ovIndex.get(r.rhs);
    if (r.op === "=~" || r.op === "~*~") start[i] = 1;
    else if (r.op === "~~" && ovX.has(r.lhs) && ovX.has(r.rhs) && a !== undefined && b !== undefined) start[i] = cov(a, b);
    else if (r.op === "~~" && r.lhs === r.rhs) start[i] = lvSet.has(r.lhs) ? 0.05 : a !== undefined ? 0.5 * cov(a, a) : 1;
    else if (r.op === "~1" && a !== undefined && mean !== undefined && mean.length === p) start[i] = mean[a]!;
  }
  // one-factor solutions per latent variable with observed indicators
  const marker = new Map<string, { ind: number; lambda: number; psi: number }>();
  for (const f of pt.lv) {
    const load = rows.filter(([r]) => r.op === "=~" && r.lhs === f);
    if (load.length === 0 || load.some(([r]) => !ovIndex.has(r.rhs))) continue;
    const idx = load.map(([r]) => ovIndex.get(r.rhs)!);
    const n = idx.length;
    const varRow = rows.find(([r]) => r.op === "~~" && r.lhs === f && r.rhs === f);
    let lambda: Float64Array;
    let psi: number;
    if (n === 1) {
      const res = rows.find(([r]) => r.op === "~~" && r.lhs === load[0]![0].rhs && r.rhs === r.lhs);
      const fixedRes = res !== undefined && res[0].free === 0 && !Number.isNaN(res[0].ustart) ? res[0].ustart : 0.5 * cov(idx[0]!, idx[0]!);
      lambda = Float64Array.of(1);
      psi = Math.max(cov(idx[0]!, idx[0]!) - fixedRes, 0.05);
    } else {
      const sub = new Float64Array(n * n);
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) sub[a * n + b] = cov(idx[a]!, idx[b]!);
      const one = oneFactorStart(sub, n);
      lambda = one.negTriad ? new Float64Array(n).fill(1) : one.lambda;
      psi = Math.min(Math.max(one.psi, 0.05 * cov(idx[0]!, idx[0]!)), cov(idx[0]!, idx[0]!));
    }
    // scale: unit variance when ψ is fixed at 1 (std.lv), else the first fixed loading's value
    const stdLv = varRow !== undefined && varRow[0].free === 0 && varRow[0].ustart === 1;
    const fixedLoad = load.findIndex(([r]) => r.free === 0 && Number.isFinite(r.ustart) && r.ustart !== 0);
    let scale = 1;
    if (stdLv) scale = Math.sqrt(psi);
    else if (fixedLoad >= 0 && lambda[fixedLoad]! !== 0) scale = load[fixedLoad]![0].ustart / lambda[fixedLoad]!;
    load.forEach(([, i], k) => {
      start[i] = lambda[k]! * scale;
    });
    const psiScaled = psi / (scale * scale);
    if (varRow !== undefined) start[varRow[1]] = psiScaled;
    marker.set(f, { ind: idx[0]!, lambda: lambda[0]! * scale, psi: psiScaled });
  }
  // latent covariances from the markers' covariance
  for (const [r, i] of rows) {
    if (r.op !== "~~" || r.lhs === r.rhs || !lvSet.has(r.lhs) || !lvSet.has(r.rhs)) continue;
    const a = marker.get(r.lhs);
    const b = marker.get(r.rhs);
    if (a === undefined || b === undefined || a.lambda === 0 || b.lambda === 0) continue;
    const c = cov(a.ind, b.ind) / (a.lambda * b.lambda);
    const bound = 0.9 * Math.sqrt(a.psi * b.psi);
    start[i] = Math.min(Math.max(c, -bound), bound);
  }
  if (pt.lv.length === 0) observedRegressions(rows, ovIndex, cov, mean, start);
}

/** Observed-only models: OLS slopes, residual variance and intercept per dependent variable (lavaan ≥ 0.6-10). */
function observedRegressions(
  rows: readonly (readonly [ParRow, number])[], ovIndex: ReadonlyMap<string, number>, cov: (a: number, b: number) => number,
  mean: Float64Array | undefined, start: Float64Array,
): void {
  const ys = [...new Set(rows.filter(([r]) => r.op === "~").map(([r]) => r.lhs))];
  for (const y of ys) {
    const reg = rows.filter(([r]) => r.op === "~" && r.lhs === y);
    const yi = ovIndex.get(y);
    const xi = reg.map(([r]) => ovIndex.get(r.rhs));
    if (yi === undefined || xi.some((v) => v === undefined)) continue;
    const k = xi.length;
    const sxx = new Float64Array(k * k);
    const sxy = new Float64Array(k);
    for (let a = 0; a < k; a++) {
      sxy[a] = cov(xi[a]!, yi);
      for (let b = 0; b < k; b++) sxx[a * k + b] = cov(xi[a]!, xi[b]!);
    }
    const beta = solveSmall(sxx, sxy, k);
    if (beta === null) continue;
    reg.forEach(([, i], a) => {
      start[i] = beta[a]!;
    });
    let explained = 0;
    for (let a = 0; a < k; a++) explained += beta[a]! * sxy[a]!;
    const vy = cov(yi, yi);
    const res = vy - explained;
    const resRow = rows.find(([r]) => r.op === "~~" && r.lhs === y && r.rhs === y);
    if (resRow !== undefined && res > 0.001 * vy && res < 0.999 * vy) start[resRow[1]] = res;
    const intRow = rows.find(([r]) => r.op === "~1" && r.lhs === y);
    if (intRow !== undefined && mean !== undefined && mean.length > 0) {
      let v = mean[yi]!;
      for (let a = 0; a < k; a++) v -= beta[a]! * mean[xi[a]!]!;
      if (Number.isFinite(v)) start[intRow[1]] = v;
    }
  }
}

/** Gaussian elimination with partial pivoting; null when singular. */
function solveSmall(a0: Float64Array, b0: Float64Array, n: number): Float64Array | null {
  const a = Float64Array.from(a0);
  const b = Float64Array.from(b0);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]!) > Math.abs(a[piv * n + c]!)) piv = r;
    if (Math.abs(a[piv * n + c]!) < 1e-12) return null;
    if (piv !== c) {
      for (let k = 0; k < n; k++) [a[c * n + k], a[piv * n + k]] = [a[piv * n + k]!, a[c * n + k]!];
      [b[c], b[piv]] = [b[piv]!, b[c]!];
    }
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c]! / a[c * n + c]!;
      for (let k = c; k < n; k++) a[r * n + k]! -= f * a[c * n + k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let v = b[r]!;
    for (let k = r + 1; k < n; k++) v -= a[r * n + k]! * x[k]!;
    x[r] = v / a[r * n + r]!;
  }
  return x;
}
