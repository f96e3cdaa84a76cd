/** Result of {@link boxQuasiNewton}. */
export interface BoxMinimum {
  /** The minimiser (within the box). */
  readonly x: Float64Array;
  /** Objective value at x. */
  readonly f: number;
  /** Gradient at x. */
  readonly gradient: Float64Array;
  /** Largest absolute projected-gradient component at x. */
  readonly projectedGradient: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

/** Options of {@link boxQuasiNewton}. */
export interface BoxQuasiNewtonOptions {
  /** Stop when the largest free gradient component is below this (default 1e-9). */
  readonly gtol?: number;
  /** Maximum number of quasi-Newton iterations (default 500). */
  readonly maxIter?: number;
}

/**
 * Minimise a smooth function of x subject to lower ≤ x_i ≤ upper with a projected BFGS
 * method: variables at a bound whose gradient points outwards are held fixed, the BFGS
 * inverse-Hessian approximation gives the step on the free variables, steps are projected
 * onto the box and accepted by an Armijo backtracking search. This plays the role of R's
 * `optim(method = "L-BFGS-B")` in psych::fa (factanal's FAfn/FAgr and psych's minres), but
 * iterates to a tight projected-gradient tolerance so the optimum itself is reproduced.
 *
 * Source: Bertsekas (1982), "Projected Newton methods for optimization problems with simple
 * constraints", SIAM J. Control Optim. 20; Nocedal & Wright (2006), Numerical Optimization,
 * §6.1 (BFGS inverse update, eq. 6.17) and §3.1 (Armijo condition, eq. 3.4).
 * @param fg evaluates f(x) and writes ∇f(x) into its second argument
 * @param x0 starting point (projected onto the box)
 * @param lower common lower bound
 * @param upper common upper bound
 * @param options tolerances
 * @returns the minimiser, value, gradient and convergence information
 * @throws never
 * @example
 * const r = boxQuasiNewton((x, g) => { g[0] = 2 * (x[0]! - 3); return (x[0]! - 3) ** 2; }, new Float64Array([0]), 0, 1);
 * r.x[0]; // 1 (the bound)
 */
export function boxQuasiNewton(
  fg: (x: Float64Array, g: Float64Array) => number,
  x0: Float64Array, lower: number, upper: number, options: BoxQuasiNewtonOptions = {},
): BoxMinimum {
  const gtol = options.gtol ?? 1e-9, maxIter = options.maxIter ?? 500;
  const n = x0.length;
  const x = new Float64Array(n), g = new Float64Array(n);
  const xt = new Float64Array(n), gt = new Float64Array(n);
  const d = new Float64Array(n), s = new Float64Array(n), y = new Float64Array(n), Hy = new Float64Array(n);
  const H = new Float64Array(n * n);
  const free = new Uint8Array(n);
  for (let i = 0; i < n; i++) x[i] = clamp(x0[i]!, lower, upper);
  let f = fg(x, g), evaluations = 1, iterations = 0, converged = false, first = true;
  resetIdentity(H, n);
  let pg = projectedGradient(x, g, lower, upper, free);
  while (iterations < maxIter) {
    if (pg < gtol) { converged = true; break; }
    iterations++;
    // direction on the free variables
    let slope = 0;
    for (let i = 0; i < n; i++) {
      let di = 0;
      if (free[i]) for (let j = 0; j < n; j++) if (free[j]) di -= H[i * n + j]! * g[j]!;
      d[i] = di; slope += di * g[i]!;
    }
    if (!(slope < 0)) {
      resetIdentity(H, n); first = true;
      for (let i = 0; i < n; i++) d[i] = free[i] ? -g[i]! : 0;
    }
    // projected Armijo backtracking
    let t = 1, ft = Number.NaN, accepted = false;
    for (let k = 0; k < 60; k++) {
      let decrease = 0;
      for (let i = 0; i < n; i++) { xt[i] = clamp(x[i]! + t * d[i]!, lower, upper); decrease += g[i]! * (xt[i]! - x[i]!); }
      ft = fg(xt, gt); evaluations++;
      if (Number.isFinite(ft) && ft <= f + 1e-4 * decrease) { accepted = true; break; }
      t *= 0.5;
    }
    if (!accepted) { converged = pg < Math.max(gtol, 1e-6); break; }
    let sy = 0, yy = 0, ss = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xt[i]! - x[i]!; y[i] = gt[i]! - g[i]!;
      sy += s[i]! * y[i]!; yy += y[i]! * y[i]!; ss += s[i]! * s[i]!;
    }
    const fPrev = f;
    x.set(xt); g.set(gt); f = ft;
    pg = projectedGradient(x, g, lower, upper, free);
    if (sy > 1e-12 * Math.sqrt(ss * yy)) {
      if (first) { const sc = sy / yy; for (let i = 0; i < n; i++) H[i * n + i] = sc; first = false; }
      bfgsInverseUpdate(H, n, s, y, sy, Hy);
    }
    if (pg >= gtol && (ss < 1e-30 || Math.abs(fPrev - f) <= 1e-16 * Math.abs(f))) { converged = pg < 1e-6; break; }
  }
  return { x, f, gradient: g, projectedGradient: pg, iterations, evaluations, converged };
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function resetIdentity(H: Float64Array, n: number): void {
  H.fill(0);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
}

/** Largest |g_i| over variables not held at a bound; marks the free variables. */
function projectedGradient(x: Float64Array, g: Float64Array, lo: number, hi: number, free: Uint8Array): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    const atLo = x[i]! <= lo && g[i]! > 0, atHi = x[i]! >= hi && g[i]! < 0;
    free[i] = atLo || atHi ? 0 : 1;
    if (free[i]) m = Math.max(m, Math.abs(g[i]!));
  }
  return m;
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(yᵀs) (Nocedal & Wright eq. 6.17). */
function bfgsInverseUpdate(H: Float64Array, n: number, s: Float64Array, y: Float64Array, sy: number, Hy: Float64Array): void {
  const rho = 1 / sy;
  let yHy = 0;
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let j = 0; j < n; j++) v += H[i * n + j]! * y[j]!;
    Hy[i] = v; yHy += y[i]! * v;
  }
  const c = (1 + rho * yHy) * rho;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      H[i * n + j] = H[i * n + j]! - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + c * s[i]! * s[j]!;
    }
  }
}
