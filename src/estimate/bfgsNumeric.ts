/** Result of a BFGS minimization. */
export interface BfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly maxGradient: number;
}

/**
 * Central-difference gradient of f (steps 1e-6 · max(1, |x_i|)).
 * @param f the function
 * @param x the point
 * @returns ∇f(x)
 * @throws never
 * @example
 * numericGradient((x) => x[0]! ** 2, new Float64Array([3])); // ≈ [6]
 */
export function numericGradient(f: (x: Float64Array) => number, x: Float64Array): Float64Array {
  const g = new Float64Array(x.length), t = Float64Array.from(x);
  for (let i = 0; i < x.length; i++) {
    const h = 1e-6 * Math.max(1, Math.abs(x[i]!));
    t[i] = x[i]! + h; const up = f(t);
    t[i] = x[i]! - h; const dn = f(t);
    t[i] = x[i]!;
    g[i] = (up - dn) / (2 * h);
  }
  return g;
}

/**
 * Minimizes a smooth function by BFGS with central-difference gradients and a backtracking (Armijo) line search;
 * the inverse-Hessian approximation starts as the identity and is reset when a step fails to descend. Stops when
 * the largest gradient component is below `gtol` or after `maxIter` iterations.
 * Source: Nocedal & Wright (2006), Numerical Optimization, algorithm 6.1.
 * @param f the function (+Infinity outside its domain)
 * @param x0 start
 * @param gtol gradient tolerance
 * @param maxIter iteration cap
 * @returns the minimizer and its value
 * @throws never
 * @example
 * bfgsNumeric((x) => (x[0]! - 1) ** 2 + (x[1]! + 2) ** 2, new Float64Array(2), 1e-8, 200).x; // ≈ [1, −2]
 */
export function bfgsNumeric(f: (x: Float64Array) => number, x0: Float64Array, gtol: number, maxIter: number): BfgsResult {
  const n = x0.length;
  let x = Float64Array.from(x0), fx = f(x), g = numericGradient(f, x);
  let H = identity(n), iter = 0, converged = false, resets = 0;
  const maxAbs = (v: Float64Array): number => v.reduce((m, a) => Math.max(m, Math.abs(a)), 0);
  for (; iter < maxIter; iter++) {
    if (maxAbs(g) < gtol) { converged = true; break; }
    const d = new Float64Array(n);
    for (let a = 0; a < n; a++) { let v = 0; for (let b = 0; b < n; b++) v -= H[a * n + b]! * g[b]!; d[a] = v; }
    let slope = 0;
    for (let a = 0; a < n; a++) slope += g[a]! * d[a]!;
    if (!(slope < 0)) { H = identity(n); if (++resets > 5) break; continue; }
    let t = 1, xn = x, fn = fx, ok = false;
    for (let h = 0; h < 60; h++, t /= 2) {
      xn = x.map((v, a) => v + t * d[a]!);
      fn = f(xn);
      if (fn <= fx + 1e-4 * t * slope) { ok = true; break; }
    }
    if (!ok) { if (H[0] === 1 && isIdentity(H)) break; H = identity(n); if (++resets > 5) break; continue; }
    const gn = numericGradient(f, xn);
    const s = xn.map((v, a) => v - x[a]!), y = gn.map((v, a) => v - g[a]!);
    let sy = 0;
    for (let a = 0; a < n; a++) sy += s[a]! * y[a]!;
    if (sy > 1e-12) {
      const Hy = new Float64Array(n);
      for (let a = 0; a < n; a++) { let v = 0; for (let b = 0; b < n; b++) v += H[a * n + b]! * y[b]!; Hy[a] = v; }
      let yHy = 0;
      for (let a = 0; a < n; a++) yHy += y[a]! * Hy[a]!;
      const c = (sy + yHy) / (sy * sy);
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) {
        H[a * n + b] = H[a * n + b]! + c * s[a]! * s[b]! - (Hy[a]! * s[b]! + s[a]! * Hy[b]!) / sy;
      }
    }
    x = xn; fx = fn; g = gn;
  }
  return { x, value: fx, iterations: iter, converged, maxGradient: maxAbs(g) };
}

function identity(n: number): Float64Array {
  const I = new Float64Array(n * n);
  for (let i = 0; i < n; i++) I[i * n + i] = 1;
  return I;
}

function isIdentity(H: Float64Array): boolean {
  const n = Math.round(Math.sqrt(H.length));
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (H[a * n + b] !== (a === b ? 1 : 0)) return false;
  return true;
}
