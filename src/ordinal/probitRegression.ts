import { normalCdf } from "../distributions/normalCdf.ts";
import { normalDensity } from "../distributions/normalDensity.ts";
import { normalQuantile } from "../distributions/normalQuantile.ts";
import { inverseRM } from "../linalg/inverseRM.ts";

/** An ordered probit regression P(y ≤ k | x) = Φ(τ_k − xᵀβ) fitted by maximum likelihood. */
export interface ProbitFit {
  /** K − 1 thresholds τ. */
  readonly thresholds: Float64Array;
  /** q slopes β. */
  readonly slopes: Float64Array;
  /** Casewise scores ∂ log P_i/∂(τ, β), row-major n × (K − 1 + q). */
  readonly scores: Float64Array;
  readonly converged: boolean;
}

/**
 * Fits the ordered probit regression of one ordinal variable on covariates (lavaan's `lav_uvord_fit`, the first
 * step of the conditional.x statistics): log L = Σ_i log[Φ(τ_{y_i} − x_iᵀβ) − Φ(τ_{y_i−1} − x_iᵀβ)] with
 * τ_0 = −∞, τ_K = +∞, maximized by Newton–Raphson with the analytic Hessian and step halving (at most 100
 * iterations), from the marginal thresholds and β = 0.
 *
 * Source: McKelvey & Zavoina (1975), J. Math. Sociol. 4; lavaan 0.6-14 R/lav_uvord.R.
 * @param y category codes 0 … K − 1 of the n cases
 * @param X row-major n × q covariates
 * @param n cases
 * @param q covariates
 * @param K categories
 * @returns thresholds, slopes and casewise scores
 * @throws never
 * @example
 * probitRegression(codes, X, 437, 2, 5).slopes;
 */
export function probitRegression(y: ArrayLike<number>, X: Float64Array, n: number, q: number, K: number): ProbitFit {
  const nt = K - 1, d = nt + q;
  const theta = new Float64Array(d);
  const counts = new Float64Array(K);
  for (let i = 0; i < n; i++) counts[y[i]!] = counts[y[i]!]! + 1;
  let cum = 0;
  for (let k = 0; k < nt; k++) { cum += counts[k]!; theta[k] = normalQuantile(cum / n); }
  const grad = new Float64Array(d), hess = new Float64Array(d * d);
  let ll = evaluate(theta, y, X, n, q, nt, grad, hess, null);
  let converged = false;
  for (let iter = 0; iter < 100; iter++) {
    let gmax = 0;
    for (let a = 0; a < d; a++) gmax = Math.max(gmax, Math.abs(grad[a]!));
    if (gmax < 1e-10 * n) { converged = true; break; }
    // Newton step: θ − H⁻¹g (H negative definite)
    const Hi = inverseRM(hess, d);
    if (Hi === null) break;
    const step = new Float64Array(d);
    for (let a = 0; a < d; a++) { let v = 0; for (let b = 0; b < d; b++) v -= Hi[a * d + b]! * grad[b]!; step[a] = v; }
    let t = 1, accepted = false;
    for (let h = 0; h < 30; h++) {
      const trial = theta.map((v, a) => v + t * step[a]!);
      if (ordered(trial, nt)) {
        const g2 = new Float64Array(d), h2 = new Float64Array(d * d);
        const ll2 = evaluate(trial, y, X, n, q, nt, g2, h2, null);
        if (ll2 >= ll - 1e-12 * Math.abs(ll)) { theta.set(trial); grad.set(g2); hess.set(h2); ll = ll2; accepted = true; break; }
      }
      t /= 2;
    }
    if (!accepted) break;
  }
  const scores = new Float64Array(n * d);
  evaluate(theta, y, X, n, q, nt, grad, hess, scores);
  return { thresholds: theta.slice(0, nt), slopes: theta.slice(nt), scores, converged };
}

function ordered(theta: Float64Array, nt: number): boolean {
  for (let k = 1; k < nt; k++) if (!(theta[k]! > theta[k - 1]!)) return false;
  return true;
}

/** log L, its gradient and Hessian (and the casewise scores when `scores` is given). */
function evaluate(
  theta: Float64Array, y: ArrayLike<number>, X: Float64Array, n: number, q: number, nt: number,
  grad: Float64Array, hess: Float64Array, scores: Float64Array | null,
): number {
  const d = nt + q;
  grad.fill(0); hess.fill(0);
  let ll = 0;
  const da = new Float64Array(d), db = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const c = y[i]!;
    let eta = 0;
    for (let k = 0; k < q; k++) eta += X[i * q + k]! * theta[nt + k]!;
    const hasA = c < nt, hasB = c > 0;
    const a = hasA ? theta[c]! - eta : Infinity, b = hasB ? theta[c - 1]! - eta : -Infinity;
    const P = (hasA ? normalCdf(a) : 1) - (hasB ? normalCdf(b) : 0);
    ll += Math.log(P);
    const fa = hasA ? normalDensity(a) : 0, fb = hasB ? normalDensity(b) : 0;
    const ga = fa / P, gb = -fb / P;
    const haa = hasA ? -a * fa / P - ga * ga : 0, hbb = hasB ? b * fb / P - gb * gb : 0, hab = -ga * gb;
    da.fill(0); db.fill(0);
    if (hasA) da[c] = 1;
    if (hasB) db[c - 1] = 1;
    for (let k = 0; k < q; k++) { da[nt + k] = -X[i * q + k]!; db[nt + k] = -X[i * q + k]!; }
    for (let u = 0; u < d; u++) {
      const s = ga * da[u]! + gb * db[u]!;
      grad[u] = grad[u]! + s;
      if (scores !== null) scores[i * d + u] = s;
      for (let v = 0; v < d; v++) {
        hess[u * d + v] = hess[u * d + v]! + haa * da[u]! * da[v]! + hbb * db[u]! * db[v]! + hab * (da[u]! * db[v]! + db[u]! * da[v]!);
      }
    }
  }
  return ll;
}
