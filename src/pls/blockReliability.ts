import type { PlsReliability } from "./types.ts";

/**
 * Reliability of one block as seminr reports it: standardized Cronbach's α from the item correlations,
 * composite reliability rhoC = (Σλ)² / ((Σλ)² + Σ(1 − λ²)) and AVE = Σλ²/q from the outer loadings, and the
 * given rhoA. A single-item block gets 1 for all four.
 * Source: seminr 2.3.2 `R/evaluate_reliability.R`, `R/compute_metrics.R`; Cronbach (1951); Dillon & Goldstein
 * (1987); Fornell & Larcker (1981).
 * @param r - item correlation matrix, p × p row-major
 * @param p - number of items
 * @param a0 - first item of the block
 * @param a1 - one past its last item
 * @param loadings - outer loadings (item in its block)
 * @param rhoA - the block's rho_A
 * @returns alpha, rhoC, rhoA, AVE
 * @throws nothing
 * @example
 * blockReliability(r, 24, 0, 5, loadings, 0.74).alpha; // Image: 0.7228
 */
export function blockReliability(r: Float64Array, p: number, a0: number, a1: number, loadings: Float64Array, rhoA: number): PlsReliability {
  const q = a1 - a0;
  if (q < 2) return { alpha: 1, rhoC: 1, rhoA: 1, AVE: 1 };
  let total = 0, diag = 0;
  for (let a = a0; a < a1; a++) {
    diag += r[a * p + a] as number;
    for (let b = a0; b < a1; b++) total += r[a * p + b] as number;
  }
  const alpha = (q / (q - 1)) * (1 - diag / total);
  let sl = 0, sl2 = 0, err = 0;
  for (let a = a0; a < a1; a++) {
    const l = loadings[a] as number;
    sl += l; sl2 += l * l; err += 1 - l * l;
  }
  return { alpha, rhoC: (sl * sl) / (sl * sl + err), rhoA, AVE: sl2 / q };
}
