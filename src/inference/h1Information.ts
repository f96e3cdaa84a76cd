import { spdInverse } from "../linalg/spdInverse.ts";
import type { MlSolution } from "../estimate/estimateModel.ts";
import { missingDataInformation } from "./missingDataInformation.ts";
import { exogenousMomentMask } from "./exogenousMomentMask.ts";
import { adfGamma } from "./adfGamma.ts";
import { matMul } from "./matMul.ts";
import { exogenousCovariates } from "./parameterRows.ts";

/** Information matrices of the unrestricted (h1) model at the sample (complete data) or EM (FIML) moments. */
export interface H1Information {
  /** Order: G·momentCount(p, meanstructure), moments as in `momentJacobian`. */
  readonly n: number;
  /** Observed information per observation, group-weighted (lavaan's f_g·A1_g, block-diagonal). */
  readonly A: Float64Array;
  /** A⁻¹ (on the moments in use; zero rows for the fixed covariates' own moments), or null when A is singular. */
  readonly Ainv: Float64Array | null;
  /** First-order information (lavaan's f_g·B1_g), or null without raw rows. */
  readonly B: Float64Array | null;
  /** tr(A⁻¹B) (Σ_g of lavaan's trace.h1 in the Yuan–Bentler test), NaN when A is singular or B is absent. */
  readonly traceAinvB: number;
}

const cache = new WeakMap<MlSolution, H1Information>();

/**
 * The h1 information of a solution: `missingDataInformation` at the unrestricted estimates (sample
 * moments; EM moments under FIML), with A⁻¹ and tr(A⁻¹B). Cached per solution, so the scaled test,
 * the scaled baseline test and the FIML-corrected statistics share one computation.
 * With fixed exogenous covariates (fixed.x) the moments of the covariates alone are left out (zero
 * rows and columns, A⁻¹ taken on the remaining moments) and, for complete data, B = A Γ_x A with the
 * fixed-x Gamma of `adfGamma`, as lavaan.
 * Source: lavaan 0.6-14 `lav_model_h1_information_observed` / `_firstorder` with
 * h1.information = "unstructured"; Yuan & Bentler (2000).
 * @param sol a solution
 * @param withB whether B (and tr(A⁻¹B)) is needed (default true); without it B is null
 * @returns A, A⁻¹, B and tr(A⁻¹B)
 * @throws never
 * @example
 * h1Information(sol).traceAinvB; // lavaan's sum(attr(trace.UGamma, "h1"))
 */
export function h1Information(sol: MlSolution, withB = true): H1Information {
  const hit = cache.get(sol);
  if (hit !== undefined && (hit.B !== null || !withB || sol.blockRows === null)) return hit;
  const { stats, rep } = sol;
  const xIdx = exogenousCovariates(sol).map((v) => rep.ovNames.indexOf(v));
  const keep = exogenousMomentMask(rep.p, rep.meanstructure, xIdx, stats.groups.length);
  const info = missingDataInformation(sol, stats.cov, stats.mean, keep, withB);
  const { n, A } = info;
  let B = info.B;
  if (keep !== null && !sol.fiml && withB) {
    // fixed.x, complete data: lavaan's B1 = A1 Γ_x A1 with the fixed-x Gamma (not the casewise scores)
    const gam = adfGamma(stats, rep.meanstructure, xIdx);
    B = gam === null ? null : sandwichBlocks(A, gam, stats.nobs.map((k) => k / stats.ntotal), n);
  }
  const Ainv = subspaceInverse(A, n, keep);
  let traceAinvB = NaN;
  if (Ainv !== null && B !== null) {
    traceAinvB = 0;
    for (let i = 0; i < n * n; i++) traceAinvB += Ainv[i]! * B[i]!;
  }
  const out: H1Information = { n, A, Ainv, B, traceAinvB };
  cache.set(sol, out);
  return out;
}

/** Inverse of A restricted to the kept moments (zero elsewhere), or null when singular. */
function subspaceInverse(A: Float64Array, n: number, keep: Uint8Array | null): Float64Array | null {
  if (keep === null) {
    const inv = new Float64Array(n * n);
    return Number.isNaN(spdInverse(A, n, inv, new Float64Array(n * n))) ? null : inv;
  }
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (keep === null || keep[i] === 1) idx.push(i);
  const k = idx.length, sub = new Float64Array(k * k), inv = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) sub[a * k + b] = A[idx[a]! * n + idx[b]!]!;
  if (Number.isNaN(spdInverse(sub, k, inv, new Float64Array(k * k)))) return null;
  const out = new Float64Array(n * n);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) out[idx[a]! * n + idx[b]!] = inv[a * k + b]!;
  return out;
}

/** A (⊕_g Γ_g / f_g) A for block-diagonal A (groups of equal size). */
function sandwichBlocks(A: Float64Array, gammas: readonly Float64Array[], fg: readonly number[], n: number): Float64Array {
  const G = gammas.length, nm = n / G, out = new Float64Array(n * n);
  for (let g = 0; g < G; g++) {
    const Ag = new Float64Array(nm * nm), o = g * nm;
    for (let a = 0; a < nm; a++) for (let b = 0; b < nm; b++) Ag[a * nm + b] = A[(o + a) * n + o + b]!;
    const Gg = gammas[g]!.map((v) => v / fg[g]!);
    const M = matMul(matMul(Ag, Gg, nm, nm, nm), Ag, nm, nm, nm);
    for (let a = 0; a < nm; a++) for (let b = 0; b < nm; b++) out[(o + a) * n + o + b] = M[a * nm + b]!;
  }
  return out;
}
