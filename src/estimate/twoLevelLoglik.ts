import type { ClusterStatistics } from "../data/clusterStatistics.ts";
import { choleskyInPlace } from "../linalg/cholesky.ts";

/**
 * The two-level normal log-likelihood of complete data with random intercepts at the cluster level: for a cluster
 * of size s with mean ȳ and within scatter W, y ~ N(𝟙⊗μ, I⊗Σ_W + 𝟙𝟙ᵀ⊗Σ_B), so
 *   log L = −½ [N p log 2π + (N − J) log|Σ_W| + tr(Σ_W⁻¹ Σ_j W_j) + Σ_j (log|Σ_W + s_jΣ_B| + s_j (ȳ_j − μ)ᵀ(Σ_W + s_jΣ_B)⁻¹(ȳ_j − μ))],
 * evaluated once per distinct cluster size.
 * Source: Searle, Casella & McCulloch (1992), Variance Components, §6; lavaan 0.6-14 lav_mvnorm_cluster_loglik_samplestats_2l.
 * @param st cluster statistics
 * @param sigmaW within covariance (p × p)
 * @param sigmaB between covariance (p × p)
 * @param mu grand mean (p)
 * @returns log L, or −Infinity when a covariance matrix is not positive definite
 * @throws never
 * @example
 * twoLevelLoglik(clusterStatistics(ds, ys, "cluster"), sw, sb, mu);
 */
export function twoLevelLoglik(st: ClusterStatistics, sigmaW: Float64Array, sigmaB: Float64Array, mu: Float64Array): number {
  const p = st.p;
  const W = logdetInverse(sigmaW, p);
  if (W === null) return -Infinity;
  let ll = -0.5 * st.n * p * Math.log(2 * Math.PI) - 0.5 * (st.n - st.nclusters) * W.logdet;
  let tr = 0;
  for (let a = 0; a < p * p; a++) tr += W.inverse[a]! * st.scatter[a]!;
  ll -= 0.5 * tr;
  const V = new Float64Array(p * p);
  for (const e of st.sizes) {
    for (let a = 0; a < p * p; a++) V[a] = sigmaW[a]! + e.size * sigmaB[a]!;
    const B = logdetInverse(V, p);
    if (B === null) return -Infinity;
    // Σ_j s (ȳ_j − μ)(ȳ_j − μ)ᵀ = cross − sum μᵀ − μ sumᵀ + s·count μμᵀ
    let q = 0;
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
      const m = e.cross[a * p + b]! - e.sum[a]! * mu[b]! - mu[a]! * e.sum[b]! + e.size * e.count * mu[a]! * mu[b]!;
      q += B.inverse[a * p + b]! * m;
    }
    ll -= 0.5 * (e.count * B.logdet + q);
  }
  return ll;
}

function logdetInverse(S: Float64Array, p: number): { logdet: number; inverse: Float64Array } | null {
  const L = Float64Array.from(S);
  if (!choleskyInPlace(L, p)) return null;
  let logdet = 0;
  for (let i = 0; i < p; i++) logdet += 2 * Math.log(L[i * p + i]!);
  // inverse from the Cholesky factor: solve L Lᵀ X = I column by column
  const inverse = new Float64Array(p * p), z = new Float64Array(p);
  for (let c = 0; c < p; c++) {
    for (let i = 0; i < p; i++) {
      let v = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) v -= L[i * p + k]! * z[k]!;
      z[i] = v / L[i * p + i]!;
    }
    for (let i = p - 1; i >= 0; i--) {
      let v = z[i]!;
      for (let k = i + 1; k < p; k++) v -= L[k * p + i]! * inverse[k * p + c]!;
      inverse[i * p + c] = v / L[i * p + i]!;
    }
  }
  return { logdet, inverse };
}
