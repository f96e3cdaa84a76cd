import type { ExtractionMethod } from "./types.ts";
import { extractors } from "./extractors.ts";
import { symmetricEigenvalues } from "../linalg/symmetricEigenvalues.ts";

/**
 * The "factor" eigenvalues psych::fa.parallel compares: eigenvalues of R with the communalities
 * of a one-factor solution (psych's default `fa(r, fm)` has nfactors = 1) on the diagonal.
 *
 * Source: psych::fa.parallel (Revelle 2022), which uses `fa(rx, fm = fm)$values`; Horn (1965).
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param fm extraction method of the one-factor solution (psych default "minres")
 * @returns the p eigenvalues, descending
 * @throws never
 * @example
 * factorEigenvalues(R, 25, "minres")[0]; // first common-factor eigenvalue
 */
export function factorEigenvalues(R: Float64Array, p: number, fm: ExtractionMethod = "minres"): Float64Array {
  const L = extractors[fm](R, p, 1).loadings;
  const S = new Float64Array(R);
  for (let i = 0; i < p; i++) S[i * p + i] = L[i]! * L[i]!;
  return symmetricEigenvalues(S, p);
}
