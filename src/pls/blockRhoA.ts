/**
 * Dijkstra–Henseler rho_A of one block:
 *
 *   rho_A = (wᵀw)² · wᵀ(S − diag S)w / wᵀ(wwᵀ − diag wwᵀ)w
 *
 * with S the block's item correlation matrix and w its outer weights. A single-item block gets 1.
 * Source: Dijkstra & Henseler (2015), MIS Quarterly 39(2), eq. 12; seminr 2.3.2 `compute_construct_rhoA`.
 * @param r - item correlation matrix, p × p row-major
 * @param w - outer weights
 * @param p - number of items
 * @param a0 - first item of the block
 * @param a1 - one past the last item of the block
 * @returns rho_A
 * @throws nothing
 * @example
 * blockRhoA(r, w, 24, 0, 5); // Image in the ECSI model: 0.7403
 */
export function blockRhoA(r: Float64Array, w: Float64Array, p: number, a0: number, a1: number): number {
  if (a1 - a0 < 2) return 1;
  let ww = 0, num = 0, den = 0;
  for (let a = a0; a < a1; a++) {
    const wa = w[a] as number;
    ww += wa * wa;
    for (let b = a0; b < a1; b++) {
      if (a === b) continue;
      const wb = w[b] as number;
      num += wa * (r[a * p + b] as number) * wb;
      den += wa * wa * wb * wb;
    }
  }
  return ww * ww * (num / den);
}
