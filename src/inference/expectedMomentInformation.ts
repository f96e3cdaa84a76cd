import { spdInverse } from "../linalg/spdInverse.ts";
import { momentCount } from "../representation/momentJacobian.ts";

/** Cases of one group sharing a set of observed variables (a whole group for complete data). */
export interface InformationPattern {
  /** 0-based group. */
  readonly group: number;
  /** n_k / N (N the total sample size over groups). */
  readonly weight: number;
  /** 0-based indices of the observed variables, or null for all. */
  readonly observed: ArrayLike<number> | null;
}

/**
 * Expected information of the normal model per observation with respect to the moments (σ, μ), at
 * model-implied covariance matrices, summed over missing-data patterns (lavaan's "structured" expected
 * h1 information, `lav_mvnorm_missing_information_expected`; one pattern per group for complete data,
 * `lav_mvnorm_information_expected`). Pattern k adds, with K = (Σ_oo)⁻¹ embedded in p×p (zero rows and
 * columns for missing variables) and w_k = n_k/N:
 *   I[(ab),(cd)] += w_k (K_ac K_bd + K_ad K_bc) · (½ if a = b) · (½ if c = d),   I[μ_a, μ_b] += w_k K_ab.
 * With fixed exogenous covariates, the rows and columns of their own moments are zeroed
 * (eliminate.pstar.idx), as lavaan.
 * Source: Savalei (2010), Structural Equation Modeling 17, 241–264; lavaan 0.6-14 R/lav_mvnorm.R,
 * R/lav_mvnorm_missing.R.
 * @param p observed variables
 * @param meanstructure whether the mean moments are included
 * @param covs implied Σ_g per group (p×p row-major)
 * @param patterns the patterns of every group
 * @param keep optional 0/1 mask over the G·momentCount moments (e.g. `exogenousMomentMask`)
 * @returns block-diagonal (G·m)×(G·m) matrix in the moment order of `momentJacobian`; null when some Σ_oo is not positive definite
 * @throws never
 * @example
 * const A = expectedMomentInformation(p, false, [sigma], [{ group: 0, weight: 1, observed: null }], null);
 */
export function expectedMomentInformation(
  p: number, meanstructure: boolean, covs: readonly Float64Array[], patterns: readonly InformationPattern[], keep: Uint8Array | null,
): Float64Array | null {
  const nm = momentCount(p, meanstructure), nv = (p * (p + 1)) / 2, n = covs.length * nm;
  const out = new Float64Array(n * n);
  const vech = (a: number, b: number): number => (a <= b ? a * p - (a * (a - 1)) / 2 + (b - a) : b * p - (b * (b - 1)) / 2 + (a - b));
  for (const pat of patterns) {
    const idx = pat.observed === null ? Array.from({ length: p }, (_, i) => i) : Array.from(pat.observed);
    const po = idx.length, Sig = covs[pat.group]!, w = pat.weight, o = pat.group * nm;
    if (po === 0 || w === 0) continue;
    const So = new Float64Array(po * po), Ko = new Float64Array(po * po);
    for (let i = 0; i < po; i++) for (let j = 0; j < po; j++) So[i * po + j] = Sig[idx[i]! * p + idx[j]!]!;
    if (Number.isNaN(spdInverse(So, po, Ko, new Float64Array(po * po)))) return null;
    const ri: number[] = [], rj: number[] = [], rv: number[] = [];
    for (let i = 0; i < po; i++) for (let j = i; j < po; j++) { ri.push(i); rj.push(j); rv.push(vech(idx[i]!, idx[j]!)); }
    for (let r = 0; r < ri.length; r++) {
      const a = ri[r]!, b = rj[r]!, fr = a === b ? 0.5 * w : w, row = (o + rv[r]!) * n + o;
      for (let s = 0; s < ri.length; s++) {
        const c = ri[s]!, d = rj[s]!;
        out[row + rv[s]!]! += fr * (c === d ? 0.5 : 1) * (Ko[a * po + c]! * Ko[b * po + d]! + Ko[a * po + d]! * Ko[b * po + c]!);
      }
    }
    if (meanstructure) {
      for (let i = 0; i < po; i++) for (let j = 0; j < po; j++) out[(o + nv + idx[i]!) * n + o + nv + idx[j]!]! += w * Ko[i * po + j]!;
    }
  }
  if (keep !== null) {
    for (let r = 0; r < n; r++) {
      if (keep[r] === 1) continue;
      for (let s = 0; s < n; s++) { out[r * n + s] = 0; out[s * n + r] = 0; }
    }
  }
  return out;
}
