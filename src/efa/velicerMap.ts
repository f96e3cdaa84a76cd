import { symmetricEigen } from "../linalg/symmetricEigen.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";

/** Result of {@link velicerMap}. */
export interface VelicerMapResult {
  /** Average squared partial correlation after removing 1, 2, … components (psych `vss()$map`). */
  readonly map: number[];
  /** Average fourth power of the partial correlations (Velicer, Eaton & Fava 2000). */
  readonly map4: number[];
  /** The same averages of the raw correlations (no component removed), for reference. */
  readonly baseline: { readonly map: number; readonly map4: number };
  /** Number of components with the smallest `map` (psych's rule, searched over 1..maxFactors). */
  readonly nfactors: number;
  /** Number of components with the smallest `map4`. */
  readonly nfactors4: number;
}

/**
 * Velicer's minimum average partial (MAP) criterion as psych::vss computes it: for m = 1, 2, …
 * remove the first m principal components (C = R − A_m A_mᵀ, A = V diag(√λ)), rescale C to the
 * partial correlation matrix D^{-1/2} C D^{-1/2}, and average its squared (and, per the revised
 * test, fourth-power) off-diagonal elements over p(p − 1). The suggested number is the m with the
 * smallest average.
 *
 * Source: Velicer (1976), "Determining the number of components from the matrix of partial
 * correlations", Psychometrika 41; Velicer, Eaton & Fava (2000) for the fourth power;
 * psych::vss `map` (Revelle 2022).
 * @param R row-major p×p correlation matrix
 * @param p number of variables (≥ 3)
 * @param maxFactors largest number of components to remove (default min(8, p − 1), psych's vss default n = 8)
 * @returns the two MAP sequences, their baselines and the suggested numbers
 * @throws OptionError when maxFactors is not a whole number in 1..p − 1
 * @example
 * velicerMap(R, 25).nfactors;
 */
export function velicerMap(R: Float64Array, p: number, maxFactors = Math.min(8, p - 1)): VelicerMapResult {
  if (!Number.isInteger(maxFactors) || maxFactors < 1 || maxFactors > p - 1) throw new OptionError(message.efaMapMaxFactors(maxFactors, p));
  const { values, vectors } = symmetricEigen(R, p);
  const C = new Float64Array(R);
  const d = new Float64Array(p);
  const average = (M: Float64Array, scaled: boolean): [number, number] => {
    if (scaled) for (let i = 0; i < p; i++) d[i] = 1 / Math.sqrt(M[i * p + i]!);
    let s2 = 0, s4 = 0;
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
      if (i === j) continue;
      const r = scaled ? M[i * p + j]! * d[i]! * d[j]! : M[i * p + j]!;
      const r2 = r * r;
      s2 += r2; s4 += r2 * r2;
    }
    const denom = p * (p - 1);
    return [s2 / denom, s4 / denom];
  };
  const [b2, b4] = average(R, false);
  const map: number[] = [], map4: number[] = [];
  for (let m = 1; m <= maxFactors; m++) {
    const k = m - 1, lam = values[k]!;
    for (let i = 0; i < p; i++) {
      const vi = vectors[i * p + k]! * lam;
      for (let j = 0; j < p; j++) C[i * p + j] = C[i * p + j]! - vi * vectors[j * p + k]!;
    }
    const [a2, a4] = average(C, true);
    map.push(a2); map4.push(a4);
  }
  const argmin = (xs: number[]): number => xs.reduce((best, v, i) => (v < xs[best]! ? i : best), 0) + 1;
  return { map, map4, baseline: { map: b2, map4: b4 }, nfactors: argmin(map), nfactors4: argmin(map4) };
}
