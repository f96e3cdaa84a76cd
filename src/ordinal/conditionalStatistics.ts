import { probitRegression } from "./probitRegression.ts";
import { conditionalPolychoric } from "./conditionalPolychoric.ts";
import { inverseRM } from "../linalg/inverseRM.ts";
import { EstimationError } from "../errors.ts";
import { message } from "../messages.ts";

/** Two-step statistics of ordinal variables conditional on exogenous covariates (lavaan's conditional.x). */
export interface ConditionalStatistics {
  readonly n: number;
  readonly p: number;
  readonly q: number;
  /** thresholds of each variable (probit scale, at x = 0) */
  readonly thresholds: Float64Array[];
  /** row-major p × q probit slopes */
  readonly slopes: Float64Array;
  /** row-major p × p residual polychoric correlations (unit diagonal) */
  readonly correlation: Float64Array;
  /** lavaan's WLS.obs: thresholds (variable by variable), slopes (covariate by covariate, each over the variables),
   *  then the residual correlations in vech order (lower triangle column by column, without the diagonal) */
  readonly wlsObs: Float64Array;
  /** NACOV Γ of wlsObs (row-major; Var(wlsObs) ≈ Γ/n) */
  readonly gamma: Float64Array;
  /** DWLS weights 1/diag(Γ) */
  readonly wlsVdiag: Float64Array;
  /** number of thresholds */
  readonly nth: number;
  /** variables or pairs whose estimation did not converge */
  readonly notConverged: readonly string[];
}

/**
 * lavaan's conditional.x statistics for ordinal indicators (`muthen1984` with eXo): an ordered probit regression
 * of every variable on the covariates (thresholds and slopes), the residual polychoric correlation of every pair,
 * and their asymptotic covariance by Muthén's (1984) casewise-score sandwich, Γ = n · B⁻¹ (Σ_i s_i s_iᵀ) B⁻ᵀ with
 * s_i the scores of all first-step (thresholds, slopes) and second-step (ρ) estimating equations,
 * B = [[A11, 0], [A21, A22]], A11 the per-variable blocks of Σ s sᵀ, A22 = diag Σ s_ρ², and A21 the cross-products
 * of the ρ scores with the bivariate likelihood's scores w.r.t. the margins.
 *
 * Source: Muthén (1984), Psychometrika 49, 115–132; lavaan 0.6-14 muthen1984(), lav_samplestats_step1/step2.
 * @param codes row-major n × p category codes (0 … K_j − 1)
 * @param ncat categories of each variable
 * @param X row-major n × q covariates
 * @param n cases
 * @param p ordinal variables
 * @param q covariates
 * @param names variable names (for notes)
 * @returns the statistics
 * @throws EstimationError when a variable's probit information is singular (e.g. an empty category, or covariates
 *   that are collinear)
 * @example
 * conditionalStatistics(codes, [5, 5, 5, 5], X, 437, 4, 2, ["sat1", "sat2", "sat3", "sat4"]).wlsObs.length; // 30
 */
export function conditionalStatistics(
  codes: Uint8Array, ncat: ArrayLike<number>, X: Float64Array, n: number, p: number, q: number, names: readonly string[],
): ConditionalStatistics {
  const notConverged: string[] = [];
  const margins = Array.from({ length: p }, (_, j) => {
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) y[i] = codes[i * p + j]!;
    const fit = probitRegression(y, X, n, q, ncat[j]!);
    if (!fit.converged) notConverged.push(names[j]!);
    return { codes: y, ...fit };
  });
  const thStart: number[] = [];
  let nth = 0;
  for (const m of margins) { thStart.push(nth); nth += m.thresholds.length; }
  const pstar = p * (p - 1) / 2, n1 = nth + p * q, D = n1 + pstar;
  // casewise scores: thresholds, slopes (covariate-major), correlations
  const SC = new Float64Array(n * D);
  margins.forEach((m, j) => {
    const nt = m.thresholds.length, d = nt + q;
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < nt; t++) SC[i * D + thStart[j]! + t] = m.scores[i * d + t]!;
      for (let k = 0; k < q; k++) SC[i * D + nth + k * p + j] = m.scores[i * d + nt + k]!;
    }
  });
  const correlation = new Float64Array(p * p);
  for (let j = 0; j < p; j++) correlation[j * p + j] = 1;
  const A21 = new Float64Array(pstar * n1);
  const wlsCor = new Float64Array(pstar);
  let r = 0;
  for (let j = 0; j < p - 1; j++) for (let i = j + 1; i < p; i++, r++) {
    const pr = conditionalPolychoric(margins[i]!, margins[j]!, X, n, q);
    if (!pr.converged) notConverged.push(`${names[j]} ~~ ${names[i]}`);
    correlation[i * p + j] = correlation[j * p + i] = pr.rho;
    wlsCor[r] = pr.rho;
    const idx = (v: number, nt: number): number[] => [
      ...Array.from({ length: nt }, (_, t) => thStart[v]! + t), ...Array.from({ length: q }, (_, k) => nth + k * p + v),
    ];
    const cols1 = idx(i, margins[i]!.thresholds.length), cols2 = idx(j, margins[j]!.thresholds.length);
    for (let c = 0; c < n; c++) {
      const s = pr.scoreRho[c]!;
      SC[c * D + n1 + r] = s;
      cols1.forEach((col, u) => { A21[r * n1 + col] = A21[r * n1 + col]! + s * pr.score1[c * cols1.length + u]!; });
      cols2.forEach((col, u) => { A21[r * n1 + col] = A21[r * n1 + col]! + s * pr.score2[c * cols2.length + u]!; });
    }
  }
  // INNER = Σ s sᵀ
  const INNER = new Float64Array(D * D);
  for (let c = 0; c < n; c++) {
    const o = c * D;
    for (let a = 0; a < D; a++) {
      const sa = SC[o + a]!;
      if (sa === 0) continue;
      for (let b = 0; b < D; b++) INNER[a * D + b] = INNER[a * D + b]! + sa * SC[o + b]!;
    }
  }
  // A11⁻¹: per-variable blocks of INNER
  const A11inv = new Float64Array(n1 * n1);
  margins.forEach((m, v) => {
    const cols = [...Array.from({ length: m.thresholds.length }, (_, t) => thStart[v]! + t), ...Array.from({ length: q }, (_, k) => nth + k * p + v)];
    const d = cols.length, blk = new Float64Array(d * d);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) blk[a * d + b] = INNER[cols[a]! * D + cols[b]!]!;
    const inv = inverseRM(blk, d);
    if (inv === null) throw new EstimationError(message.wlsmvConditionalSingular(names[v]!));
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) A11inv[cols[a]! * n1 + cols[b]!] = inv[a * d + b]!;
  });
  // B⁻¹ = [[A11⁻¹, 0], [−A22⁻¹ A21 A11⁻¹, A22⁻¹]]
  const Binv = new Float64Array(D * D);
  for (let a = 0; a < n1; a++) for (let b = 0; b < n1; b++) Binv[a * D + b] = A11inv[a * n1 + b]!;
  for (let r2 = 0; r2 < pstar; r2++) {
    let a22 = 0;
    for (let c = 0; c < n; c++) a22 += SC[c * D + n1 + r2]! ** 2;
    Binv[(n1 + r2) * D + n1 + r2] = 1 / a22;
    for (let b = 0; b < n1; b++) {
      let v = 0;
      for (let a = 0; a < n1; a++) v += A21[r2 * n1 + a]! * A11inv[a * n1 + b]!;
      Binv[(n1 + r2) * D + b] = -v / a22;
    }
  }
  // Γ = n · B⁻¹ INNER B⁻ᵀ
  const T = new Float64Array(D * D), gamma = new Float64Array(D * D);
  for (let a = 0; a < D; a++) for (let k = 0; k < D; k++) {
    const v = Binv[a * D + k]!;
    if (v === 0) continue;
    for (let b = 0; b < D; b++) T[a * D + b] = T[a * D + b]! + v * INNER[k * D + b]!;
  }
  for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) {
    let v = 0;
    for (let k = 0; k < D; k++) v += T[a * D + k]! * Binv[b * D + k]!;
    gamma[a * D + b] = n * v;
  }
  const slopes = new Float64Array(p * q);
  const wlsObs = new Float64Array(D);
  margins.forEach((m, j) => {
    m.thresholds.forEach((t, u) => { wlsObs[thStart[j]! + u] = t; });
    for (let k = 0; k < q; k++) { slopes[j * q + k] = m.slopes[k]!; wlsObs[nth + k * p + j] = m.slopes[k]!; }
  });
  wlsObs.set(wlsCor, n1);
  const wlsVdiag = new Float64Array(D);
  for (let a = 0; a < D; a++) wlsVdiag[a] = 1 / gamma[a * D + a]!;
  return { n, p, q, thresholds: margins.map((m) => m.thresholds), slopes, correlation, wlsObs, gamma, wlsVdiag, nth, notConverged };
}
