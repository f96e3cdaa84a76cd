import { normalCdf } from "../distributions/normalCdf.ts";
import { normalDensity } from "../distributions/normalDensity.ts";
import { CELL_FLOOR } from "./bivariateCells.ts";
import type { CellWork } from "./bivariateCells.ts";

/** Casewise scores of the bivariate probit log-likelihood, one value per cell of the K×L table. */
export interface CellScores {
  /** ∂ log π_cd / ∂ρ */
  readonly rho: Float64Array;
  /** ∂ log π_cd / ∂τ_c (upper threshold of row category c; 0 for the last row) */
  readonly th1Upper: Float64Array;
  /** ∂ log π_cd / ∂τ_{c−1} (lower threshold of row category c; 0 for the first row) */
  readonly th1Lower: Float64Array;
  /** ∂ log π_cd / ∂κ_d and ∂ log π_cd / ∂κ_{d−1} for the column variable */
  readonly th2Upper: Float64Array;
  readonly th2Lower: Float64Array;
}

/** Work space of the grids A, B (zeroed on every call) and the densities (entries 1 … K−1 written before use). */
let gridA = new Float64Array(256), gridB = new Float64Array(256), dens1 = new Float64Array(16), dens2 = new Float64Array(16);

/**
 * Per-cell scores of the polychoric log-likelihood with respect to ρ and to the two threshold vectors,
 * as lavaan 0.6-14's lav_bvord_cor_scores (no covariates): every case in cell (c, d) has the same scores,
 * so they are computed once per cell. Limits beyond the last threshold are ±100, as in lavaan, where the
 * density is 0 and the conditional probabilities are exactly 0 or 1. Cells whose probability is at lavaan's
 * √ε floor get score 0 (lavaan's NA, dropped from its cross-products).
 *
 * Source: Olsson (1979), Psychometrika 44, 443–460, eqs. (8)–(10): ∂π_cd/∂τ_c = φ(τ_c)[Φ((κ_d − ρτ_c)/√(1−ρ²))
 * − Φ((κ_{d−1} − ρτ_c)/√(1−ρ²))] and ∂π/∂ρ = corner sum of φ₂; Muthén (1984), Psychometrika 49, 115–132.
 * @param th1 the K−1 row thresholds
 * @param th2 the L−1 column thresholds
 * @param rho the estimated correlation
 * @param cells work arrays filled by bivariateCells at this ρ (pi and phi are used)
 * @returns the five K×L score tables
 * @throws never
 * @example
 * const s = polychoricCellScores(th1, th2, rho, cells); s.rho[0]; // ∂ log π₀₀ / ∂ρ
 */
export function polychoricCellScores(th1: Float64Array, th2: Float64Array, rho: number, cells: CellWork): CellScores {
  const K = th1.length + 1, L = th2.length + 1, L1 = L + 1;
  // the five tables share one buffer (one allocation instead of five)
  const KL = K * L, buf = new ArrayBuffer(40 * KL);
  const out: CellScores = {
    rho: new Float64Array(buf, 0, KL), th1Upper: new Float64Array(buf, 8 * KL, KL), th1Lower: new Float64Array(buf, 16 * KL, KL),
    th2Upper: new Float64Array(buf, 24 * KL, KL), th2Lower: new Float64Array(buf, 32 * KL, KL),
  };
  const R = Math.sqrt(1 - rho * rho);
  // A[a][b] = Φ((κ_b − ρτ_a)/R) and B[a][b] = Φ((τ_a − ρκ_b)/R) on the (K+1)×(L+1) grid of limits
  // (−100, thresholds, +100); only interior rows/columns are needed (φ(±100) = 0), borders are 0 / 1.
  const G = (K + 1) * L1;
  if (gridA.length < G) { gridA = new Float64Array(G); gridB = new Float64Array(G); }
  if (dens1.length < K + 1) dens1 = new Float64Array(K + 1);
  if (dens2.length < L + 1) dens2 = new Float64Array(L + 1);
  const A = gridA.fill(0, 0, G), B = gridB.fill(0, 0, G), d1 = dens1, d2 = dens2;
  for (let a = 1; a < K; a++) {
    const u = th1[a - 1]!;
    A[a * L1 + L] = 1;
    for (let b = 1; b < L; b++) {
      const v = th2[b - 1]!;
      A[a * L1 + b] = R === 0 ? 0.5 : normalCdf((v - rho * u) / R);
      B[a * L1 + b] = R === 0 ? 0.5 : normalCdf((u - rho * v) / R);
    }
  }
  for (let b = 1; b < L; b++) B[K * L1 + b] = 1;
  for (let a = 1; a < K; a++) d1[a] = normalDensity(th1[a - 1]!);
  for (let b = 1; b < L; b++) d2[b] = normalDensity(th2[b - 1]!);
  const pi = cells.pi, phi = cells.phi;
  for (let c = 0; c < K; c++) {
    for (let d = 0; d < L; d++) {
      const i = c * L + d;
      const lik = pi[i]!;
      if (lik <= CELL_FLOOR) continue; // lavaan: NA score, dropped from its cross-products
      if (c < K - 1) out.th1Upper[i] = R === 0 ? 0.5 * d1[c + 1]! / lik : d1[c + 1]! * (A[(c + 1) * L1 + d + 1]! - A[(c + 1) * L1 + d]!) / lik;
      if (c > 0) out.th1Lower[i] = R === 0 ? -0.5 * d1[c]! / lik : -d1[c]! * (A[c * L1 + d + 1]! - A[c * L1 + d]!) / lik;
      if (d < L - 1) out.th2Upper[i] = R === 0 ? 0.5 * d2[d + 1]! / lik : d2[d + 1]! * (B[(c + 1) * L1 + d + 1]! - B[c * L1 + d + 1]!) / lik;
      if (d > 0) out.th2Lower[i] = R === 0 ? -0.5 * d2[d]! / lik : -d2[d]! * (B[(c + 1) * L1 + d]! - B[c * L1 + d]!) / lik;
      out.rho[i] = phi[i]! / lik;
    }
  }
  return out;
}
