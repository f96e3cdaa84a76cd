import type { ClusterStatistics } from "../data/clusterStatistics.ts";
import { choleskyInPlace } from "../linalg/cholesky.ts";

/**
 * The two-level normal log-likelihood of complete data (lavaan's `lav_mvnorm_cluster_loglik_samplestats_2l`): the p
 * variables with a within part have within covariance Σ_W and between covariance Σ_B,yy (zero rows for within-only
 * variables), the pz between-only variables z have Σ_B,zz and Σ_B,yz; for a cluster of size s with mean ȳ and
 * cluster values z, (z, ȳ) is normal with covariance [[Σ_zz, Σ_zy], [Σ_yz, Σ_B,yy + Σ_W/s]] and the within scatter is
 * independent of it, so with Σ_b.z = Σ_B,yy − Σ_yz Σ_zz⁻¹ Σ_zy and Σ_s = sΣ_b.z + Σ_W,
 *   −2 log L = Σ_s J_s [log|Σ_zz| + log|Σ_s|] + Σ_s B_s + (N − J)(log|Σ_W|) + tr(Σ_W⁻¹ Σ_j W_j) + (N p + J pz) log 2π,
 *   B_s = tr((Σ_zz⁻¹ + s A ᵀΣ_s⁻¹A) T_zz) − 2s Σ (Σ_s⁻¹A ∘ T_yz) + s tr(Σ_s⁻¹ T_yy),  A = Σ_yz Σ_zz⁻¹,
 * T = Σ_{clusters of size s} (v_j − μ)(v_j − μ)ᵀ, evaluated once per distinct cluster size.
 * Source: Searle, Casella & McCulloch (1992), Variance Components, §6; lavaan 0.6-14 R/lav_mvnorm_cluster.R.
 * @param st cluster statistics
 * @param sigmaW within covariance of the p within variables (p × p)
 * @param sigmaB between covariance over (y, z), (p + pz) × (p + pz)
 * @param mu means of (y, z), p + pz
 * @returns log L, or −Infinity when a covariance matrix is not positive definite
 * @throws never
 * @example
 * twoLevelLoglik(clusterStatistics(ds, ys, [], "cluster"), sw, sb, mu);
 */
export function twoLevelLoglik(st: ClusterStatistics, sigmaW: Float64Array, sigmaB: Float64Array, mu: Float64Array): number {
  const p = st.p, pz = st.pz, q = p + pz;
  const W = logdetInverse(sigmaW, p);
  if (W === null) return -Infinity;
  let m2 = (st.n * p + st.nclusters * pz) * Math.log(2 * Math.PI) + (st.n - st.nclusters) * W.logdet;
  for (let a = 0; a < p * p; a++) m2 += W.inverse[a]! * st.scatter[a]!;
  // between-only block: Σ_zz⁻¹, A = Σ_yz Σ_zz⁻¹, Σ_b.z
  let Z: { logdet: number; inverse: Float64Array } | null = { logdet: 0, inverse: new Float64Array(0) };
  const A = new Float64Array(p * pz), Bz = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) Bz[a * p + b] = sigmaB[a * q + b]!;
  if (pz > 0) {
    const Szz = new Float64Array(pz * pz);
    for (let a = 0; a < pz; a++) for (let b = 0; b < pz; b++) Szz[a * pz + b] = sigmaB[(p + a) * q + p + b]!;
    Z = logdetInverse(Szz, pz);
    if (Z === null) return -Infinity;
    for (let a = 0; a < p; a++) for (let b = 0; b < pz; b++) {
      let v = 0;
      for (let c = 0; c < pz; c++) v += sigmaB[a * q + p + c]! * Z.inverse[c * pz + b]!;
      A[a * pz + b] = v;
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
      let v = 0;
      for (let c = 0; c < pz; c++) v += A[a * pz + c]! * sigmaB[b * q + p + c]!;
      Bz[a * p + b] = Bz[a * p + b]! - v;
    }
  }
  const V = new Float64Array(p * p), T = new Float64Array(q * q), SA = new Float64Array(p * pz);
  for (const e of st.sizes) {
    const s = e.size;
    for (let a = 0; a < p * p; a++) V[a] = sigmaW[a]! + s * Bz[a]!;
    const S = logdetInverse(V, p);
    if (S === null) return -Infinity;
    for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) {
      T[a * q + b] = e.cross[a * q + b]! - e.sum[a]! * mu[b]! - mu[a]! * e.sum[b]! + e.count * mu[a]! * mu[b]!;
    }
    let B = 0;
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) B += s * S.inverse[a * p + b]! * T[a * q + b]!;
    if (pz > 0) {
      for (let a = 0; a < p; a++) for (let b = 0; b < pz; b++) {
        let v = 0;
        for (let c = 0; c < p; c++) v += S.inverse[a * p + c]! * A[c * pz + b]!;
        SA[a * pz + b] = v;
      }
      for (let a = 0; a < pz; a++) for (let b = 0; b < pz; b++) {
        let v = Z.inverse[a * pz + b]!;
        for (let c = 0; c < p; c++) v += s * A[c * pz + a]! * SA[c * pz + b]!;
        B += v * T[(p + a) * q + p + b]!;
      }
      for (let a = 0; a < p; a++) for (let b = 0; b < pz; b++) B -= 2 * s * SA[a * pz + b]! * T[a * q + p + b]!;
    }
    m2 += e.count * (Z.logdet + S.logdet) + B;
  }
  return -0.5 * m2;
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
