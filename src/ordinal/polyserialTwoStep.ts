import { normalCdf } from "./normalCdf.ts";
import { normalDensity } from "./normalDensity.ts";

/** The two-step polyserial correlation of one continuous and one ordinal variable. */
export interface PolyserialFit {
  /** ML estimate of ρ with the means, variance and thresholds fixed at their first-step values */
  readonly rho: number;
  readonly converged: boolean;
  readonly iterations: number;
}

const EPS = Number.EPSILON;
const TINY = Math.sqrt(Number.EPSILON);
const LIMIT = 0.995;

/** Upper and lower threshold of category c (±100 beyond the last threshold, as lavaan). */
const upper = (th: Float64Array, c: number): number => (c < th.length ? th[c]! : 100);
const lower = (th: Float64Array, c: number): number => (c > 0 ? th[c - 1]! : -100);

/**
 * Log-likelihood of ρ and its derivative, summed over cases: log P(y₂ = c | y₁) = log[Φ((τ_c − ρz)/R) −
 * Φ((τ_{c−1} − ρz)/R)], R = √(1 − ρ²), z the standardized continuous value. Cases whose joint density
 * φ(z)/σ · P falls below √ε are left out, as lavaan's NA cases.
 */
function logl(rho: number, z: Float64Array, cat: ArrayLike<number>, th: Float64Array, sd: number): { f: number; g: number } {
  const R = Math.sqrt(1 - rho * rho), R3 = R * R * R;
  let f = 0, g = 0;
  for (let r = 0; r < z.length; r++) {
    const zr = z[r]!, c = cat[r]!;
    const u = upper(th, c), l = lower(th, c);
    const t1 = (u - rho * zr) / R, t2 = (l - rho * zr) / R;
    let P = normalCdf(t1) - normalCdf(t2);
    if (P < EPS) P = EPS;
    if (normalDensity(zr) / sd * P < TINY) continue;
    f += Math.log(P);
    g += (normalDensity(t1) * (u * rho - zr) - normalDensity(t2) * (l * rho - zr)) / (P * R3);
  }
  return { f, g };
}

/**
 * Two-step polyserial correlation: the ML estimate of ρ between a continuous variable (standardized with its
 * sample mean and ML standard deviation) and the latent response of an ordinal variable (thresholds from its
 * margins), maximising Σ log P(y₂ | y₁) over ρ ∈ [−0.995, 0.995] by safeguarded Newton steps on the score.
 * This is lavaan's lav_bvmix_cor_twostep_fit (Olsson, Drasgow & Dorans 1982, two-step ML); psych::polyserial
 * gives Olsson et al.'s ad hoc estimate instead, which differs slightly.
 *
 * Source: Olsson, Drasgow & Dorans (1982), Psychometrika 47, 337–347, eqs. (2)–(5), (14); lavaan 0.6-14
 * lav_bvmix.R (Rosseel 2012).
 * @param z the standardized continuous values (y − ȳ)/σ̂ (n)
 * @param cat category index 0 … K−1 of each case (n)
 * @param th the K − 1 thresholds of the ordinal variable
 * @param sd σ̂ of the continuous variable (only for lavaan's rule on negligible cases)
 * @param start starting value (default: lavaan's r·SD(y₂)/Σφ(τ))
 * @returns ρ̂, whether the score reached 0 (or a bound), and the iterations used
 * @throws never
 * @example
 * polyserialTwoStep(z, cat, new Float64Array([-1, 0, 1]), 0.9).rho;
 */
export function polyserialTwoStep(z: Float64Array, cat: ArrayLike<number>, th: Float64Array, sd: number, start = 0): PolyserialFit {
  let lo = -LIMIT, hi = LIMIT;
  let rho = Math.max(-0.9, Math.min(0.9, start));
  let cur = logl(rho, z, cat, th, sd);
  for (let it = 1; it <= 100; it++) {
    if (cur.g > 0) lo = rho; else hi = rho;
    const h = 1e-6;
    const gp = logl(Math.min(rho + h, LIMIT), z, cat, th, sd).g, gm = logl(Math.max(rho - h, -LIMIT), z, cat, th, sd).g;
    const curv = (gp - gm) / (Math.min(rho + h, LIMIT) - Math.max(rho - h, -LIMIT));
    let next = curv < 0 ? rho - cur.g / curv : NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const step = Math.abs(next - rho);
    rho = next;
    cur = logl(rho, z, cat, th, sd);
    if (step < 1e-12 || Math.abs(cur.g) < 1e-10 * z.length) return { rho, converged: true, iterations: it };
    if (hi - lo < 1e-14) return { rho, converged: Math.abs(rho) >= LIMIT - 1e-9, iterations: it };
  }
  return { rho, converged: false, iterations: 100 };
}
