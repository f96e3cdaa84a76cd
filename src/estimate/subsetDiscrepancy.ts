import type { Discrepancy } from "./discrepancy.ts";

/** A discrepancy over some of the parameters, the others held at fixed values. */
export interface SubsetDiscrepancy {
  /** F, its gradient and Hessian as functions of the kept parameters only. */
  readonly discrepancy: Discrepancy;
  /** The kept parameters of the full starting vector. */
  readonly start: Float64Array;
  /** The full vector: `sub` in the kept positions, the fixed values elsewhere. */
  expand(sub: Float64Array): Float64Array;
}

/**
 * Restrict a discrepancy to the parameters that are not held fixed: F(θ_kept) = F(θ) with the other
 * entries of θ at their values in `full`; the gradient and Hessian are the kept entries of the full
 * ones. For parameters whose gradient is exactly zero and whose Hessian rows are zero off the
 * diagonal, a Newton-type optimizer takes exactly the same steps on the kept parameters with or
 * without them (their step is zero and they add only zero terms), so the restriction only saves work.
 * Source: block elimination of a separable least-squares problem, Golub & Pereyra (1973), SIAM J. Numer.
 * Anal. 10, 413–432 (the fixed block here is already at its optimum).
 * @param ev the full discrepancy (npar parameters)
 * @param full the full parameter vector; its entries at `fixed` are kept constant (copied)
 * @param fixed sorted θ indices to hold fixed
 * @returns the restricted discrepancy, its start and the map back to the full vector
 * @throws never
 * @example
 * const sub = subsetDiscrepancy(ev, start, [0, 1]);
 * const theta = sub.expand(fisherScoring(sub.discrepancy, sub.start).theta);
 */
export function subsetDiscrepancy(ev: Discrepancy, full: Float64Array, fixed: readonly number[]): SubsetDiscrepancy {
  const n = ev.npar;
  const isFixed = new Uint8Array(n);
  for (const k of fixed) isFixed[k] = 1;
  const kept: number[] = [];
  for (let k = 0; k < n; k++) if (isFixed[k] === 0) kept.push(k);
  const m = kept.length;
  const base = new Float64Array(full);
  const theta = new Float64Array(full);
  const gradFull = new Float64Array(n), hessFull = new Float64Array(n * n);
  const expandInto = (sub: Float64Array, out: Float64Array): Float64Array => {
    for (let i = 0; i < m; i++) out[kept[i]!] = sub[i]!;
    return out;
  };
  const gather = (f: number, grad: Float64Array, hess: Float64Array | null): number => {
    for (let i = 0; i < m; i++) grad[i] = gradFull[kept[i]!]!;
    if (hess !== null) {
      for (let i = 0; i < m; i++) {
        const ri = kept[i]! * n;
        for (let j = 0; j < m; j++) hess[i * m + j] = hessFull[ri + kept[j]!]!;
      }
    }
    return f;
  };
  const discrepancy: Discrepancy = {
    npar: m,
    objective: (sub) => ev.objective(expandInto(sub, theta)),
    derivatives: (sub, grad, hess) => {
      const f = ev.derivatives(expandInto(sub, theta), gradFull, hess === null ? null : hessFull);
      return Number.isFinite(f) ? gather(f, grad, hess) : f;
    },
    ...(ev.derivativesAtLastObjective === undefined ? {} : {
      derivativesAtLastObjective: (grad: Float64Array, hess: Float64Array | null): number => {
        const f = ev.derivativesAtLastObjective!(gradFull, hess === null ? null : hessFull);
        return Number.isFinite(f) ? gather(f, grad, hess) : f;
      },
    }),
  };
  const start = new Float64Array(m);
  for (let i = 0; i < m; i++) start[i] = full[kept[i]!]!;
  return { discrepancy, start, expand: (sub) => expandInto(sub, new Float64Array(base)) };
}
