import { normalCdf } from "../distributions/normalCdf.ts";
import { normalDensity } from "../distributions/normalDensity.ts";

/** Casewise scores of the polyserial log-likelihood at ρ (lavaan's lav_bvmix_cor_scores, no covariates). */
export interface PolyserialScores {
  /** ∂ log L_r / ∂ρ (n) */
  readonly rho: Float64Array;
  /** ∂ log L_r / ∂μ of the continuous variable (n) */
  readonly mean: Float64Array;
  /** ∂ log L_r / ∂σ² of the continuous variable (n) */
  readonly variance: Float64Array;
  /** ∂ log L_r / ∂τ_k of the ordinal variable, row-major n × (K − 1) */
  readonly thresholds: Float64Array;
}

const EPS = Number.EPSILON;

/**
 * Casewise scores of the polyserial log-likelihood log φ(y₁; μ, σ²) + log P(y₂ | y₁) at ρ, as lavaan 0.6-14's
 * lav_bvmix_cor_scores without covariates (P floored at ε): with t₁ = (τ_c − ρz)/R, t₂ = (τ_{c−1} − ρz)/R,
 *   ∂/∂ρ = [φ(t₁)(τ_cρ − z) − φ(t₂)(τ_{c−1}ρ − z)] / (P R³),
 *   ∂/∂μ = [z + ρ(φ(t₁) − φ(t₂))/(P R)] / σ,  ∂/∂σ² = [z² − 1 + ρz(φ(t₁) − φ(t₂))/(P R)] / (2σ²),
 *   ∂/∂τ_c = φ(t₁)/(P R),  ∂/∂τ_{c−1} = −φ(t₂)/(P R).
 * Source: Olsson, Drasgow & Dorans (1982), Psychometrika 47, 337–347; lavaan 0.6-14 lav_bvmix.R.
 * @param z standardized continuous values (n)
 * @param cat category index of each case (n)
 * @param th thresholds of the ordinal variable
 * @param sd σ̂ of the continuous variable
 * @param rho the correlation
 * @returns the four score arrays
 * @throws never
 * @example
 * const s = polyserialScores(z, cat, th, sd, fit.rho); s.rho[0];
 */
export function polyserialScores(z: Float64Array, cat: ArrayLike<number>, th: Float64Array, sd: number, rho: number): PolyserialScores {
  const n = z.length, m = th.length;
  const out: PolyserialScores = {
    rho: new Float64Array(n), mean: new Float64Array(n), variance: new Float64Array(n), thresholds: new Float64Array(n * m),
  };
  const R = Math.sqrt(1 - rho * rho), R3 = R * R * R, v = sd * sd;
  for (let r = 0; r < n; r++) {
    const zr = z[r]!, c = cat[r]!;
    const u = c < m ? th[c]! : 100, l = c > 0 ? th[c - 1]! : -100;
    const t1 = (u - rho * zr) / R, t2 = (l - rho * zr) / R;
    const f1 = normalDensity(t1), f2 = normalDensity(t2);
    let P = normalCdf(t1) - normalCdf(t2);
    if (P < EPS) P = EPS;
    const d = (f1 - f2) / P;
    out.rho[r] = (f1 * (u * rho - zr) - f2 * (l * rho - zr)) / (P * R3);
    out.mean[r] = (zr + (rho / R) * d) / sd;
    out.variance[r] = ((zr * zr - 1) + (rho * zr / R) * d) / (2 * v);
    if (c < m) out.thresholds[r * m + c] = f1 / (R * P);
    if (c > 0) out.thresholds[r * m + c - 1] = -f2 / (R * P);
  }
  return out;
}
