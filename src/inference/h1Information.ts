import type { MlSolution } from "../sem/estimateModel.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { missingDataInformation } from "./missingDataInformation.ts";

/** Information matrices of the unrestricted (h1) model at the sample (complete data) or EM (FIML) moments. */
export interface H1Information {
  /** Order: G·momentCount(p, meanstructure), moments as in `momentJacobian`. */
  readonly n: number;
  /** Observed information per observation, group-weighted (lavaan's f_g·A1_g, block-diagonal). */
  readonly A: Float64Array;
  /** A⁻¹, or null when A is singular. */
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
 * Source: lavaan 0.6-14 `lav_model_h1_information_observed` / `_firstorder` with
 * h1.information = "unstructured"; Yuan & Bentler (2000).
 * @param sol a solution
 * @returns A, A⁻¹, B and tr(A⁻¹B)
 * @throws never
 * @example
 * h1Information(sol).traceAinvB; // lavaan's sum(attr(trace.UGamma, "h1"))
 */
export function h1Information(sol: MlSolution): H1Information {
  const hit = cache.get(sol);
  if (hit !== undefined) return hit;
  const { n, A, B } = missingDataInformation(sol, sol.stats.cov, sol.stats.mean);
  let Ainv: Float64Array | null = new Float64Array(n * n);
  if (Number.isNaN(spdInverse(A, n, Ainv, new Float64Array(n * n)))) Ainv = null;
  let traceAinvB = NaN;
  if (Ainv !== null && B !== null) {
    traceAinvB = 0;
    for (let i = 0; i < n * n; i++) traceAinvB += Ainv[i]! * B[i]!;
  }
  const out: H1Information = { n, A, Ainv, B, traceAinvB };
  cache.set(sol, out);
  return out;
}
