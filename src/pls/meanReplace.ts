/**
 * Replace missing values (NaN) by the mean of the column's observed values among the first `rows` rows, in place
 * (seminr's `mean_replacement`, applied within a bootstrap draw or a group). A column with no observed value is
 * left NaN (the estimation then fails for that sample).
 * Source: seminr 2.3.2 `R/clean_data.R` (`mean_replacement`).
 * @param x - row-major data, at least rows × q
 * @param rows - rows to use
 * @param q - columns
 * @returns nothing (x is modified)
 * @throws nothing
 * @example
 * meanReplace(Float64Array.of(1, NaN, 3, 4), 2, 2); // [1, 4, 3, 4]
 */
export function meanReplace(x: Float64Array, rows: number, q: number): void {
  for (let j = 0; j < q; j++) {
    let s = 0, c = 0;
    for (let i = 0; i < rows; i++) { const v = x[i * q + j] as number; if (!Number.isNaN(v)) { s += v; c++; } }
    if (c === rows || c === 0) continue;
    const mean = s / c;
    for (let i = 0; i < rows; i++) if (Number.isNaN(x[i * q + j] as number)) x[i * q + j] = mean;
  }
}
