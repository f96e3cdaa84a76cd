import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { momentCount } from "./momentJacobian.ts";

const cache = new WeakMap<SampleStatistics, Map<boolean, Float64Array[] | null>>();

/**
 * Asymptotic (distribution-free) covariance matrix Γ_g of the sample moments of each group, lavaan's
 * NACOV for complete data: with d_i = x_i − x̄ and the moment vector
 *   m_i = (vech(d_i d_iᵀ) by rows a ≤ b, then x_i when means are modelled),
 * Γ_g = (1/N_g) Σ_i (m_i − m̄)(m_i − m̄)ᵀ, in the moment order of `momentJacobian`.
 * Cached per sample-statistics object (a model and its baseline share it).
 * Source: Browne (1984), British Journal of Mathematical and Statistical Psychology 37, 62–83, eq. 2.8;
 * lavaan 0.6-14 R/lav_samplestats_gamma.R (`lav_samplestats_Gamma`, unbiased = FALSE).
 * @param stats sample statistics with raw rows kept
 * @param meanstructure whether the mean moments are included
 * @returns one momentCount×momentCount matrix per group, or null without raw rows
 * @throws never
 * @example
 * const [G] = adfGamma(stats, false)!; // 45×45 for nine variables
 */
export function adfGamma(stats: SampleStatistics, meanstructure: boolean): Float64Array[] | null {
  let byMs = cache.get(stats);
  const hit = byMs?.get(meanstructure);
  if (hit !== undefined) return hit;
  const out = compute(stats, meanstructure);
  if (byMs === undefined) { byMs = new Map(); cache.set(stats, byMs); }
  byMs.set(meanstructure, out);
  return out;
}

function compute(stats: SampleStatistics, ms: boolean): Float64Array[] | null {
  if (stats.rows === undefined) return null;
  const p = stats.names.length, nm = momentCount(p, ms), nv = (p * (p + 1)) / 2;
  return stats.rows.map((X, g) => {
    const n = stats.nobs[g]!, mean = stats.mean[g]!, S = stats.cov[g]!;
    const G = new Float64Array(nm * nm), z = new Float64Array(nm), d = new Float64Array(p);
    for (let r = 0; r < n; r++) {
      for (let a = 0; a < p; a++) d[a] = X[r * p + a]! - mean[a]!;
      let k = 0;
      for (let a = 0; a < p; a++) for (let b = a; b < p; b++) z[k++] = d[a]! * d[b]! - S[a * p + b]!;
      if (ms) for (let a = 0; a < p; a++) z[nv + a] = d[a]!;
      for (let i = 0; i < nm; i++) {
        const zi = z[i]!, o = i * nm;
        for (let j = 0; j <= i; j++) G[o + j]! += zi * z[j]!;
      }
    }
    for (let i = 0; i < nm; i++) for (let j = 0; j <= i; j++) { const v = G[i * nm + j]! / n; G[i * nm + j] = v; G[j * nm + i] = v; }
    return G;
  });
}
