/**
 * The (p−1)×(p−1) matrix left after deleting row and column `drop` of a p×p matrix.
 *
 * @param m row-major p×p matrix
 * @param p order
 * @param drop 0-based index to delete
 * @returns a new row-major (p−1)×(p−1) matrix
 * @throws never
 * @example
 * dropIndex(new Float64Array([1, 2, 3, 4]), 2, 0); // [4]
 */
export function dropIndex(m: Float64Array, p: number, drop: number): Float64Array {
  const q = p - 1;
  const out = new Float64Array(q * q);
  let o = 0;
  for (let i = 0; i < p; i++) {
    if (i === drop) continue;
    for (let j = 0; j < p; j++) if (j !== drop) out[o++] = m[i * p + j]!;
  }
  return out;
}
