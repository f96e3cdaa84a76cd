import type { Extraction } from "./types.ts";
import { smc } from "./smc.ts";
import { symmetricEigenInPlace } from "../linalg/symmetricEigenInPlace.ts";

/**
 * Iterated principal-axis factoring exactly as psych::fa(fm = "pa"): start with SMCs on the
 * diagonal, repeatedly take the leading m eigen-pairs of the reduced matrix and put the implied
 * communalities back on the diagonal, until the sum of communalities changes by less than
 * `minErr` (0.001) or `maxIter` (50) eigen-decompositions were done. Communalities above 1 are
 * kept (Heywood), never clipped.
 *
 * Source: Harman (1976), Modern Factor Analysis, ch. 8; psych::fa (Revelle 2022), min.err = .001, max.iter = 50.
 * @param R row-major p×p correlation matrix
 * @param p number of variables
 * @param m number of factors
 * @param minErr convergence tolerance on the change of the summed communalities
 * @param maxIter maximum number of iterations
 * @returns unrotated loadings (psi null); `converged` false when maxIter was reached
 * @throws never (a negative leading eigenvalue gives NaN loadings; the caller reports it)
 * @example
 * const ex = extractPa(R, 9, 3); ex.iterations; // number of eigen-decompositions
 */
export function extractPa(R: Float64Array, p: number, m: number, minErr = 0.001, maxIter = 50): Extraction {
  const A = new Float64Array(R);
  const s = smc(R, p);
  let comm = 0;
  for (let i = 0; i < p; i++) { A[i * p + i] = s[i]!; comm += s[i]!; }
  const values = new Float64Array(p), vectors = new Float64Array(p * p), work = new Float64Array(p);
  const L = new Float64Array(p * m);
  let iterations = 0, converged = false;
  for (;;) {
    symmetricEigenInPlace(A, p, values, vectors, work);
    iterations++;
    let comm1 = 0;
    for (let i = 0; i < p; i++) {
      let h = 0;
      for (let k = 0; k < m; k++) {
        const l = vectors[i * p + k]! * Math.sqrt(values[k]!);
        L[i * m + k] = l; h += l * l;
      }
      A[i * p + i] = h; comm1 += h;
    }
    const err = Math.abs(comm - comm1);
    comm = comm1;
    if (Number.isNaN(err)) break;
    if (err <= minErr) { converged = true; break; }
    if (iterations >= maxIter) break;
  }
  return { loadings: L, psi: null, atBound: [], iterations, converged };
}
