import { normalCdf } from "../distributions/normalCdf.ts";
import { normalDensity } from "../distributions/normalDensity.ts";

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

/** The distinct (z, category) pairs of the cases with their counts: every case in one has the same likelihood. */
interface Cells { readonly z: Float64Array; readonly upper: Float64Array; readonly lower: Float64Array; readonly w: Float64Array }

function cellsOf(z: Float64Array, cat: ArrayLike<number>, th: Float64Array): Cells {
  const index: Map<number, number>[] = []; // per category: z → cell
  const zs: number[] = [], up: number[] = [], lo: number[] = [], w: number[] = [];
  for (let r = 0; r < z.length; r++) {
    const c = cat[r]!, zr = z[r]!;
    const m = (index[c] ??= new Map<number, number>());
    const k = m.get(zr);
    if (k !== undefined) { w[k]!++; continue; }
    m.set(zr, zs.length);
    zs.push(zr); up.push(upper(th, c)); lo.push(lower(th, c)); w.push(1);
  }
  return { z: Float64Array.from(zs), upper: Float64Array.from(up), lower: Float64Array.from(lo), w: Float64Array.from(w) };
}

/**
 * Score of ρ and its derivative, summed over cases: log P(y₂ = c | y₁) = log[Φ(t₁) − Φ(t₂)], t = (τ − ρz)/R,
 * R = √(1 − ρ²), z the standardized continuous value; with a = ∂t/∂ρ = (τρ − z)/R³,
 *   ∂/∂ρ = (φ(t₁)a₁ − φ(t₂)a₂)/P,  ∂²/∂ρ² = (−t₁φ(t₁)a₁² + φ(t₁)a₁' + t₂φ(t₂)a₂² − φ(t₂)a₂')/P − (∂/∂ρ)²,
 * a' = τ/R³ + 3ρ(τρ − z)/R⁵. Cases whose joint density φ(z)/σ · P falls below √ε are left out, as lavaan's NA cases.
 */
function score(rho: number, cells: Cells, sd: number): { g: number; h: number } {
  const R = Math.sqrt(1 - rho * rho), R3 = R * R * R, R5 = R3 * R * R;
  let g = 0, h = 0;
  const { z, upper: U, lower: L, w } = cells;
  for (let k = 0; k < z.length; k++) {
    const zr = z[k]!, u = U[k]!, l = L[k]!;
    const t1 = (u - rho * zr) / R, t2 = (l - rho * zr) / R;
    let P = normalCdf(t1) - normalCdf(t2);
    if (P < EPS) P = EPS;
    if (normalDensity(zr) / sd * P < TINY) continue;
    const f1 = normalDensity(t1), f2 = normalDensity(t2);
    const a1 = (u * rho - zr) / R3, a2 = (l * rho - zr) / R3;
    const d1 = u / R3 + 3 * rho * (u * rho - zr) / R5, d2 = l / R3 + 3 * rho * (l * rho - zr) / R5;
    const gr = (f1 * a1 - f2 * a2) / P;
    g += w[k]! * gr;
    h += w[k]! * ((-t1 * f1 * a1 * a1 + f1 * d1 + t2 * f2 * a2 * a2 - f2 * d2) / P - gr * gr);
  }
  return { g, h };
}
/**
 * Two-step polyserial correlation: the ML estimate of ρ between a continuous variable (standardized with its
 * sample mean and ML standard deviation) and the latent response of an ordinal variable (thresholds from its
 * margins), maximising Σ log P(y₂ | y₁) over ρ ∈ [−0.995, 0.995] by safeguarded Newton steps on the score
 * (analytic second derivative; cases are grouped by their distinct (z, category) pairs).
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
  const cells = cellsOf(z, cat, th);
  let lo = -LIMIT, hi = LIMIT;
  let rho = Math.max(-0.9, Math.min(0.9, start));
  let cur = score(rho, cells, sd);
  for (let it = 1; it <= 100; it++) {
    if (cur.g > 0) lo = rho; else hi = rho;
    // Newton step on the score, bisection when it leaves the bracket or the curvature is not negative
    let next = cur.h < 0 ? rho - cur.g / cur.h : NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const step = Math.abs(next - rho);
    rho = next;
    cur = score(rho, cells, sd);
    if (step < 1e-12 || Math.abs(cur.g) < 1e-10 * z.length) return { rho, converged: true, iterations: it };
    if (hi - lo < 1e-14) return { rho, converged: Math.abs(rho) >= LIMIT - 1e-9, iterations: it };
  }
  return { rho, converged: false, iterations: 100 };
}
