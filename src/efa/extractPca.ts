import type { Extraction } from "./types.ts";
import { leadingLoadings } from "./leadingLoadings.ts";

/**
 * Principal components "extraction" as psych::principal: loadings are the leading m
 * eigenvectors of R scaled by the square roots of their eigenvalues.
 *
 * Source: Hotelling (1933); psych::principal (Revelle 2022).
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param m number of components
 * @returns unrotated component loadings
 * @throws never
 * @example
 * extractPca(new Float64Array([1, 0.5, 0.5, 1]), 2, 1).loadings; // ±[√0.75, √0.75]
 */
export function extractPca(R: Float64Array, p: number, m: number): Extraction {
  return { loadings: leadingLoadings(R, p, m, 0), psi: null, atBound: [], iterations: 1, converged: true };
}
