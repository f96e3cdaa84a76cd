import { spdInverse } from "../linalg/spdInverse.ts";
import { momentCount } from "../representation/momentJacobian.ts";

/**
 * Expected information of the unrestricted (h1) normal model per observation, at covariance
 * matrices Σ_g and weighted by the group fractions f_g = N_g/N, in the moment order of
 * `momentJacobian` (vech by rows a ≤ b, then means):
 *   I[(ab),(cd)] = f_g (K_ac K_bd + K_ad K_bc) · (½ if a = b) · (½ if c = d),   I[μ_a, μ_b] = f_g K_ab,
 * with K = Σ_g⁻¹ — lavaan's ½ Dᵀ(K ⊗ K)D and K blocks (`lav_mvnorm_h1_information_expected`,
 * which at the sample moments also equals the observed h1 information of complete data).
 * Source: Magnus & Neudecker (1999), ch. 15; lavaan 0.6-14 R/lav_mvnorm_h1.R.
 * @param covs per-group Σ_g (p×p row-major)
 * @param weights per-group f_g
 * @param p observed variables
 * @param meanstructure whether the mean rows are included
 * @returns block-diagonal (G·m)×(G·m) matrix, m = momentCount(p, meanstructure); null when some Σ_g is not positive definite
 * @throws never
 * @example
 * const Wc = h1ExpectedInformation(stats.cov, stats.nobs.map((n) => n / stats.ntotal), p, true);
 */
export function h1ExpectedInformation(covs: readonly Float64Array[], weights: readonly number[], p: number, meanstructure: boolean): Float64Array | null {
  const nm = momentCount(p, meanstructure), G = covs.length, n = G * nm;
  const out = new Float64Array(n * n);
  const K = new Float64Array(p * p), work = new Float64Array(p * p);
  const ia: number[] = [], ib: number[] = [];
  for (let a = 0; a < p; a++) for (let b = a; b < p; b++) { ia.push(a); ib.push(b); }
  const nv = ia.length;
  for (let g = 0; g < G; g++) {
    if (Number.isNaN(spdInverse(covs[g]!, p, K, work))) return null;
    const f = weights[g]!, o = g * nm;
    for (let r = 0; r < nv; r++) {
      const a = ia[r]!, b = ib[r]!;
      const fr = a === b ? 0.5 * f : f;
      for (let s = 0; s <= r; s++) {
        const c = ia[s]!, d = ib[s]!;
        const v = fr * (c === d ? 0.5 : 1) * (K[a * p + c]! * K[b * p + d]! + K[a * p + d]! * K[b * p + c]!);
        out[(o + r) * n + o + s] = v; out[(o + s) * n + o + r] = v;
      }
    }
    if (meanstructure) {
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) out[(o + nv + a) * n + o + nv + b] = f * K[a * p + b]!;
    }
  }
  return out;
}
