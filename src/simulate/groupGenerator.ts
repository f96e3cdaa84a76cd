import type { Rng } from "../random/rng.ts";
import { ModelSpecificationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { fleishman, type FleishmanCoefficients } from "./fleishman.ts";
import { intermediateCorrelation } from "./intermediateCorrelation.ts";
import { matrixFactor } from "./matrixFactor.ts";

/** Draws rows of one group's continuous population distribution. */
export interface GroupGenerator {
  readonly p: number;
  /**
   * Write n draws into `out` (row-major n×p, length ≥ n·p). Consumes p standard normals per row
   * from `rng`, row by row, so a given (seed, stream) always yields the same rows.
   */
  draw(rng: Rng, n: number, out: Float64Array): void;
}

/**
 * Set up the generator of one group: multivariate normal x = μ + F z (F a Cholesky factor of Σ), or,
 * when some skewness or kurtosis is not 0, Vale and Maurelli's method: normals with the intermediate
 * correlation matrix R*, each transformed by its Fleishman cubic y = a + bz + cz² + dz³ and rescaled
 * to the population mean and standard deviation (x = μ + σ·y), as lavaan's simulateData does.
 *
 * Source: Vale & Maurelli (1983), Psychometrika 48, 465–471; Fleishman (1978), Psychometrika 43, 521–532;
 * lavaan 0.6 `simulateData` (R/lav_simulate_old.R).
 * @param sigma population covariance (row-major p×p)
 * @param mu population means
 * @param names observed variables (for messages)
 * @param group group label (for messages)
 * @param skew skewness per variable, or null
 * @param kurtosis excess kurtosis per variable, or null
 * @returns the generator
 * @throws ModelSpecificationError when Σ is not positive semi-definite
 * @throws OptionError when a skewness/kurtosis pair has no Fleishman solution or R* is not positive definite
 * @example
 * const gen = groupGenerator(pop.sigma[0], pop.mu[0], pop.names, "", null, null);
 * gen.draw(createRng(1), 100, rows);
 */
export function groupGenerator(
  sigma: Float64Array, mu: Float64Array, names: readonly string[], group: string,
  skew: Float64Array | null, kurtosis: Float64Array | null,
): GroupGenerator {
  const p = names.length;
  const nonNormal = (skew?.some((v) => v !== 0) ?? false) || (kurtosis?.some((v) => v !== 0) ?? false);
  if (!nonNormal) {
    const fac = matrixFactor(sigma, p);
    if (fac === null) throw new ModelSpecificationError(message.simNotPositiveDefinite(group));
    return normalGenerator(fac.F, fac.lower, mu, p, null);
  }
  const coef: FleishmanCoefficients[] = [];
  for (let j = 0; j < p; j++) {
    const s = skew?.[j] ?? 0, k = kurtosis?.[j] ?? 0;
    const f = fleishman(s, k);
    if (f === null) throw new OptionError(message.simFleishmanNoSolution(names[j]!, s, k));
    coef.push(f);
  }
  const sd = new Float64Array(p);
  for (let j = 0; j < p; j++) sd[j] = Math.sqrt(Math.max(sigma[j * p + j]!, 0));
  const R = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    R[i * p + i] = 1;
    for (let j = 0; j < i; j++) {
      const r = sd[i]! > 0 && sd[j]! > 0 ? sigma[i * p + j]! / (sd[i]! * sd[j]!) : 0;
      const rho = intermediateCorrelation(r, coef[i]!, coef[j]!);
      if (Number.isNaN(rho)) throw new OptionError(message.simIntermediateNoRoot(names[i]!, names[j]!, r));
      R[i * p + j] = rho; R[j * p + i] = rho;
    }
  }
  const fac = matrixFactor(R, p);
  if (fac === null) throw new OptionError(message.simIntermediateNotPd);
  return normalGenerator(fac.F, fac.lower, mu, p, { coef, sd });
}

function normalGenerator(
  F: Float64Array, lower: boolean, mu: Float64Array, p: number,
  vm: { coef: readonly FleishmanCoefficients[]; sd: Float64Array } | null,
): GroupGenerator {
  const z = new Float64Array(p);
  const a = new Float64Array(p), b = new Float64Array(p), c = new Float64Array(p), d = new Float64Array(p);
  if (vm !== null) vm.coef.forEach((f, j) => { a[j] = f.a; b[j] = f.b; c[j] = f.c; d[j] = f.d; });
  return {
    p,
    draw(rng: Rng, n: number, out: Float64Array): void {
      if (lower && vm === null) {
        // multivariate normal with a Cholesky factor: rows i, i + 1 of F z together (same sums, same order)
        for (let r = 0; r < n; r++) {
          for (let j = 0; j < p; j++) z[j] = rng.normal();
          const base = r * p;
          let i = 0;
          for (; i + 1 < p; i += 2) {
            const row = i * p, row1 = row + p;
            let s0 = 0, s1 = 0;
            for (let k = 0; k <= i; k++) { const zk = z[k]!; s0 += F[row + k]! * zk; s1 += F[row1 + k]! * zk; }
            s1 += F[row1 + i + 1]! * z[i + 1]!;
            out[base + i] = mu[i]! + s0;
            out[base + i + 1] = mu[i + 1]! + s1;
          }
          if (i < p) {
            const row = i * p;
            let s = 0;
            for (let k = 0; k <= i; k++) s += F[row + k]! * z[k]!;
            out[base + i] = mu[i]! + s;
          }
        }
        return;
      }
      for (let r = 0; r < n; r++) {
        for (let j = 0; j < p; j++) z[j] = rng.normal();
        const base = r * p;
        for (let i = 0; i < p; i++) {
          let s = 0;
          const kmax = lower ? i + 1 : p, row = i * p;
          for (let k = 0; k < kmax; k++) s += F[row + k]! * z[k]!;
          if (vm === null) out[base + i] = mu[i]! + s;
          else out[base + i] = mu[i]! + vm.sd[i]! * (a[i]! + s * (b[i]! + s * (c[i]! + s * d[i]!)));
        }
      }
    },
  };
}
