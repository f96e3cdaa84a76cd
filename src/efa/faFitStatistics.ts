import { corSmooth } from "../linalg/corSmooth.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { checkArg } from "../options/checkArg.ts";

/** Goodness-of-fit statistics of a factor solution, as psych::fa reports them. */
export interface FaFit {
  /** Root mean square of the off-diagonal residuals (psych `rms`). */
  readonly rms: number;
  /** rms corrected for degrees of freedom (psych `crms`). */
  readonly crms: number;
  /** Empirical chi-square n·Σ residual² (psych `chi`). */
  readonly empiricalChi: number;
  /** ML discrepancy F = tr(Σ̂⁻¹R) − ln|Σ̂⁻¹R| − p (psych `objective`). */
  readonly objective: number;
  /** Bartlett-corrected likelihood-ratio χ² (psych `STATISTIC`). */
  readonly chi: number;
  /** Degrees of freedom p(p−1)/2 − pm + m(m−1)/2 (psych `dof`). */
  readonly dof: number;
  /** Upper-tail p-value of `chi` (psych `PVAL`). */
  readonly pvalue: number;
  /** Tucker–Lewis index (psych `TLI`). */
  readonly tli: number;
  /** RMSEA point estimate (psych `RMSEA[1]`). */
  readonly rmsea: number;
  /** χ² − dof·ln n (psych `BIC`). */
  readonly bic: number;
  /** Null-model χ² F₀ · (n − 1 − (2p + 5)/6) (psych `null.chisq`). */
  readonly nullChi: number;
  /** Null-model degrees of freedom p(p − 1)/2. */
  readonly nullDof: number;
}

/**
 * psych's fit statistics for an m-factor solution with pattern Λ and factor correlations Φ:
 * residuals R − ΛΦΛᵀ give rms = √(Σ_{i≠j} res²/(p(p−1))); with Σ̂ = ΛΦΛᵀ with unit diagonal
 * the ML discrepancy F = tr(Σ̂⁻¹R) − ln|Σ̂⁻¹R| − p, χ² = F·(n − 1 − (2p + 5)/6 − 2m/3) (Bartlett 1950),
 * TLI = (M₀ − M_m)/(M₀ − 1/ν) with M₀ = F₀·2/(p(p−1)), M_m = F/dof, ν the Bartlett multiplier
 * (Tucker & Lewis 1973), RMSEA = √max(χ²/(dof·n) − 1/(n − 1), 0) (psych ≥ 1.9.4).
 * With n = NaN the n-based statistics are NaN.
 *
 * Source: Tucker & Lewis (1973), Psychometrika 38; Bartlett (1950); psych::fa.stats (Revelle 2022).
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param n number of observations (NaN when unknown)
 * @param L row-major p×m pattern loadings
 * @param phi m×m factor correlations, or null for orthogonal factors
 * @param m number of factors
 * @returns the fit statistics
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * faFitStatistics(R, 9, 301, L, null, 3).rmsea;
 */
export function faFitStatistics(R: Float64Array, p: number, n: number, L: Float64Array, phi: Float64Array | null, m: number): FaFit {
  checkArg("faFitStatistics", "R", R, "float64");
  checkArg("faFitStatistics", "L", L, "float64");
  if (phi !== null) checkArg("faFitStatistics", "phi", phi, "float64");
  const model = impliedCorrelation(L, phi, p, m);
  let off = 0;
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) if (i !== j) off += (R[i * p + j]! - model[i * p + j]!) ** 2;
  const dof = (p * (p - 1)) / 2 - p * m + (m * (m - 1)) / 2;
  const rms = Math.sqrt(off / (p * (p - 1)));
  const crms = dof > 0 ? Math.sqrt(off / (2 * dof)) : Number.NaN;
  for (let i = 0; i < p; i++) model[i * p + i] = R[i * p + i]!;
  const Minv = new Float64Array(p * p), work = new Float64Array(p * p);
  const { logdet: logdetM } = smoothedInverse(model, p, Minv, work);
  const { S: Rs, logdet: logdetR } = smoothedInverse(R, p, new Float64Array(p * p), work);
  let tr = 0, trR = 0;
  for (let i = 0; i < p; i++) { trR += Rs[i * p + i]!; for (let k = 0; k < p; k++) tr += Minv[i * p + k]! * Rs[k * p + i]!; }
  const objective = tr - (logdetR - logdetM) - p;
  const nu = n - 1 - (2 * p + 5) / 6 - (2 * m) / 3;
  let chi = objective * nu;
  if (chi < 0) chi = 0;
  const F0 = trR - logdetR - p;
  const M0 = (F0 * 2) / (p * (p - 1)), Mm = objective / dof;
  const tli = (M0 - Mm) / (M0 - 1 / nu);
  const rmsea = dof > 0 ? Math.sqrt(Math.max(chi / (dof * n) - 1 / (n - 1), 0)) : Number.NaN;
  return {
    rms, crms, empiricalChi: off * n, objective, chi, dof,
    pvalue: dof > 0 ? chisqCdf(chi, dof, true) : Number.NaN,
    tli, rmsea, bic: chi - dof * Math.log(n),
    nullChi: F0 * (n - 1 - (2 * p + 5) / 6), nullDof: (p * (p - 1)) / 2,
  };
}

/**
 * psych's `cor.smooth` followed by the inverse, without the eigen-decomposition when it cannot change
 * anything: cor.smooth leaves S alone unless its smallest eigenvalue is below machine epsilon, and
 * λ_min(S) ≥ 1/‖S⁻¹‖_∞ (the ∞-norm bounds the spectral radius of the symmetric S⁻¹), so a Cholesky
 * inverse with 1/‖S⁻¹‖_∞ far above epsilon proves that S is returned unchanged (same numbers).
 * Otherwise S is smoothed by {@link corSmooth} and inverted again.
 */
function smoothedInverse(S: Float64Array, p: number, inv: Float64Array, work: Float64Array): { S: Float64Array; logdet: number } {
  const logdet = spdInverse(S, p, inv, work);
  if (Number.isFinite(logdet)) {
    let norm = 0;
    for (let i = 0; i < p; i++) {
      let row = 0;
      for (let k = 0; k < p; k++) row += Math.abs(inv[i * p + k]!);
      if (row > norm) norm = row;
    }
    if (norm * 1e-6 < 1) return { S, logdet };
  }
  const Ss = corSmooth(S, p).R;
  return { S: Ss, logdet: spdInverse(Ss, p, inv, work) };
}

/** ΛΦΛᵀ (or ΛΛᵀ), p×p. */
function impliedCorrelation(L: Float64Array, phi: Float64Array | null, p: number, m: number): Float64Array {
  const LP = new Float64Array(p * m);
  if (phi === null) LP.set(L.subarray(0, p * m));
  else for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) {
    let s = 0;
    for (let c = 0; c < m; c++) s += L[i * m + c]! * phi[c * m + k]!;
    LP[i * m + k] = s;
  }
  const out = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += LP[i * m + k]! * L[j * m + k]!;
    out[i * p + j] = s; out[j * p + i] = s;
  }
  return out;
}
