import { message } from "../messages.ts";
import { ordinalThresholds } from "./ordinalThresholds.ts";
import { normalCdf } from "../distributions/normalCdf.ts";
import { polychoricFromTable } from "./polychoricFromTable.ts";
import { bivariateCells, cellWork, type CellWork } from "./bivariateCells.ts";
import { polychoricCellScores } from "./polychoricCellScores.ts";
import { muthenGamma } from "./muthenGamma.ts";
import type { GammaPair } from "./muthenGamma.ts";
import type { OrdinalGroupStatistics } from "./types.ts";

/**
 * Two-step ordinal sample statistics of one group, as lavaan 0.6-14 computes them for
 * `estimator = "WLSMV"` (lav_samplestats_step1/step2 and muthen1984, no covariates): thresholds from the
 * univariate margins, polychoric correlations by two-step ML from each pair's contingency table, and their
 * asymptotic covariance Γ from casewise scores, plus lavaan's DWLS weights 1/diag(Γ).
 *
 * Source: Olsson (1979), Psychometrika 44, 443–460 (two-step polychoric); Muthén (1984), Psychometrika 49,
 * 115–132 (Γ); Rosseel (2012), lavaan, J. Stat. Softw. 48(2).
 * @param codes row-major n×p category indices (every category of every variable occurs at least once)
 * @param n rows of the group
 * @param p variables
 * @param ncat categories per variable
 * @param names variable names (for warnings)
 * @param label group label ("" for a single group)
 * @param warnings receives notes (near-±1 correlations, 2×2 tables with two empty cells, …)
 * @returns the group's statistics
 * @throws never (the caller validates the coding)
 * @example
 * const g = ordinalGroupStatistics(codes, n, p, ncat, names, "", []);
 */
export function ordinalGroupStatistics(
  codes: Uint8Array, n: number, p: number, ncat: ArrayLike<number>, names: readonly string[], label: string,
  warnings: string[],
): OrdinalGroupStatistics {
  const thresholds: Float64Array[] = [];
  const cdf: Float64Array[] = [];
  for (let v = 0; v < p; v++) {
    const counts = new Float64Array(ncat[v]!);
    for (let r = 0; r < n; r++) counts[codes[r * p + v]!]!++;
    const th = ordinalThresholds(counts);
    thresholds.push(th);
    cdf.push(th.map(normalCdf));
  }
  const correlation = new Float64Array(p * p);
  for (let v = 0; v < p; v++) correlation[v * p + v] = 1;
  const pairs: GammaPair[] = [];
  const emptyCellPairs: [string, string][] = [];
  const works = new Map<number, CellWork>();
  // the contingency tables of all pairs in one buffer (one allocation)
  let cells = 0;
  for (let j = 0; j < p - 1; j++) for (let i = j + 1; i < p; i++) cells += ncat[j]! * ncat[i]!;
  const freqBuffer = new ArrayBuffer(8 * cells);
  let freqOffset = 0;
  for (let j = 0; j < p - 1; j++) {
    for (let i = j + 1; i < p; i++) {
      const Kj = ncat[j]!, Ki = ncat[i]!;
      const freq = new Float64Array(freqBuffer, 8 * freqOffset, Kj * Ki);
      freqOffset += Kj * Ki;
      for (let r = 0; r < n; r++) freq[codes[r * p + j]! * Ki + codes[r * p + i]!]!++;
      // one set of work arrays per table size (each pair's scores are copied out of it)
      const key = Kj * 16 + Ki;
      let work = works.get(key);
      if (work === undefined) works.set(key, (work = cellWork(Kj, Ki)));
      const fit = polychoricFromTable(freq, thresholds[j]!, thresholds[i]!, cdf[j]!, cdf[i]!, work);
      const rho = fit.rho;
      correlation[i * p + j] = correlation[j * p + i] = rho;
      if (fit.emptyCells) emptyCellPairs.push([names[j]!, names[i]!]);
      if (fit.twoEmptyCells) warnings.push(message.ordinalTwoEmptyCells(names[j]!, names[i]!, rho, label));
      if (!fit.converged) warnings.push(message.ordinalNotConverged(names[j]!, names[i]!, label));
      if (Math.abs(rho) > 0.99) warnings.push(message.ordinalNearOne(names[i]!, names[j]!, rho, label));
      if (fit.iterations === 0) bivariateCells(thresholds[j]!, thresholds[i]!, cdf[j]!, cdf[i]!, rho, work, false);
      pairs.push({ j, i, freq, scores: polychoricCellScores(thresholds[j]!, thresholds[i]!, rho, work) });
    }
  }
  // lavaan's vech order: column j outer, row i inner — the order the pairs were built in
  const nth = thresholds.reduce((s, t) => s + t.length, 0);
  const wlsObs = new Float64Array(nth + pairs.length);
  let k = 0;
  for (const t of thresholds) { wlsObs.set(t, k); k += t.length; }
  for (const pr of pairs) wlsObs[k++] = correlation[pr.i * p + pr.j]!;
  const g = muthenGamma({ n, p, codes, ncat, thresholds, pairs });
  for (const v of g.singularThresholds) warnings.push(message.ordinalSingularThresholds(names[v]!, label));
  for (const t of g.singularPairs) warnings.push(message.ordinalSingularPair(names[pairs[t]!.i]!, names[pairs[t]!.j]!, label));
  const q = g.q;
  const wlsVdiag = new Float64Array(q);
  for (let a = 0; a < q; a++) wlsVdiag[a] = 1 / g.gamma[a * q + a]!;
  return {
    label, nobs: n, thresholds, correlation, wlsObs, gamma: g.gamma, wlsVdiag, emptyCellPairs, patterns: g.patterns,
  };
}
