import { DataError } from "../errors.ts";
import { message } from "../messages.ts";

/** Standardized columns and their moments. */
export interface Standardized {
  /** Column-major z-scores (sample SD, n − 1): z[j·n + i] is row i of column j. */
  readonly z: Float64Array;
  readonly sd: Float64Array;
  /** Correlation matrix, p × p row-major. */
  readonly r: Float64Array;
}

/**
 * Z-score the columns of a data matrix with the sample SD (as R's `scale()`) and form their correlation matrix.
 * @param x - row-major n × p data
 * @param n - rows
 * @param p - columns
 * @param names - column names (for the error message)
 * @returns z-scores, SDs and correlations
 * @throws DataError naming a zero-variance column (seminr: "zero variance items cannot be scaled")
 * @example
 * standardizeColumns(x, 250, 24, items).r;
 */
export function standardizeColumns(x: Float64Array, n: number, p: number, names: readonly string[]): Standardized {
  // column-major z-scores: the correlations are then dot products of contiguous columns
  const z = new Float64Array(n * p);
  const sd = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i * p + j] as number;
    const mean = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) { const d = (x[i * p + j] as number) - mean; ss += d * d; }
    const sdj = Math.sqrt(ss / (n - 1));
    if (!(sdj > 0) || !Number.isFinite(sdj)) throw new DataError(message.plsZeroVariance(names[j] as string), { column: names[j] as string });
    sd[j] = sdj;
    const base = j * n;
    for (let i = 0; i < n; i++) z[base + i] = ((x[i * p + j] as number) - mean) / sdj;
  }
  const r = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    const ba = a * n;
    for (let b = a; b < p; b++) {
      const bb = b * n;
      let v = 0;
      for (let i = 0; i < n; i++) v += (z[ba + i] as number) * (z[bb + i] as number);
      v /= n - 1;
      r[a * p + b] = v;
      r[b * p + a] = v;
    }
  }
  return { z, sd, r };
}
