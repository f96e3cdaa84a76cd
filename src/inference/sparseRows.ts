/** A row-major matrix stored by its non-zero entries (compressed sparse rows). */
export interface SparseRows {
  readonly rows: number;
  readonly cols: number;
  /** Row r holds entries ptr[r] … ptr[r+1]−1. */
  readonly ptr: Int32Array;
  /** Column of each entry. */
  readonly idx: Int32Array;
  /** Value of each entry. */
  readonly val: Float64Array;
}

/**
 * Compress a dense row-major matrix, optionally scaling row r by rowScale[r], keeping only the rows
 * from `first` on (a Jacobian Δ is mostly zeros: each WLS statistic depends on few parameters).
 * Source: the CSR format, Saad (2003), Iterative Methods for Sparse Linear Systems, §3.4.
 * @param dense row-major rows × cols values
 * @param rows number of rows of `dense`
 * @param cols number of columns
 * @param rowScale optional factor per row (length rows)
 * @param first first row kept (default 0)
 * @returns the non-zero entries of rows first … rows−1, renumbered from 0
 * @throws never
 * @example
 * const S = sparseRows(new Float64Array([0, 2, 3, 0]), 2, 2); // ptr [0, 1, 2], idx [1, 0], val [2, 3]
 */
export function sparseRows(dense: Float64Array, rows: number, cols: number, rowScale?: ArrayLike<number>, first = 0): SparseRows {
  let nnz = 0;
  for (let i = first * cols; i < rows * cols; i++) if (dense[i] !== 0) nnz++;
  const n = rows - first;
  const ptr = new Int32Array(n + 1), idx = new Int32Array(nnz), val = new Float64Array(nnz);
  for (let r = first, k = 0; r < rows; r++) {
    const s = rowScale === undefined ? 1 : rowScale[r]!;
    for (let c = 0; c < cols; c++) {
      const v = dense[r * cols + c]!;
      if (v !== 0) { idx[k] = c; val[k] = s * v; k++; }
    }
    ptr[r - first + 1] = k;
  }
  return { rows: n, cols, ptr, idx, val };
}
