import type { PlsLayout } from "./plsLayout.ts";

/**
 * Heterotrait–monotrait ratio of every pair of constructs from absolute item correlations:
 * HTMT_jk = mean|r(j-items, k-items)| / √( mean|r within j| · mean|r within k| ), the within-block means over
 * distinct pairs (1 for a single-item block). Lower triangle filled (row k > column j), null elsewhere.
 * Source: Henseler, Ringle & Sarstedt (2015), J. Acad. Mark. Sci. 43(1), eq. 6; seminr 2.3.2 `HTMT`.
 * @param r - item correlation matrix, p × p row-major
 * @param layout - the model
 * @returns an m × m matrix with null on and above the diagonal
 * @throws nothing
 * @example
 * htmt(r, layout)[1][0]; // HTMT of constructs 1 and 0
 */
export function htmt(r: Float64Array, layout: PlsLayout): (number | null)[][] {
  const { m, p, blockStart } = layout;
  const mono = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const a0 = blockStart[k] as number, a1 = blockStart[k + 1] as number, q = a1 - a0;
    if (q < 2) { mono[k] = 1; continue; }
    let s = 0;
    for (let a = a0; a < a1; a++) for (let b = a + 1; b < a1; b++) s += Math.abs(r[a * p + b] as number);
    mono[k] = s / ((q * (q - 1)) / 2);
  }
  const out: (number | null)[][] = [];
  for (let k = 0; k < m; k++) {
    const row: (number | null)[] = [];
    for (let j = 0; j < m; j++) {
      if (j >= k) { row.push(null); continue; }
      let s = 0, c = 0;
      for (let a = blockStart[j] as number; a < (blockStart[j + 1] as number); a++) {
        for (let b = blockStart[k] as number; b < (blockStart[k + 1] as number); b++) { s += Math.abs(r[a * p + b] as number); c++; }
      }
      row.push(s / c / Math.sqrt((mono[j] as number) * (mono[k] as number)));
    }
    out.push(row);
  }
  return out;
}
