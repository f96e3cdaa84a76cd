import { bvnNodes, bvnUpperWithNodes } from "../distributions/genzBvn.ts";
import type { BvnNodes } from "../distributions/genzBvn.ts";

/** lavaan's floor for a cell probability (`sqrt(.Machine$double.eps)`). */
export const CELL_FLOOR = Math.sqrt(2.220446049250313e-16);
const RHO_DENSITY_LIMIT = 0.9999;
const INV_TWO_PI = 0.15915494309189535;

/** Scratch and outputs of {@link bivariateCells} for one K×L table; allocate once per table size. */
export interface CellWork {
  readonly K: number;
  readonly L: number;
  /** cell probabilities π_cd(ρ), row-major K×L, floored at {@link CELL_FLOOR} as lavaan does */
  readonly pi: Float64Array;
  /** ∂π_cd/∂ρ: corner sums of the bivariate normal density at the thresholds */
  readonly phi: Float64Array;
  /** ∂²π_cd/∂ρ² (filled only when asked for) */
  readonly gnorm: Float64Array;
  /** (K+1)×(L+1) grid of Φ₂ at the thresholds, and of the density, with zero borders */
  readonly grid: Float64Array;
  readonly dens: Float64Array;
  readonly dens2: Float64Array;
  nodes: BvnNodes | undefined;
}

/**
 * Allocate the work arrays for a K×L table (no formula; the sizes follow lavaan's (K+1)×(L+1) grid of
 * cumulative probabilities, lav_bvord_noexo_pi).
 * @param K rows (categories of the first variable)
 * @param L columns (categories of the second variable)
 * @returns zeroed work arrays
 * @throws never
 * @example
 * const w = cellWork(5, 5);
 */
export function cellWork(K: number, L: number): CellWork {
  const g = (K + 1) * (L + 1);
  return {
    K, L, pi: new Float64Array(K * L), phi: new Float64Array(K * L), gnorm: new Float64Array(K * L),
    grid: new Float64Array(g), dens: new Float64Array(g), dens2: new Float64Array(g), nodes: undefined,
  };
}

/**
 * Cell probabilities of the bivariate probit (polychoric) model for a K×L table and their first and
 * second derivatives in ρ, exactly as lavaan 0.6-14 computes them (lav_bvord_noexo_pi/phi/gnorm): the
 * cumulative grid Φ₂(τ_a, κ_b; ρ) is differenced over the four corners of each cell; probabilities below
 * √ε are set to √ε; at ρ = 0 the product of the margins is used. The density uses ρ clipped to ±0.9999.
 *
 * Source: Olsson (1979), "Maximum likelihood estimation of the polychoric correlation coefficient",
 * Psychometrika 44, 443–460, eq. (2) and the derivative ∂Φ₂/∂ρ = φ₂ (eq. 8); ∂φ₂/∂ρ = φ₂·g(u, v, ρ) with
 * g = (uv(1−ρ²) − ρ(u² − 2ρuv + v²) + ρ(1−ρ²))/(1−ρ²)².
 * @param th1 the K−1 thresholds of the row variable
 * @param th2 the L−1 thresholds of the column variable
 * @param cdf1 Φ(th1), precomputed
 * @param cdf2 Φ(th2), precomputed
 * @param rho the correlation
 * @param w work arrays from {@link cellWork}; receives pi, phi and (if `second`) gnorm
 * @param second also compute the second derivative
 * @returns nothing; the results are in `w`
 * @throws never
 * @example
 * const t = new Float64Array([0]), p = new Float64Array([0.5]);
 * const w = cellWork(2, 2); bivariateCells(t, t, p, p, 0.5, w, false);
 * // w.pi = [1/3, 1/6, 1/6, 1/3]
 */
export function bivariateCells(
  th1: Float64Array, th2: Float64Array, cdf1: Float64Array, cdf2: Float64Array, rho: number, w: CellWork, second: boolean,
): void {
  const K = w.K, L = w.L, L1 = L + 1;
  const grid = w.grid, dens = w.dens, dens2 = w.dens2, pi = w.pi;
  // cumulative grid with borders: row 0 and column 0 are 0; row K is Φ(κ); column L is Φ(τ); corner 1
  if (rho === 0) {
    for (let c = 0; c < K; c++) {
      const pc = (c < K - 1 ? cdf1[c]! : 1) - (c > 0 ? cdf1[c - 1]! : 0);
      for (let d = 0; d < L; d++) {
        const pd = (d < L - 1 ? cdf2[d]! : 1) - (d > 0 ? cdf2[d - 1]! : 0);
        pi[c * L + d] = pc * pd;
      }
    }
  } else {
    const nodes = bvnNodes(rho, w.nodes);
    w.nodes = nodes;
    for (let a = 1; a < K; a++) {
      const h = th1[a - 1]!, ph = cdf1[a - 1]!;
      for (let b = 1; b < L; b++) grid[a * L1 + b] = bvnUpperWithNodes(-h, -th2[b - 1]!, nodes, ph, cdf2[b - 1]!);
      grid[a * L1 + L] = ph;
    }
    for (let b = 1; b < L; b++) grid[K * L1 + b] = cdf2[b - 1]!;
    grid[K * L1 + L] = 1;
    for (let c = 0; c < K; c++) {
      for (let d = 0; d < L; d++) {
        const i = c * L1 + d;
        const v = grid[i + L1 + 1]! - grid[i + L1]! - grid[i + 1]! + grid[i]!;
        pi[c * L + d] = v < CELL_FLOOR ? CELL_FLOOR : v;
      }
    }
  }
  // density at the interior corners (zero on the borders)
  const r = Math.abs(rho) > RHO_DENSITY_LIMIT ? Math.sign(rho) * RHO_DENSITY_LIMIT : rho;
  const R = 1 - r * r;
  const norm = INV_TWO_PI / Math.sqrt(R);
  for (let a = 1; a < K; a++) {
    const u = th1[a - 1]!;
    for (let b = 1; b < L; b++) {
      const v = th2[b - 1]!;
      const q = u * u - 2 * r * u * v + v * v;
      const f = norm * Math.exp(-0.5 * q / R);
      dens[a * L1 + b] = f;
      if (second) dens2[a * L1 + b] = f * (u * v * R - r * q + r * R) / (R * R);
    }
  }
  const phi = w.phi, gnorm = w.gnorm;
  for (let c = 0; c < K; c++) {
    for (let d = 0; d < L; d++) {
      const i = c * L1 + d;
      phi[c * L + d] = dens[i + L1 + 1]! - dens[i + L1]! - dens[i + 1]! + dens[i]!;
      if (second) gnorm[c * L + d] = dens2[i + L1 + 1]! - dens2[i + L1]! - dens2[i + 1]! + dens2[i]!;
    }
  }
}
