import type { EffectSpec } from "./effectPaths.ts";

/**
 * Value of an effect: the sum over its paths of the product of the path coefficients.
 * Source: Bollen (1987), eq. 4 (indirect effect of a path = product of its coefficients).
 * @param effect the effect's paths (partable rows)
 * @param value coefficient of each partable row (estimates, standardized values or a bootstrap draw)
 * @returns Σ_paths Π_edges value[row]
 * @example
 * effectValue(spec, (row) => est[row]);
 */
export function effectValue(effect: Pick<EffectSpec, "paths">, value: (row: number) => number): number {
  let s = 0;
  for (const path of effect.paths) {
    let prod = 1;
    for (const row of path) prod *= value(row);
    s += prod;
  }
  return s;
}

/**
 * Gradient of an effect with respect to the free parameters θ (analytic: the effect is a polynomial
 * in the path coefficients). Rows that share a free parameter (equality constraints) add up.
 * @param effect the effect's paths
 * @param value coefficient of each partable row at θ̂
 * @param free 1-based free index of each partable row (0 when fixed)
 * @param npar number of free parameters
 * @returns ∂effect/∂θ (length npar)
 * @example
 * effectGradient(spec, (r) => est[r], (r) => pt.rows[r].free, pt.npar);
 */
export function effectGradient(effect: Pick<EffectSpec, "paths">, value: (row: number) => number, free: (row: number) => number, npar: number): Float64Array {
  const g = new Float64Array(npar);
  for (const path of effect.paths) {
    for (let j = 0; j < path.length; j++) {
      const k = free(path[j]!);
      if (k === 0) continue;
      let prod = 1;
      for (let i = 0; i < path.length; i++) if (i !== j) prod *= value(path[i]!);
      g[k - 1]! += prod;
    }
  }
  return g;
}
