import { bivariateCells, cellWork, CELL_FLOOR } from "./bivariateCells.ts";
import type { CellWork } from "./bivariateCells.ts";

/** Result of the two-step polychoric estimate for one table. */
export interface PolychoricTableFit {
  /** the polychoric (tetrachoric for 2×2) correlation */
  readonly rho: number;
  /** the table has at least one empty cell */
  readonly emptyCells: boolean;
  /** a 2×2 table with two empty cells: ρ is set to ±1 */
  readonly twoEmptyCells: boolean;
  /** Newton iterations used (0 for a closed form) */
  readonly iterations: number;
  readonly converged: boolean;
}

const LOWER = -0.999;
const UPPER = 0.999;

/**
 * Two-step maximum-likelihood polychoric correlation of a K×L contingency table with the thresholds
 * fixed at their univariate estimates (lavaan 0.6-14's lav_bvord_cor_twostep_fit, no covariates):
 * ρ maximises Σ n_cd log π_cd(ρ) on [−0.999, 0.999], by Newton's method on the score with the analytic
 * second derivative, kept inside a bisection bracket; the start is the Pearson correlation of the
 * category numbers, as in lavaan. 2×2 tables follow lavaan's rules: two empty cells give ρ = ±1; one
 * empty cell gets ½ added and ½ taken from its neighbours (margins kept); n₁₁n₂₂ = n₁₂n₂₁ gives ρ = 0;
 * both thresholds 0 give ρ = −cos(2π n₁₁/N).
 *
 * Source: Olsson (1979), Psychometrika 44, 443–460, two-step estimator (section 3), likelihood eq. (2),
 * score eq. (8); Divgi (1979) for the 2×2 closed form ρ = −cos(2π p₁₁) when both thresholds are 0.
 * @param freq cell counts, row-major K×L (rows: categories of the first variable); not modified
 * @param th1 the K−1 thresholds of the first variable
 * @param th2 the L−1 thresholds of the second variable
 * @param cdf1 Φ(th1)
 * @param cdf2 Φ(th2)
 * @param work optional work arrays from {@link cellWork}(K, L); after a Newton fit (iterations > 0) they hold
 *   the cell probabilities and their ρ-derivatives at the returned ρ
 * @returns ρ and flags
 * @throws never (degenerate tables give ρ = 0 or ±1 as lavaan does)
 * @example
 * const t = new Float64Array([0]), p = new Float64Array([0.5]);
 * polychoricFromTable(new Float64Array([15, 5, 5, 15]), t, t, p, p).rho; // 0.7071… (−cos(2π·15/40))
 */
export function polychoricFromTable(
  freq: Float64Array, th1: Float64Array, th2: Float64Array, cdf1: Float64Array, cdf2: Float64Array, work?: CellWork,
): PolychoricTableFit {
  const K = th1.length + 1, L = th2.length + 1;
  let emptyCells = false;
  for (let i = 0; i < K * L; i++) if (freq[i] === 0) emptyCells = true;
  let f = freq;
  if (K === 2 && L === 2) {
    const zeros: number[] = [];
    for (let i = 0; i < 4; i++) if (freq[i] === 0) zeros.push(i);
    if (zeros.length === 2) {
      return { rho: freq[0]! > 0 ? 1 : -1, emptyCells, twoEmptyCells: true, iterations: 0, converged: true };
    }
    if (zeros.length === 1) {
      // lavaan zero.add = 0.5 with zero.keep.margins = TRUE
      const s = zeros[0] === 0 || zeros[0] === 3 ? 0.5 : -0.5;
      f = new Float64Array([freq[0]! + s, freq[1]! - s, freq[2]! - s, freq[3]! + s]);
    }
    if (f[0]! * f[3]! === f[1]! * f[2]!) return { rho: 0, emptyCells, twoEmptyCells: false, iterations: 0, converged: true };
    if (th1[0] === 0 && th2[0] === 0) {
      const total = f[0]! + f[1]! + f[2]! + f[3]!;
      return { rho: -Math.cos(2 * Math.PI * f[0]! / total), emptyCells, twoEmptyCells: false, iterations: 0, converged: true };
    }
  }
  const w = work ?? cellWork(K, L);
  let rho = pearsonStart(freq, K, L);
  let lo = LOWER, hi = UPPER;
  let converged = false;
  let it = 0;
  for (; it < 200; it++) {
    bivariateCells(th1, th2, cdf1, cdf2, rho, w, true);
    let g = 0, h = 0;
    const pi = w.pi, phi = w.phi, gn = w.gnorm;
    for (let i = 0; i < K * L; i++) {
      const n = f[i]!;
      if (n === 0) continue;
      const p = pi[i]!;
      if (p <= CELL_FLOOR) continue; // lavaan drops floored cells from score and Hessian
      const t = phi[i]! / p;
      g += n * t;
      h += n * (gn[i]! / p - t * t);
    }
    if (g > 0) lo = rho; else if (g < 0) hi = rho; else { converged = true; break; }
    let next = h < 0 ? rho - g / h : NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    // stop at the evaluated point once the next step is negligible (|Δρ| < 1e-10), so that `w` matches ρ
    if (Math.abs(next - rho) < 1e-10 || hi - lo < 1e-14) { converged = true; break; }
    rho = next;
  }
  return { rho, emptyCells, twoEmptyCells: false, iterations: it + 1, converged };
}

/** Pearson correlation of the category numbers from the table (lavaan's start value); 0 if undefined. */
function pearsonStart(freq: Float64Array, K: number, L: number): number {
  let n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (let c = 0; c < K; c++) {
    for (let d = 0; d < L; d++) {
      const m = freq[c * L + d]!;
      n += m; sx += m * c; sy += m * d; sxx += m * c * c; syy += m * d * d; sxy += m * c * d;
    }
  }
  const vx = sxx - sx * sx / n, vy = syy - sy * sy / n;
  const r = (sxy - sx * sy / n) / Math.sqrt(vx * vy);
  return Number.isFinite(r) && Math.abs(r) < 1 ? Math.max(LOWER, Math.min(UPPER, r)) : 0;
}
