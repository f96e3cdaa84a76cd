import type { MlSolution } from "../estimate/estimateModel.ts";
import { h1Information } from "./h1Information.ts";
import { momentJacobian, momentCount } from "../representation/momentJacobian.ts";
import { h1ExpectedInformation } from "../estimate/h1ExpectedInformation.ts";
import { exogenousMomentMask } from "./exogenousMomentMask.ts";
import { observedCovariates } from "./parameterRows.ts";
import { matMul } from "./matMul.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { mlEvaluator } from "../estimate/mlEvaluator.ts";
import { completeDataBlocks } from "../estimate/momentBlocks.ts";

/** lavaan's FIML-corrected statistics for the robust CFI/TLI/RMSEA with missing data (`lav_fit_fiml_corrected`). */
export interface FimlCorrected {
  /** Complete-data ML χ² of the FIML estimates at the EM (h1) moments (XX3). */
  readonly chisq: number;
  readonly df: number;
  /** Correction factor ĉ = k/df (c.hat3). */
  readonly cHat: number;
  /** chisq / cHat (XX3.scaled). */
  readonly chisqScaled: number;
  /** The same statistic and factor for the baseline model (XX3.null, c.hat3.null); NaN without a baseline. */
  readonly baselineChisq: number;
  readonly baselineDf: number;
  readonly cHatNull: number;
}

/**
 * Savalei's (2018) FIML-corrected statistics behind lavaan's robust CFI, TLI and RMSEA under
 * missing = "ml". With the EM moments (S̃, m̃) treated as complete data:
 *   XX3 = N · F_ML(θ̂_FIML; S̃, m̃),
 *   A = observed h1 information of the FIML likelihood at the EM estimates (lavaan's W_m), B its
 *   first-order version (J_m), W_c = h1 information of complete data at S̃ (all per N, group-weighted),
 *   Δ = ∂(σ, μ)/∂θ, E = Δᵀ A Δ, U = A − AΔE⁻¹ΔᵀA,
 *   V3 (scaled test, "MLR"): k = tr(U A⁻¹ W_c A⁻¹ U Γ), Γ = A⁻¹ B A⁻¹,
 *   V6 (no scaled test, "ML"): k = tr(W_c A⁻¹ U A⁻¹),
 *   ĉ = k / df, and the same with the baseline model's Δ for ĉ₀.
 * Computed as k = tr(R W_c R B) and tr(W_c R) with R = A⁻¹UA⁻¹ = A⁻¹ − ΔE⁻¹Δᵀ, expanded so that
 * the only n×n product is A⁻¹W_c (V3, through W_c's Kronecker structure; tr(A⁻¹W_cA⁻¹B) then takes
 * one triangle of A⁻¹W_cA⁻¹) and
 * each model costs O(n·nnz(Δ) + nq²) through the nonzero entries of Δ.
 * Source: Savalei (2018), Multivariate Behavioral Research 53, 419–429; Zhang & Savalei (2023)
 * for the FIML-C versions; lavaan 0.6-14 R/lav_fit_measures.R `lav_fit_fiml_corrected` (information
 * "observed" with observed.information = "h1", h1.information = "unstructured").
 * @param sol FIML solution with its raw pattern rows kept
 * @param baseline the baseline (independence) model fitted by FIML on the same data, or null
 * @param version "V3" (scaled test present) or "V6"
 * @returns the corrected statistics; NaN entries when a matrix cannot be inverted
 * @throws never
 * @example
 * const fc = fimlCorrected(sol, baselineSol, "V3"); fc.cHat;
 */
export function fimlCorrected(sol: MlSolution, baseline: MlSolution | null, version: "V3" | "V6"): FimlCorrected {
  const { stats } = sol;
  const N = stats.ntotal;
  const completeChisq = (s: MlSolution): number => N * mlEvaluator(s.rep, completeDataBlocks(stats)).objective(s.theta);
  const chisq = completeChisq(sol);
  const baselineChisq = baseline !== null ? completeChisq(baseline) : NaN;
  const h1 = h1Information(sol, version === "V3");
  const { n, A, Ainv: X, B } = h1;
  const Wc = h1ExpectedInformation(stats.cov, stats.nobs.map((k) => k / N), sol.rep.p, sol.rep.meanstructure);
  // the covariates' own moments are left out of W_c, as in lavaan's h1 information: lavaan refits the model at the
  // EM moments with its default fixed.x = TRUE, so this holds for the observed covariates (ov.x) whatever fixed.x is
  const keep = exogenousMomentMask(sol.rep.p, sol.rep.meanstructure, observedCovariates(sol).map((v) => sol.rep.ovNames.indexOf(v)), stats.groups.length);
  if (Wc !== null && keep !== null) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (keep[i] === 0 || keep[j] === 0) Wc[i * n + j] = 0;
  let cHat = NaN, cHatNull = NaN;
  if (X !== null && Wc !== null && (version === "V6" || B !== null)) {
    // Y = Wc X; XWc = Yᵀ (X, Wc symmetric). V3: tr(X Wc X B) = Σ_ij (X·XWcᵀ)_ij B_ij; V6: tr(X Wc) = Σ_ij X_ij Wc_ij
    const T = version === "V3" ? timesExpectedInformation(X, stats.cov, stats.nobs.map((k) => k / N), sol.rep.p, sol.rep.meanstructure, keep) : null;
    const Y = T !== null ? transpose(T, n) : null;
    const base = T !== null ? symmetricProductDot(X, T, B!, n) : dot(X, Wc, n * n);
    const k = (s: MlSolution): number => {
      s.ev.objective(s.theta);
      const q = s.ev.npar;
      const D = sparseColumns(momentJacobian(s.rep, s.ev.implied), n, q);
      const E = crossQuad(D, timesColumns(A, D, n), q);
      const Einv = new Float64Array(q * q);
      if (Number.isNaN(spdInverse(E, q, Einv, new Float64Array(q * q)))) return NaN;
      const DtWcD = crossQuad(D, timesColumns(Wc, D, n), q);
      if (Y === null) return base - traceProduct(Einv, DtWcD, q, q);
      // R = X − ΔE⁻¹Δᵀ: tr(RWcRB) = tr(XWcXB) − 2 tr(E⁻¹ ΔᵀB·XWcΔ) + tr(E⁻¹ ΔᵀWcΔ E⁻¹ ΔᵀBΔ)
      // (the two cross terms are transposes of each other under a symmetric E⁻¹)
      const BDt = timesColumns(B!, D, n), XWcDt = timesColumns(Y, D, n);
      const t1 = traceProduct(Einv, rowDots(BDt, XWcDt, q, n), q, q);
      const DtBD = crossQuad(D, BDt, q);
      const t3 = traceProduct(matMul(Einv, DtWcD, q, q, q), matMul(Einv, DtBD, q, q, q), q, q);
      return base - 2 * t1 + t3;
    };
    cHat = k(sol) / sol.df;
    if (baseline !== null) cHatNull = k(baseline) / baseline.df;
    sol.ev.objective(sol.theta);
  }
  return { chisq, df: sol.df, cHat, chisqScaled: chisq / cHat, baselineChisq, baselineDf: baseline?.df ?? NaN, cHatNull };
}

/**
 * X·W_c for symmetric X (n×n) and W_c = ⊕_g f_g [½Dᵀ(K_g⊗K_g)D ⊕ K_g] (as `h1ExpectedInformation`,
 * K_g = Σ_g⁻¹), row by row through the Kronecker structure: with M the symmetric p×p matrix of a row's
 * σ entries, its σ_ab entry is f·h_ab·(K M K)_ab (h = ½ when a = b) and its μ entries f·K x_μ. With a
 * mask, W_c is restricted to the kept moments on both sides: X's entries in the others are read as zero and
 * the columns of the others are zero.
 */
function timesExpectedInformation(
  X: Float64Array, covs: readonly Float64Array[], weights: readonly number[], p: number, ms: boolean, keep: Uint8Array | null,
): Float64Array | null {
  const nm = momentCount(p, ms), nv = (p * (p + 1)) / 2, n = covs.length * nm;
  const out = new Float64Array(n * n), K = new Float64Array(p * p), M = new Float64Array(p * p), KM = new Float64Array(p * p);
  for (let g = 0; g < covs.length; g++) {
    if (Number.isNaN(spdInverse(covs[g]!, p, K, new Float64Array(p * p)))) return null;
    const f = weights[g]!, o = g * nm;
    for (let j = 0; j < n; j++) {
      const xr = j * n + o, orow = j * n + o;
      // X·(P W_c P) with P the mask of kept moments: entries of X in dropped moments do not enter
      const x = (r: number): number => (keep !== null && keep[o + r] === 0 ? 0 : X[xr + r]!);
      for (let a = 0, r = 0; a < p; a++) for (let b = a; b < p; b++, r++) { const v = x(r); M[a * p + b] = v; M[b * p + a] = v; }
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
        let t = 0; // (KM)_ab = Σ_c K_ac M_bc (M symmetric)
        for (let c = 0; c < p; c++) t += K[a * p + c]! * M[b * p + c]!;
        KM[a * p + b] = t;
      }
      for (let a = 0, r = 0; a < p; a++) for (let b = a; b < p; b++, r++) {
        let t = 0;
        for (let c = 0; c < p; c++) t += KM[a * p + c]! * K[b * p + c]!;
        out[orow + r] = (a === b ? 0.5 : 1) * f * t;
      }
      if (ms) for (let a = 0; a < p; a++) {
        let t = 0;
        for (let b = 0; b < p; b++) t += x(nv + b) * K[b * p + a]!;
        out[orow + nv + a] = f * t;
      }
    }
  }
  if (keep !== null) for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) if (keep[i] === 0) out[j * n + i] = 0;
  return out;
}

/** The nonzero entries of Δ (n×q, row-major) column by column: rows and values of column a at start[a]…start[a+1]. */
interface SparseColumns { readonly q: number; readonly start: Int32Array; readonly row: Int32Array; readonly val: Float64Array }

function sparseColumns(D: Float64Array, n: number, q: number): SparseColumns {
  const start = new Int32Array(q + 1);
  for (let r = 0; r < n; r++) for (let a = 0; a < q; a++) if (D[r * q + a] !== 0) start[a + 1]!++;
  for (let a = 0; a < q; a++) start[a + 1]! += start[a]!;
  const fill = start.slice(0, q), row = new Int32Array(start[q]!), val = new Float64Array(start[q]!);
  for (let r = 0; r < n; r++) for (let a = 0; a < q; a++) {
    const v = D[r * q + a]!;
    if (v !== 0) { const t = fill[a]!++; row[t] = r; val[t] = v; }
  }
  return { q, start, row, val };
}

/** (M Δ)ᵀ = Δᵀ Mᵀ (q×n) for M n×n with Mᵀ given row-major as `Mt` (for symmetric M, Mt = M): row a = Σ_r Δ_ra Mt[r, ·]. */
function timesColumns(Mt: Float64Array, D: SparseColumns, n: number): Float64Array {
  const out = new Float64Array(D.q * n);
  for (let a = 0; a < D.q; a++) {
    const o = a * n;
    for (let t = D.start[a]!; t < D.start[a + 1]!; t++) {
      const v = D.val[t]!, mr = D.row[t]! * n;
      for (let j = 0; j < n; j++) out[o + j]! += v * Mt[mr + j]!;
    }
  }
  return out;
}

/** Δᵀ M Δ (q×q) from MΔ given transposed (q×n): entry (a, b) = Σ_r Δ_ra (MΔ)_rb. */
function crossQuad(D: SparseColumns, MDt: Float64Array, q: number): Float64Array {
  const n = MDt.length / q, out = new Float64Array(q * q);
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) {
    let s = 0;
    const mb = b * n;
    for (let t = D.start[a]!; t < D.start[a + 1]!; t++) s += D.val[t]! * MDt[mb + D.row[t]!]!;
    out[a * q + b] = s;
  }
  return out;
}

/** U Vᵀ (q×q) for U, V q×n row-major. */
function rowDots(U: Float64Array, V: Float64Array, q: number, n: number): Float64Array {
  const out = new Float64Array(q * q);
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) {
    const ua = a * n, vb = b * n;
    let t = 0;
    for (let j = 0; j < n; j++) t += U[ua + j]! * V[vb + j]!;
    out[a * q + b] = t;
  }
  return out;
}

function dot(x: Float64Array, y: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i]! * y[i]!;
  return s;
}

function transpose(M: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[j * n + i] = M[i * n + j]!;
  return out;
}

/**
 * Σ_ij (X Tᵀ)_ij B_ij for X, T n×n row-major, X Tᵀ symmetric and B symmetric: only i ≤ j is formed,
 * (X Tᵀ)_ij = X_i·T_j as dot products of rows, two by two.
 */
function symmetricProductDot(X: Float64Array, T: Float64Array, B: Float64Array, n: number): number {
  let total = 0;
  // rows i, i+1 of X against rows j, j+1 of T (2×2 blocks on and above the diagonal)
  for (let i = 0; i < n; i += 2) {
    const x0 = i * n, two = i + 1 < n, x1 = two ? x0 + n : x0;
    for (let j = i; j < n; j += 2) {
      const y0 = j * n, pair = j + 1 < n, y1 = pair ? y0 + n : y0;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
      for (let t = 0; t < n; t++) {
        const a0 = X[x0 + t]!, a1 = X[x1 + t]!, b0 = T[y0 + t]!, b1 = T[y1 + t]!;
        s00 += a0 * b0; s01 += a0 * b1; s10 += a1 * b0; s11 += a1 * b1;
      }
      // entry (r, c) with r ≤ c counts once on the diagonal, twice above it
      total += (j === i ? 1 : 2) * s00 * B[x0 + j]!;
      if (pair) total += 2 * s01 * B[x0 + j + 1]!;
      if (two && j > i) total += 2 * s10 * B[x1 + j]!;
      if (two && pair) total += (j === i ? 1 : 2) * s11 * B[x1 + j + 1]!;
    }
  }
  return total;
}

/** tr(X Y) = Σ_ij X_ij Y_ji for X r×c, Y c×r. */
function traceProduct(X: Float64Array, Y: Float64Array, r: number, c: number): number {
  let t = 0;
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) t += X[i * c + j]! * Y[j * r + i]!;
  return t;
}
