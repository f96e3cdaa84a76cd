/**
 * Non-iterative one-factor estimates used as starting values: the closed-form three-indicator
 * solution and Hägglund's FABIN 3 instrumental-variable loadings.
 */
import { gaussJordanInverse } from "../linalg/gaussJordanInverse.ts";
import { spdSolve } from "../linalg/spdSolve.ts";

/** Loadings (marker = first indicator, loading 1), factor variance and residual variances. */
export interface OneFactorStart {
  readonly lambda: Float64Array;
  readonly psi: number;
  readonly theta: Float64Array;
  /** The three covariances of a three-indicator model have a negative product (no proper solution). */
  readonly negTriad: boolean;
}

/** Three (or fewer) indicators: exact solution of the 6 moment equations (l1 = 1), with bounds. */
function threeIndicators(s: Float64Array, n: number): OneFactorStart {
  let c: number[];
  if (n === 1) c = [1, 1, 1, 1, 1, 1, 1, 1, 1];
  else if (n === 2) {
    // lavaan: add a third 'indicator' from the mean variance and the one covariance
    const meanVar = (s[0]! + s[3]!) / 2;
    const maxVar = Math.max(s[0]!, s[3]!);
    c = [s[0]!, s[1]!, meanVar, s[2]!, s[3]!, s[1]!, meanVar, s[1]!, maxVar];
  } else c = Array.from(s.subarray(0, 9));
  const [s11, s21, s31, s22, s32, s33] = [c[0]!, c[3]!, c[6]!, c[4]!, c[7]!, c[8]!];
  const negTriad = s21 * s31 * s32 < 0;
  const lower = 0.1 * s11; // reliability of the marker at least 0.1
  let psi = (s21 * s31) / s32;
  psi = Math.min(Math.max(psi, lower), s11);
  const b2 = Math.sqrt(s22 / lower);
  const b3 = Math.sqrt(s33 / lower);
  const l2 = Math.min(Math.max(s32 / s31, -b2), b2);
  const l3 = Math.min(Math.max(s32 / s21, -b3), b3);
  const th = [s11 - psi, s22 - l2 * l2 * psi, s33 - l3 * l3 * psi].map((t, i) => Math.min(Math.max(t, 0), [s11, s22, s33][i]!));
  const lambda = Float64Array.from([1, l2, l3].slice(0, n));
  return { lambda, psi: n === 2 ? psi / 2 : psi, theta: Float64Array.from(th.slice(0, n)), negTriad };
}

/**
 * One-factor starting values from an indicator covariance matrix: for fewer than four
 * indicators the closed-form solution of the moment equations; otherwise FABIN 3 loadings
 * λ_i = s_i,W S_WW⁻¹ s_W,1 / s_1,W S_WW⁻¹ s_W,1 (W = the other non-marker indicators), bounded by
 * √(s_ii / 0.1 s_11), then least-squares residual variances and factor variance.
 *
 * Source: Hägglund (1982), Psychometrika 47, 209–222 (FABIN 3); lavaan `lav_cfa_1fac_fabin()`
 * and `lav_cfa_1fac_3ind()` (R/lav_cfa_1fac.R).
 *
 * @param s - Row-major n×n covariance matrix of the indicators (marker first).
 * @param n - Number of indicators.
 * @returns Loadings (first = 1), ψ, θ and the negative-triad flag.
 * @example
 * oneFactorStart(new Float64Array([2, 1, 1, 1, 2, 1, 1, 1, 2]), 3).lambda; // [1, 1, 1]
 */
export function oneFactorStart(s: Float64Array, n: number): OneFactorStart {
  if (n < 4) return threeIndicators(s, n);
  const lambda = new Float64Array(n);
  lambda[0] = 1;
  const m = n - 2;
  const s33 = new Float64Array(m * m);
  const s31 = new Float64Array(m);
  const x = new Float64Array(m);
  const work = new Float64Array(m * m);
  for (let i = 1; i < n; i++) {
    const idx: number[] = [];
    for (let k = 1; k < n; k++) if (k !== i) idx.push(k);
    for (let a = 0; a < m; a++) {
      s31[a] = s[idx[a]! * n]!;
      for (let b = 0; b < m; b++) s33[a * m + b] = s[idx[a]! * n + idx[b]!]!;
    }
    let num = 0;
    let den = 0;
    if (spdSolve(s33, s31, m, x, work)) {
      for (let a = 0; a < m; a++) {
        num += s[i * n + idx[a]!]! * x[a]!;
        den += s31[a]! * x[a]!;
      }
    } else {
      for (let a = 0; a < m; a++) {
        num += s[i * n + idx[a]!]! * s31[a]!;
        den += s31[a]! * s31[a]!;
      }
    }
    const bound = Math.sqrt(s[i * n + i]! / (0.1 * s[0]!));
    const l = num / den;
    lambda[i] = Number.isFinite(l) ? Math.min(Math.max(l, -bound), bound) : 1;
  }
  // least-squares θ: (I − D∘D) θ = diag(S − D S D), D = λλ'/λ'λ
  let l2 = 0;
  for (let i = 0; i < n; i++) l2 += lambda[i]! * lambda[i]!;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = (lambda[i]! * lambda[j]!) / l2;
  const a = new Float64Array(n * n);
  const rhs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let dsd = 0;
    for (let k = 0; k < n; k++) for (let l = 0; l < n; l++) dsd += d[i * n + k]! * s[k * n + l]! * d[l * n + i]!;
    rhs[i] = s[i * n + i]! - dsd;
    for (let j = 0; j < n; j++) a[i * n + j] = (i === j ? 1 : 0) - d[i * n + j]! * d[i * n + j]!;
  }
  const inv = new Float64Array(n * n);
  const theta = new Float64Array(n);
  if (gaussJordanInverse(a, n, inv, new Float64Array(n * n))) {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) theta[i] += inv[i * n + j]! * rhs[j]!;
  } else for (let i = 0; i < n; i++) theta[i] = 0.5 * s[i * n + i]!;
  // ψ = λ'(S − Θ)λ / (λ'λ)²
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) q += lambda[i]! * (s[i * n + j]! - (i === j ? theta[i]! : 0)) * lambda[j]!;
  }
  return { lambda, psi: q / (l2 * l2), theta, negTriad: false };
}
