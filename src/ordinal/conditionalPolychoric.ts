import { bvnNodes, type BvnNodes } from "../distributions/genzBvn.ts";
import { bivariateNormalCdf } from "../distributions/bivariateNormalCdf.ts";
import { bivariateNormalDensity } from "../distributions/bivariateNormalDensity.ts";
import { normalCdf } from "../distributions/normalCdf.ts";
import { normalDensity } from "../distributions/normalDensity.ts";

/** One ordinal variable's first-step fit: codes, thresholds and slopes of its probit regression. */
export interface ProbitMargin {
  readonly codes: ArrayLike<number>;
  readonly thresholds: Float64Array;
  readonly slopes: Float64Array;
}

/** The residual polychoric correlation of a pair and its casewise scores. */
export interface ConditionalPair {
  readonly rho: number;
  /** ∂ log P_i/∂ρ per case. */
  readonly scoreRho: Float64Array;
  /** ∂ log P_i/∂(τ, β) of each variable of the pair (row-major n × (K − 1 + q)), the bivariate likelihood's. */
  readonly score1: Float64Array;
  readonly score2: Float64Array;
  readonly converged: boolean;
}

/**
 * The residual (conditional on x) polychoric correlation of two ordinal variables given their probit regressions
 * (lavaan's `lav_bvord_cor_twostep_fit` with covariates): ρ maximizes Σ_i log P_i(ρ), P_i the bivariate normal
 * probability of the case's rectangle [τ_{1,c−1} − x_iᵀβ₁, τ_{1,c} − x_iᵀβ₁] × [τ_{2,d−1} − x_iᵀβ₂, τ_{2,d} − x_iᵀβ₂],
 * found by Newton's method on the score with the analytic second derivative (bisection inside the bracket when a step
 * leaves it, at most 100 steps); the
 * casewise scores w.r.t. ρ and both margins' thresholds and slopes feed Γ.
 *
 * Source: Olsson (1979), Psychometrika 44; Muthén (1984), Psychometrika 49; lavaan 0.6-14 R/lav_bvord.R.
 * @param m1 first variable
 * @param m2 second variable
 * @param X row-major n × q covariates
 * @param n cases
 * @param q covariates
 * @returns ρ and the casewise scores
 * @throws never
 * @example
 * conditionalPolychoric(margin1, margin2, X, 437, 2).rho;
 */
export function conditionalPolychoric(m1: ProbitMargin, m2: ProbitMargin, X: Float64Array, n: number, q: number): ConditionalPair {
  const lim = (m: ProbitMargin): { a: Float64Array; b: Float64Array } => {
    const a = new Float64Array(n), b = new Float64Array(n), nt = m.thresholds.length;
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (let k = 0; k < q; k++) eta += X[i * q + k]! * m.slopes[k]!;
      const c = m.codes[i]!;
      a[i] = c < nt ? m.thresholds[c]! - eta : Infinity;
      b[i] = c > 0 ? m.thresholds[c - 1]! - eta : -Infinity;
    }
    return { a, b };
  };
  const L1 = lim(m1), L2 = lim(m2);
  // Σ log P_i: first and second derivatives in ρ (∂φ₂/∂ρ from the density itself)
  const derivatives = (rho: number): [number, number] => {
    const nodes = bvnNodes(rho);
    let d1 = 0, d2 = 0;
    for (let i = 0; i < n; i++) {
      const a1 = L1.a[i]!, b1 = L1.b[i]!, a2 = L2.a[i]!, b2 = L2.b[i]!;
      const P = rect(a1, b1, a2, b2, nodes);
      const g = rectDensity(a1, b1, a2, b2, rho) / P;
      const h = (dphi2(a1, a2, rho) - dphi2(b1, a2, rho) - dphi2(a1, b2, rho) + dphi2(b1, b2, rho)) / P;
      d1 += g;
      d2 += h - g * g;
    }
    return [d1, d2];
  };
  let lo = -0.9999, hi = 0.9999, rho = 0, converged = false;
  for (let it = 0; it < 100; it++) {
    const [s1, s2] = derivatives(rho);
    if (s1 > 0) lo = rho; else hi = rho;
    let next = s2 < 0 ? rho - s1 / s2 : (lo + hi) / 2;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - rho) < 1e-13) { rho = next; converged = true; break; }
    rho = next;
  }
  const nt1 = m1.thresholds.length, nt2 = m2.thresholds.length, d1 = nt1 + q, d2 = nt2 + q;
  const scoreRho = new Float64Array(n), score1 = new Float64Array(n * d1), score2 = new Float64Array(n * d2);
  const s = Math.sqrt(1 - rho * rho);
  const nodes = bvnNodes(rho);
  for (let i = 0; i < n; i++) {
    const a1 = L1.a[i]!, b1 = L1.b[i]!, a2 = L2.a[i]!, b2 = L2.b[i]!;
    const P = rect(a1, b1, a2, b2, nodes);
    scoreRho[i] = rectDensity(a1, b1, a2, b2, rho) / P;
    const side = (x: number, u: number, v: number): number => (Number.isFinite(x) ? normalDensity(x) * (cdfInf((u - rho * x) / s, u) - cdfInf((v - rho * x) / s, v)) : 0);
    const dA1 = side(a1, a2, b2) / P, dB1 = -side(b1, a2, b2) / P, dA2 = side(a2, a1, b1) / P, dB2 = -side(b2, a1, b1) / P;
    fill(score1, i, d1, nt1, q, m1.codes[i]!, dA1, dB1, X);
    fill(score2, i, d2, nt2, q, m2.codes[i]!, dA2, dB2, X);
  }
  return { rho, scoreRho, score1, score2, converged };
}

/** Φ of a standardized limit that keeps the sign of an infinite raw limit. */
function cdfInf(z: number, raw: number): number {
  if (raw === Infinity) return 1;
  if (raw === -Infinity) return 0;
  return normalCdf(z);
}

function fill(out: Float64Array, i: number, d: number, nt: number, q: number, c: number, dA: number, dB: number, X: Float64Array): void {
  if (c < nt) out[i * d + c] = dA;
  if (c > 0) out[i * d + c - 1] = dB;
  for (let k = 0; k < q; k++) out[i * d + nt + k] = -X[i * q + k]! * (dA + dB);
}

/** P(b1 < X ≤ a1, b2 < Y ≤ a2) with the ρ nodes computed once (±∞ limits allowed). */
function rect(a1: number, b1: number, a2: number, b2: number, nodes: BvnNodes): number {
  const r = nodes.r;
  return bivariateNormalCdf(a1, a2, r, nodes) - bivariateNormalCdf(b1, a2, r, nodes) - bivariateNormalCdf(a1, b2, r, nodes)
    + bivariateNormalCdf(b1, b2, r, nodes);
}

function rectDensity(a1: number, b1: number, a2: number, b2: number, rho: number): number {
  return bivariateNormalDensity(a1, a2, rho) - bivariateNormalDensity(b1, a2, rho) - bivariateNormalDensity(a1, b2, rho)
    + bivariateNormalDensity(b1, b2, rho);
}

/** ∂φ₂(x, y; ρ)/∂ρ = φ₂ · [ρ/(1 − ρ²) + (xy(1 − ρ²) − ρ(x² − 2ρxy + y²))/(1 − ρ²)²] (0 at infinite limits). */
function dphi2(x: number, y: number, rho: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 0;
  const r = 1 - rho * rho, Q = x * x - 2 * rho * x * y + y * y;
  return bivariateNormalDensity(x, y, rho) * (rho / r + (x * y * r - rho * Q) / (r * r));
}
