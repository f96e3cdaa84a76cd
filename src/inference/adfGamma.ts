import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { momentCount } from "../representation/momentJacobian.ts";
import { spdSolve } from "../linalg/spdSolve.ts";

const cache = new WeakMap<SampleStatistics, Map<string, Float64Array[] | null>>();

/**
 * Asymptotic (distribution-free) covariance matrix Γ_g of the sample moments of each group, lavaan's
 * NACOV for complete data: with d_i = y_i − ȳ and the moment vector
 *   m(y_i) = (vech(d_i d_iᵀ) by rows a ≤ b, then y_i when means are modelled),
 * Γ_g = (1/N_g) Σ_i (z_i − z̄)(z_i − z̄)ᵀ with z_i = m(y_i), in the moment order of `momentJacobian`.
 * With exogenous covariates x held fixed (fixed.x), z_i = m(y_i) − m(ŷ_i), where ŷ_i replaces every
 * non-x variable by its least-squares prediction from (1, x_i) (centred at its own mean): the moments
 * of x alone then have zero rows.
 * Cached per sample-statistics object (a model and its baseline share it).
 * Source: Browne (1984), British Journal of Mathematical and Statistical Psychology 37, 62–83, eq. 2.8;
 * lavaan 0.6-14 R/lav_samplestats_gamma.R (`lav_samplestats_Gamma`, unbiased = FALSE, fixed.x branch).
 * @param stats sample statistics with raw rows kept
 * @param meanstructure whether the mean moments are included
 * @param xIdx 0-based indices of fixed exogenous covariates (default none)
 * @returns one momentCount×momentCount matrix per group, or null without raw rows
 * @throws never
 * @example
 * const [G] = adfGamma(stats, false)!; // 45×45 for nine variables
 */
export function adfGamma(stats: SampleStatistics, meanstructure: boolean, xIdx: readonly number[] = []): Float64Array[] | null {
  let byKey = cache.get(stats);
  const key = `${meanstructure}|${xIdx.join(",")}`;
  const hit = byKey?.get(key);
  if (hit !== undefined) return hit;
  const out = compute(stats, meanstructure, xIdx);
  if (byKey === undefined) { byKey = new Map(); cache.set(stats, byKey); }
  byKey.set(key, out);
  return out;
}

function compute(stats: SampleStatistics, ms: boolean, xIdx: readonly number[]): Float64Array[] | null {
  if (stats.rows === undefined) return null;
  const p = stats.names.length, nm = momentCount(p, ms), nv = (p * (p + 1)) / 2;
  return stats.rows.map((X, g) => {
    const n = stats.nobs[g]!;
    const Yhat = xIdx.length > 0 ? fittedFromCovariates(X, n, p, xIdx) : null;
    const Z = new Float64Array(n * nm);
    const fill = (Y: Float64Array, sign: number): void => {
      const mean = new Float64Array(p);
      for (let r = 0; r < n; r++) for (let a = 0; a < p; a++) mean[a]! += Y[r * p + a]!;
      for (let a = 0; a < p; a++) mean[a]! /= n;
      for (let r = 0; r < n; r++) {
        const o = r * nm, y = r * p;
        let k = o;
        for (let a = 0; a < p; a++) {
          const da = Y[y + a]! - mean[a]!;
          for (let b = a; b < p; b++) Z[k++]! += sign * da * (Y[y + b]! - mean[b]!);
        }
        if (ms) for (let a = 0; a < p; a++) Z[o + nv + a]! += sign * Y[y + a]!;
      }
    };
    fill(X, 1);
    if (Yhat !== null) fill(Yhat, -1);
    const zbar = new Float64Array(nm);
    for (let r = 0; r < n; r++) for (let i = 0; i < nm; i++) zbar[i]! += Z[r * nm + i]!;
    for (let i = 0; i < nm; i++) zbar[i]! /= n;
    const G = new Float64Array(nm * nm), z = new Float64Array(nm);
    for (let r = 0; r < n; r++) {
      for (let i = 0; i < nm; i++) z[i] = Z[r * nm + i]! - zbar[i]!;
      for (let i = 0; i < nm; i++) {
        const zi = z[i]!;
        if (zi === 0) continue;
        const o = i * nm;
        for (let j = 0; j <= i; j++) G[o + j]! += zi * z[j]!;
      }
    }
    for (let i = 0; i < nm; i++) for (let j = 0; j <= i; j++) { const v = G[i * nm + j]! / n; G[i * nm + j] = v; G[j * nm + i] = v; }
    return G;
  });
}

/** Rows with every non-x column replaced by its least-squares fit on (1, x) (lavaan's YHAT). */
function fittedFromCovariates(X: Float64Array, n: number, p: number, xIdx: readonly number[]): Float64Array {
  const k = xIdx.length + 1;
  const XtX = new Float64Array(k * k), XtY = new Float64Array(k * p), row = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    row[0] = 1;
    xIdx.forEach((c, j) => { row[j + 1] = X[r * p + c]!; });
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) XtX[a * k + b]! += row[a]! * row[b]!;
      for (let c = 0; c < p; c++) XtY[a * p + c]! += row[a]! * X[r * p + c]!;
    }
  }
  const coef = new Float64Array(k * p), rhs = new Float64Array(k), sol = new Float64Array(k), work = new Float64Array(k * k);
  for (let c = 0; c < p; c++) {
    for (let a = 0; a < k; a++) rhs[a] = XtY[a * p + c]!;
    spdSolve(XtX, rhs, k, sol, work);
    for (let a = 0; a < k; a++) coef[a * p + c] = sol[a]!;
  }
  const isX = new Uint8Array(p);
  for (const c of xIdx) isX[c] = 1;
  const out = new Float64Array(X);
  for (let r = 0; r < n; r++) {
    row[0] = 1;
    xIdx.forEach((c, j) => { row[j + 1] = X[r * p + c]!; });
    for (let c = 0; c < p; c++) {
      if (isX[c] === 1) continue;
      let v = 0;
      for (let a = 0; a < k; a++) v += row[a]! * coef[a * p + c]!;
      out[r * p + c] = v;
    }
  }
  return out;
}
